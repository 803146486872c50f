; Included at the top of CPack's NSIS script (CPACK_NSIS_DEFINES): install for the signed-in user
; only, without administrator rights. CPack's template asks for admin rights; the later attribute
; wins. For a user without admin rights the template proposes "Documents\<folder>" as the folder:
; this moves that default to "%LOCALAPPDATA%\Programs\<folder>", where Windows expects per-user
; programs, both in the wizard (before its first page) and for a silent install (/S).
RequestExecutionLevel user

; The uninstaller reads its command line (/FORGET, uninstall-credentials.nsh).
!include FileFunc.nsh

!define ZOHO_DOCUMENTS_DEFAULT "$DOCUMENTS\${CPACK_ZOHO_INSTALL_FOLDER}"
!define ZOHO_PER_USER_DEFAULT "$LOCALAPPDATA\Programs\${CPACK_ZOHO_INSTALL_FOLDER}"

!macro ZohoPerUserInstallDir
  StrCmp $INSTDIR "${ZOHO_DOCUMENTS_DEFAULT}" 0 +3
    StrCpy $INSTDIR "${ZOHO_PER_USER_DEFAULT}"
    SetOutPath "$INSTDIR"
!macroend

!define MUI_CUSTOMFUNCTION_GUIINIT ZohoPerUserGuiInit
Function ZohoPerUserGuiInit
  StrCmp $INSTDIR "${ZOHO_DOCUMENTS_DEFAULT}" 0 +2
    StrCpy $INSTDIR "${ZOHO_PER_USER_DEFAULT}"
FunctionEnd
