# Builds LPKS Desktop's setup.exe on a Windows PC: PyInstaller's one-folder app (the same
# installer\lpks-desktop.spec the Linux build uses) packed by NSIS (installer\windows\lpks-desktop.nsi).
#
#   powershell -ExecutionPolicy Bypass -File installer\build-windows.ps1 [-Makensis C:\path\makensis.exe]
#
# Needs Python 3.13 with the py launcher (python.org's installer) and NSIS 3 (nsis.sourceforge.io);
# PyPI must be reachable the first time. Writes, replacing each only once it is complete:
#   dist\lpks-desktop-windows\               the app folder ("LPKS Desktop.exe", lpks-desktop.exe, _internal\)
#   dist\LPKS-Desktop-<version>-setup.exe    the installer
# The virtual environment is kept in build\windows-venv for the next build.
param(
    [string]$Makensis = ""
)

$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest

$Root = Split-Path -Parent $PSScriptRoot
$Build = Join-Path $Root "build"
$Dist = Join-Path $Root "dist"
$Venv = Join-Path $Build "windows-venv"
$Python = Join-Path $Venv "Scripts\python.exe"
$Work = Join-Path $Build "windows-pyinstaller"
$AppDir = Join-Path $Dist "lpks-desktop-windows"

function Invoke-Step {
    # Runs a program and stops the build, saying which step failed, when it does not succeed.
    param([string]$What, [string]$Program, [string[]]$Arguments)
    & $Program @Arguments
    if ($LASTEXITCODE -ne 0) {
        throw "$What failed (exit code $LASTEXITCODE): $Program $($Arguments -join ' ')"
    }
}

function Find-Makensis {
    if ($Makensis) {
        if (-not (Test-Path -LiteralPath $Makensis -PathType Leaf)) { throw "-Makensis names no file: $Makensis" }
        return $Makensis
    }
    $onPath = Get-Command makensis.exe -ErrorAction SilentlyContinue
    if ($onPath) { return $onPath.Path }
    foreach ($folder in @(${env:ProgramFiles(x86)}, $env:ProgramFiles)) {
        if (-not $folder) { continue }
        $candidate = Join-Path $folder "NSIS\makensis.exe"
        if (Test-Path -LiteralPath $candidate -PathType Leaf) { return $candidate }
    }
    throw "NSIS (makensis.exe) was not found: install NSIS 3 from https://nsis.sourceforge.io or pass -Makensis <path>."
}

$started = Get-Date
$nsis = Find-Makensis
New-Item -ItemType Directory -Force -Path $Build, $Dist, $Work | Out-Null

# --- Python 3.13 and the packages -------------------------------------------------------------
if (-not (Test-Path -LiteralPath $Python -PathType Leaf)) {
    if (-not (Get-Command py.exe -ErrorAction SilentlyContinue)) {
        throw "The py launcher was not found: install Python 3.13 from python.org (with the py launcher)."
    }
    Invoke-Step "Finding Python 3.13" "py.exe" @("-3.13", "-c", "import sys; print(sys.version)")
    Invoke-Step "Creating the virtual environment" "py.exe" @("-3.13", "-m", "venv", $Venv)
}
# The "build" extra of pyproject.toml pins PyInstaller and what it needs on Windows.
Invoke-Step "Installing LPKS Desktop, PyInstaller and their pinned packages" $Python @("-m", "pip", "install", "--disable-pip-version-check", "-q", "$Root[build]")

$version = (& $Python -c "import lpks_desktop; print(lpks_desktop.__version__)").Trim()
if ($LASTEXITCODE -ne 0 -or -not $version) { throw "Could not read the version of lpks_desktop." }

# --- the icon and the one-folder app ------------------------------------------------------------
# installer\icon.py draws the .ico from the SVG, as the Linux-built installer does; the spec takes it
# for both programs and NSIS for the installer and the shortcuts.
$icon = Join-Path $Work "lpks-desktop.ico"
$env:QT_QPA_PLATFORM = "offscreen"
$env:PYTHONPATH = Join-Path $Root "installer"
Invoke-Step "Drawing the icon" $Python @("-c", "import sys; from pathlib import Path; from icon import write_ico; write_ico(Path(sys.argv[1]), Path(sys.argv[2]))", (Join-Path $Root "resources\icons\lpks-desktop.svg"), $icon)
# The installer's welcome and header pictures, drawn as the Linux-built installer's are.
Invoke-Step "Drawing the installer's pictures" $Python @("-c", "import sys; from pathlib import Path; from bitmaps import write_bitmaps; write_bitmaps(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]))", (Join-Path $Root "resources\icons\lpks-desktop.svg"), (Join-Path $Root "resources\fonts\DejaVuSans-Bold.ttf"), $Work)
Remove-Item Env:PYTHONPATH
Remove-Item Env:QT_QPA_PLATFORM
$env:LPKS_ICON = $icon

$partial = Join-Path $Dist ".lpks-desktop-windows.partial"
if (Test-Path -LiteralPath $partial) { Remove-Item -LiteralPath $partial -Recurse -Force }
Push-Location $Root
try {
    Invoke-Step "PyInstaller" $Python @("-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
        "--distpath", $partial, "--workpath", $Work, (Join-Path $Root "installer\lpks-desktop.spec"))
} finally {
    Pop-Location
    Remove-Item Env:LPKS_ICON
}
$built = Join-Path $partial "lpks-desktop"
foreach ($program in @("LPKS Desktop.exe", "lpks-desktop.exe", "_internal\python313.dll")) {
    if (-not (Test-Path -LiteralPath (Join-Path $built $program))) { throw "PyInstaller left no $program in $built" }
}

# The same self-check the Linux build passes in CI: headless, then the window without a screen.
$console = Join-Path $built "lpks-desktop.exe"
$checkData = Join-Path $Work "self-check"
if (Test-Path -LiteralPath $checkData) { Remove-Item -LiteralPath $checkData -Recurse -Force }
Invoke-Step "The built app's --version" $console @("--version")
$env:QT_QPA_PLATFORM = "offscreen"
try {
    Invoke-Step "The built app's self-check" $console @("self-check", "--gui", "--keep", $checkData)
} finally {
    Remove-Item Env:QT_QPA_PLATFORM
}

if (Test-Path -LiteralPath $AppDir) { Remove-Item -LiteralPath $AppDir -Recurse -Force }
Move-Item -LiteralPath $built -Destination $AppDir
Remove-Item -LiteralPath $partial -Recurse -Force

# --- setup.exe ----------------------------------------------------------------------------------
$setup = Join-Path $Dist "LPKS-Desktop-$version-setup.exe"
$setupPartial = Join-Path $Dist ".LPKS-Desktop-$version-setup.exe.partial"
if (Test-Path -LiteralPath $setupPartial) { Remove-Item -LiteralPath $setupPartial -Force }
Invoke-Step "NSIS" $nsis @("/V2", "/INPUTCHARSET", "UTF8",
    "/DVERSION=$version",
    "/DPAYLOAD_DIR=$AppDir",
    "/DAPP_EXE=LPKS Desktop.exe",
    "/DAPP_ARGS=",
    "/DLOCKED_FILE=_internal\python313.dll",
    "/DICON_FILE=$icon",
    "/DWELCOME_BITMAP=$(Join-Path $Work 'welcome.bmp')",
    "/DHEADER_BITMAP=$(Join-Path $Work 'header.bmp')",
    "/DOUTFILE=$setupPartial",
    (Join-Path $Root "installer\windows\lpks-desktop.nsi"))
Move-Item -LiteralPath $setupPartial -Destination $setup -Force

$appSize = (Get-ChildItem -LiteralPath $AppDir -Recurse -File | Measure-Object -Property Length -Sum).Sum
$setupFile = Get-Item -LiteralPath $setup
$hash = (Get-FileHash -LiteralPath $setup -Algorithm SHA256).Hash.ToLower()
$seconds = [int]((Get-Date) - $started).TotalSeconds
Write-Host ("Built in {0} s:" -f $seconds)
Write-Host ("  {0}  {1:N1} MB (app folder)" -f $AppDir, ($appSize / 1MB))
Write-Host ("  {0}  {1:N1} MB  SHA-256 {2}" -f $setup, ($setupFile.Length / 1MB), $hash)
