; LPKS Desktop's Windows installer: a per-user install (no administrator rights), Start-menu and
; desktop shortcuts, upgrade in place, and an uninstaller that keeps the data folder unless asked.
;
; The payload is whatever folder PAYLOAD_DIR names; it is copied into the install folder as it is.
; installer/build.py passes an embeddable-CPython payload, the PyInstaller build a one-folder one.
;
;   makensis -INPUTCHARSET UTF8 -V2
;     /DVERSION=0.1.0                    (required) shown in Apps & features and the file's details
;     /DPAYLOAD_DIR=<folder>             (required) files to install, relative to the install folder
;     /DPAYLOAD_LIST=<file.nsh>          optional: PAYLOAD_DIR's files as SetOutPath/File lines in a
;                                        fixed order (File /r packs in the file system's order)
;     /DAPP_EXE=runtime\pythonw.exe      what the shortcuts start, relative to the install folder
;     /DAPP_ARGS="-m lpks_desktop"       its arguments (empty for a frozen lpks-desktop.exe)
;     /DLOCKED_FILE=runtime\python313.dll  a file the running app holds open (detects a running app)
;     /DICON_FILE=<path to .ico>         (required) installer, uninstaller and shortcut icon
;     /DOUTFILE=<path to setup.exe>      (required)
;     /DLICENSE_FILE=<path>              optional: shows a licence page
;     /DVERSION_QUAD=0.1.0.0             optional: four-part file version (default: VERSION.0)
;     /DCOMPRESSOR=lzma                  optional: lzma (default, smallest) or zlib (fastest to build)
;     /DWELCOME_BITMAP=<164x314 .bmp>    optional: the welcome and finish pages' picture
;     /DHEADER_BITMAP=<150x57 .bmp>      optional: the header's picture
;   lpks-desktop.nsi
;
; Silent use: setup.exe /S [/D=<folder>]; uninstall.exe /S [/PURGE] (/PURGE deletes the data too).
; Exit codes: 0 installed; 1 cancelled by the user; 2 aborted (e.g. files could not be written);
; 3 LPKS Desktop is running from the install folder (nothing changed).

Unicode true
; The payload is 64-bit only; a 64-bit installer also needs no 32-bit Windows layer to run.
Target amd64-unicode
; LZMA packs about a third smaller than zlib but takes several times longer; a test build may
; pass /DCOMPRESSOR=zlib.
!ifndef COMPRESSOR
  !define COMPRESSOR lzma
!endif
SetCompressor /SOLID ${COMPRESSOR}
ManifestDPIAware true

!ifndef VERSION
  !error "VERSION is not defined (e.g. /DVERSION=0.1.0)"
!endif
!ifndef PAYLOAD_DIR
  !error "PAYLOAD_DIR is not defined: the folder whose contents are installed"
!endif
!ifndef ICON_FILE
  !error "ICON_FILE is not defined: the .ico for the installer and shortcuts"
!endif
!ifndef OUTFILE
  !error "OUTFILE is not defined: where setup.exe is written"
!endif
!ifndef APP_EXE
  !define APP_EXE "runtime\pythonw.exe"
!endif
!ifndef APP_ARGS
  !define APP_ARGS "-m lpks_desktop"
!endif
!ifndef LOCKED_FILE
  !define LOCKED_FILE "runtime\python313.dll"
!endif
!ifndef VERSION_QUAD
  !define VERSION_QUAD "${VERSION}.0"
!endif

!define APP_NAME "LPKS Desktop"
!define PUBLISHER "LPKS Desktop"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_NAME}"
!define SHORTCUT_ICON "lpks-desktop.ico"
; Where the app keeps its database, backups and logs (platformdirs' user data folder).
!define DATA_DIR "$LOCALAPPDATA\${APP_NAME}"

Name "${APP_NAME}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP_NAME}"
; An earlier install is upgraded where it is; /D= on the command line still wins.
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
RequestExecutionLevel user
; The list of thousands of copied files tells a clerk nothing; "Show details" still opens it.
ShowInstDetails hide
ShowUninstDetails hide
BrandingText "${APP_NAME} ${VERSION}"

VIProductVersion "${VERSION_QUAD}"
VIAddVersionKey /LANG=0 "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=0 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=0 "FileDescription" "${APP_NAME} ${VERSION} Setup"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "LegalCopyright" "LPKS Desktop developers, GPL-3.0-or-later"

!include "MUI2.nsh"
!include "LogicLib.nsh"
!include "FileFunc.nsh"
!include "nsDialogs.nsh"

Var DataDir
Var PurgeData
Var PurgeCheckbox

!define MUI_ICON "${ICON_FILE}"
!define MUI_UNICON "${ICON_FILE}"
!define MUI_ABORTWARNING
!define MUI_LANGDLL_REGISTRY_ROOT HKCU
!define MUI_LANGDLL_REGISTRY_KEY "${UNINSTALL_KEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "InstallerLanguage"
; Shown before a language is chosen, so in both.
!define MUI_LANGDLL_WINDOWTITLE "${APP_NAME}: Pilih bahasa / Choose a language"
!define MUI_LANGDLL_INFO "Pilih bahasa penginstal.$\r$\nChoose the installer's language."
!ifdef WELCOME_BITMAP
  !define MUI_WELCOMEFINISHPAGE_BITMAP "${WELCOME_BITMAP}"
  !define MUI_UNWELCOMEFINISHPAGE_BITMAP "${WELCOME_BITMAP}"
!endif
!ifdef HEADER_BITMAP
  !define MUI_HEADERIMAGE
  !define MUI_HEADERIMAGE_RIGHT
  !define MUI_HEADERIMAGE_BITMAP "${HEADER_BITMAP}"
  !define MUI_HEADERIMAGE_UNBITMAP "${HEADER_BITMAP}"
!endif

!insertmacro MUI_PAGE_WELCOME
!ifdef LICENSE_FILE
  !insertmacro MUI_PAGE_LICENSE "${LICENSE_FILE}"
!endif
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
; Runs what the shortcuts run, with their arguments (MUI_FINISHPAGE_RUN alone takes no arguments).
!define MUI_FINISHPAGE_RUN
!define MUI_FINISHPAGE_RUN_TEXT "$(RUN_APP)"
!define MUI_FINISHPAGE_RUN_FUNCTION StartApp
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
UninstPage custom un.DataPage un.DataPageLeave
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_UNPAGE_FINISH

; The first language is the default.
!insertmacro MUI_LANGUAGE "Indonesian"
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_RESERVEFILE_LANGDLL

!include "strings.nsh"

; What either kind of payload puts in the install folder (embeddable runtime or PyInstaller
; one-folder build), so an upgrade from one to the other leaves nothing of the old behind.
!macro RemoveProgramFiles
  RMDir /r "$INSTDIR\runtime"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${APP_EXE}"
  Delete "$INSTDIR\LPKS Desktop.exe"
  Delete "$INSTDIR\lpks-desktop.exe"
  Delete "$INSTDIR\lpks-desktop.cmd"
  Delete "$INSTDIR\${SHORTCUT_ICON}"
!macroend
!include "running.nsh"

Function .onInit
  StrCpy $LANGUAGE ${LANG_INDONESIAN}
  ${IfNot} ${Silent}
    !insertmacro MUI_LANGDLL_DISPLAY
  ${EndIf}
FunctionEnd

Function .onVerifyInstDir
  ; Uninstalling removes the install folder: it must never be the data folder.
  ${If} $INSTDIR == "${DATA_DIR}"
    Abort
  ${EndIf}
FunctionEnd

Function StartApp
  SetOutPath "$INSTDIR"
  Exec '"$INSTDIR\${APP_EXE}" ${APP_ARGS}'
FunctionEnd

Section "-Program"
  ${If} $INSTDIR == "${DATA_DIR}"
    MessageBox MB_OK|MB_ICONSTOP "$(DATA_FOLDER_NOT_ALLOWED)" /SD IDOK
    SetErrorLevel 2
    Abort "$(DATA_FOLDER_NOT_ALLOWED)"
  ${EndIf}
  !insertmacro RefuseWhileRunning ""

  ; An upgrade replaces the program files as a whole, so nothing of an older version lingers.
  ; Only what an install puts there is removed: the folder may hold other things.
  DetailPrint "$(REMOVING_OLD)"
  ; One line per deleted or copied file would slow the copy down and say nothing; the
  ; progress bar still moves.
  SetDetailsPrint none
  !insertmacro RemoveProgramFiles
  SetDetailsPrint both
  ${If} ${FileExists} "$INSTDIR\runtime\*.*"
  ${OrIf} ${FileExists} "$INSTDIR\_internal\*.*"
    MessageBox MB_OK|MB_ICONSTOP "$(OLD_FILES_LEFT)" /SD IDOK
    SetErrorLevel 3
    Abort "$(OLD_FILES_LEFT)"
  ${EndIf}

  DetailPrint "$(COPYING_FILES)"
  SetDetailsPrint none
  SetOutPath "$INSTDIR"
  ClearErrors
  !ifdef PAYLOAD_LIST
    ; The same files, named one by one in sorted order so that the build is reproducible.
    !include "${PAYLOAD_LIST}"
    SetOutPath "$INSTDIR"
  !else
    File /r "${PAYLOAD_DIR}/*"
  !endif
  File "/oname=${SHORTCUT_ICON}" "${ICON_FILE}"
  SetDetailsPrint both
  ${If} ${Errors}
    MessageBox MB_OK|MB_ICONSTOP "$(COPY_FAILED)" /SD IDOK
    SetErrorLevel 2
    Abort "$(COPY_FAILED)"
  ${EndIf}
  WriteUninstaller "$INSTDIR\uninstall.exe"

  ; The shortcuts start the app in the install folder, with its icon.
  SetOutPath "$INSTDIR"
  CreateShortCut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}" "${APP_ARGS}" \
    "$INSTDIR\${SHORTCUT_ICON}" 0 SW_SHOWNORMAL "" "$(SHORTCUT_DESCRIPTION)"
  CreateShortCut "$DESKTOP\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}" "${APP_ARGS}" \
    "$INSTDIR\${SHORTCUT_ICON}" 0 SW_SHOWNORMAL "" "$(SHORTCUT_DESCRIPTION)"

  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${SHORTCUT_ICON}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" "$0"
SectionEnd

Function un.onInit
  !insertmacro MUI_UNGETLANGUAGE
  StrCpy $DataDir "${DATA_DIR}"
  StrCpy $PurgeData 0
  ${GetParameters} $0
  ClearErrors
  ${GetOptions} $0 "/PURGE" $1
  ${IfNot} ${Errors}
    StrCpy $PurgeData 1
  ${EndIf}
FunctionEnd

Function un.DataPage
  !insertmacro MUI_HEADER_TEXT "$(UN_DATA_TITLE)" "$(UN_DATA_SUBTITLE)"
  nsDialogs::Create 1018
  Pop $0
  ${NSD_CreateLabel} 0 0 100% 60u "$(UN_DATA_TEXT)"
  Pop $0
  ${NSD_CreateCheckbox} 0 70u 100% 12u "$(UN_DATA_PURGE)"
  Pop $PurgeCheckbox
  ${If} $PurgeData == 1
    ${NSD_Check} $PurgeCheckbox
  ${EndIf}
  nsDialogs::Show
FunctionEnd

Function un.DataPageLeave
  ${NSD_GetState} $PurgeCheckbox $0
  ${If} $0 == ${BST_CHECKED}
    MessageBox MB_YESNO|MB_ICONEXCLAMATION|MB_DEFBUTTON2 "$(UN_DATA_CONFIRM)" IDYES +2
    Abort
    StrCpy $PurgeData 1
  ${Else}
    StrCpy $PurgeData 0
  ${EndIf}
FunctionEnd

Section "Uninstall"
  !insertmacro RefuseWhileRunning "un."

  Delete "$SMPROGRAMS\${APP_NAME}.lnk"
  Delete "$DESKTOP\${APP_NAME}.lnk"
  DetailPrint "$(UN_REMOVING)"
  SetDetailsPrint none
  !insertmacro RemoveProgramFiles
  SetDetailsPrint both
  Delete "$INSTDIR\uninstall.exe"
  ; Not /r: anything else someone put in the folder stays, and so does the folder then.
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"

  ${If} $PurgeData == 1
    RMDir /r "$DataDir"
    DetailPrint "$(UN_DATA_DELETED)"
  ${Else}
    DetailPrint "$(UN_DATA_KEPT)"
  ${EndIf}
SectionEnd
