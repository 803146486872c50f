; Included in the uninstaller's section (CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS), while the program is
; still there. The Client ID and Client Secret stay in Windows Credential Manager unless the customer
; says otherwise: Optiply may still need them, and Zoho shows a secret only once. A silent uninstall
; (/S, also what an update runs before installing the new version) keeps them.
; The signed-in user's context, as the installer used (per-user.nsh); CPack's template switched an
; administrator's uninstaller to all users and read these from there.
SetShellVarContext current
ReadRegStr $START_MENU SHCTX "Software\Microsoft\Windows\CurrentVersion\Uninstall\${CPACK_ZOHO_REGISTRY_KEY}" "StartMenu"
ReadRegStr $DO_NOT_ADD_TO_PATH SHCTX "Software\Microsoft\Windows\CurrentVersion\Uninstall\${CPACK_ZOHO_REGISTRY_KEY}" "DoNotAddToPath"
ReadRegStr $ADD_TO_PATH_ALL_USERS SHCTX "Software\Microsoft\Windows\CurrentVersion\Uninstall\${CPACK_ZOHO_REGISTRY_KEY}" "AddToPathAllUsers"
ReadRegStr $ADD_TO_PATH_CURRENT_USER SHCTX "Software\Microsoft\Windows\CurrentVersion\Uninstall\${CPACK_ZOHO_REGISTRY_KEY}" "AddToPathCurrentUser"
ReadRegStr $INSTALL_DESKTOP SHCTX "Software\Microsoft\Windows\CurrentVersion\Uninstall\${CPACK_ZOHO_REGISTRY_KEY}" "InstallToDesktop"
; /FORGET on the uninstaller's command line removes them without asking, also silently: for
; administrators and scripts ("Uninstall.exe /S /FORGET").
${un.GetParameters} $R0
ClearErrors
${un.GetOptions} $R0 "/FORGET" $R1
IfErrors 0 zoho_forget_credentials
MessageBox MB_YESNO|MB_ICONQUESTION|MB_DEFBUTTON2 \
  "Also remove the Zoho Client ID and Client Secret stored on this computer?$\r$\n$\r$\nChoose No if Optiply still needs them, or if you will install the assistant again." \
  /SD IDNO IDNO zoho_keep_credentials
zoho_forget_credentials:
  ExecWait '"$INSTDIR\bin\zoho-onboarding.exe" forget' $0
  StrCmp $0 "0" zoho_keep_credentials
    MessageBox MB_OK|MB_ICONEXCLAMATION \
      "The stored Zoho credentials could not be removed. You can remove them in Credential Manager (Windows Credentials, zoho-onboarding)." \
      /SD IDOK
zoho_keep_credentials:
