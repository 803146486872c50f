# CPack runs this (CPACK_PRE_BUILD_SCRIPTS; it sees only CPACK_* variables) after installing the
# app into its staging folder and before making the DMG, so that the DMG holds the signed app. Without ZOHO_MACOS_SIGN_IDENTITY in
# the environment the app stays unsigned (fine for testing; Gatekeeper will refuse it elsewhere).
if(NOT DEFINED ENV{ZOHO_MACOS_SIGN_IDENTITY} OR "$ENV{ZOHO_MACOS_SIGN_IDENTITY}" STREQUAL "")
    message(STATUS "ZOHO_MACOS_SIGN_IDENTITY not set: the app in the DMG is not signed")
    return()
endif()
file(GLOB_RECURSE apps LIST_DIRECTORIES true "${CPACK_TEMPORARY_DIRECTORY}/*.app")
list(FILTER apps INCLUDE REGEX "\\.app$")
if(NOT apps)
    message(FATAL_ERROR "no .app in ${CPACK_TEMPORARY_DIRECTORY} to sign")
endif()
foreach(app IN LISTS apps)
    if(app MATCHES "\\.app/")
        continue() # an app inside the app: signed with it
    endif()
    execute_process(COMMAND "${CPACK_ZOHO_SIGN_SCRIPT}" sign-app "${app}" RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "signing ${app} failed")
    endif()
endforeach()
