; Included at the top of CPack's NSIS script (CPACK_NSIS_DEFINES): install for the signed-in user
; only, without administrator rights. CPack's template asks for admin rights; the later attribute
; wins. CPack's template proposes "Documents\<folder>" to a user without admin rights, and to an
; administrator (an elevated installer; under Wine, everyone) it switches to all users: the folder
; becomes C:\ProgramData\Programs\<folder> and the Start-menu entry and registry keys go to all
; users. This keeps the signed-in user's context and moves either default to
; "%LOCALAPPDATA%\Programs\<folder>", where Windows expects per-user programs, both in the wizard
; (before its first page) and for a silent install (/S). A folder chosen with /D stays.
RequestExecutionLevel user

; A 64-bit installer for the 64-bit program: it sees the same folders and registry view as the
; program, and runs where 32-bit programs cannot (Wine without its 32-bit part, as in CI here).
Target amd64-unicode

; The uninstaller reads its command line (/FORGET, uninstall-credentials.nsh).
!include FileFunc.nsh

!define ZOHO_DOCUMENTS_DEFAULT "$DOCUMENTS\${CPACK_ZOHO_INSTALL_FOLDER}"
!define ZOHO_PER_USER_DEFAULT "$LOCALAPPDATA\Programs\${CPACK_ZOHO_INSTALL_FOLDER}"

Function ZohoPerUser
  Push $0
  SetShellVarContext all
  StrCpy $0 "$LOCALAPPDATA\Programs\${CPACK_ZOHO_INSTALL_FOLDER}"
  SetShellVarContext current
  StrCmp $INSTDIR "${ZOHO_DOCUMENTS_DEFAULT}" zoho_per_user
  StrCmp $INSTDIR $0 zoho_per_user zoho_done
zoho_per_user:
  StrCpy $INSTDIR "${ZOHO_PER_USER_DEFAULT}"
zoho_done:
  Pop $0
FunctionEnd

; CPack's install section has already made the folder it chose (SetOutPath) when this runs: if
; that was the all-users one (C:\ProgramData\Programs\<folder>), it is removed again, with the
; Programs folder it may have made, when empty (RMDir without /r leaves a folder that holds
; anything; and not while it is the working folder).
!macro ZohoPerUserInstallDir
  Push $1
  Push $2
  StrCpy $1 $INSTDIR
  SetShellVarContext all
  StrCpy $2 "$LOCALAPPDATA\Programs"
  SetShellVarContext current
  Call ZohoPerUser
  SetOutPath "$INSTDIR"
  StrCmp $1 "$2\${CPACK_ZOHO_INSTALL_FOLDER}" 0 zoho_not_all_users
  StrCmp $1 $INSTDIR zoho_not_all_users
    RMDir $1
    RMDir $2
zoho_not_all_users:
  Pop $2
  Pop $1
!macroend

!define MUI_CUSTOMFUNCTION_GUIINIT ZohoPerUserGuiInit
Function ZohoPerUserGuiInit
  Call ZohoPerUser
FunctionEnd
