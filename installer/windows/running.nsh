; Refusing to touch the program files while LPKS Desktop runs from them.
;
; A running app (the window or a command) has LOCKED_FILE loaded; Windows then refuses to open
; that file for writing, so a failed write-open means "running". Renaming would not tell: Windows
; lets a loaded DLL be renamed. Checking first means an upgrade or uninstall never stops halfway.

!macro APP_IS_RUNNING_FUNCTION UN
  Function ${UN}AppIsRunning
    ${If} ${FileExists} "$INSTDIR\${LOCKED_FILE}"
      ClearErrors
      FileOpen $1 "$INSTDIR\${LOCKED_FILE}" a
      ${If} ${Errors}
        Push 1
        Return
      ${EndIf}
      FileClose $1
    ${EndIf}
    Push 0
  FunctionEnd
!macroend
!insertmacro APP_IS_RUNNING_FUNCTION ""
!insertmacro APP_IS_RUNNING_FUNCTION "un."

; Asks to close the app and retry; cancelling (the answer in silent mode) aborts with exit code 3.
!macro RefuseWhileRunning UN
  ${Do}
    Call ${UN}AppIsRunning
    Pop $0
    ${If} $0 == 0
      ${ExitDo}
    ${EndIf}
    ${IfNot} ${Cmd} `MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(APP_RUNNING)" /SD IDCANCEL IDRETRY`
      DetailPrint "$(APP_RUNNING_ABORT)"
      SetErrorLevel 3
      Abort "$(APP_RUNNING_ABORT)"
    ${EndIf}
  ${Loop}
!macroend
