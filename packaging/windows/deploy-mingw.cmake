# Included from appbundle.cmake in the MinGW-w64 cross build (scripts/test-windows.sh): installs
# next to the program what windeployqt would copy there on Windows, and nothing else: Qt's
# libraries the program links, the plugins it loads (Windows platform and style, SVG images and
# icons, Schannel TLS; not network information, which the program does not ask for and MinGW's
# Qt lacks), Qt's own translations for the assistant's languages,
# QtKeychain, and MinGW's C++ runtime. A qt.conf says where the plugins and translations are.

set(zoho_qt_libraries Core Gui Widgets Network NetworkAuth Svg)
foreach(library IN LISTS zoho_qt_libraries)
    install(FILES $<TARGET_FILE:Qt6::${library}> DESTINATION ${CMAKE_INSTALL_BINDIR})
endforeach()

# plugin target, folder; a missing one stops the configure: the program would start without it.
set(zoho_qt_plugins
    QWindowsIntegrationPlugin platforms
    QWindowsVistaStylePlugin styles
    QSvgPlugin imageformats
    QICOPlugin imageformats
    QSvgIconPlugin iconengines
    QSchannelBackendPlugin tls)
while(zoho_qt_plugins)
    list(POP_FRONT zoho_qt_plugins plugin folder)
    if(NOT TARGET Qt6::${plugin})
        message(FATAL_ERROR "Qt's ${plugin} (plugins/${folder}) is missing from ${QT6_INSTALL_PREFIX}")
    endif()
    install(FILES $<TARGET_FILE:Qt6::${plugin}> DESTINATION ${CMAKE_INSTALL_BINDIR}/plugins/${folder})
endwhile()

# Qt's texts (standard buttons, dialogs) in the assistant's languages, from the Qt the program is
# built with, as windeployqt takes them (scripts/windows-toolchain.sh puts them there). Qt has no
# European Portuguese: the program falls back to Brazil's (app/core/i18n/languagesettings.cpp).
foreach(language nl de fr es pt_BR)
    set(catalog ${QT6_INSTALL_PREFIX}/${QT6_INSTALL_TRANSLATIONS}/qtbase_${language}.qm)
    if(NOT EXISTS ${catalog})
        message(FATAL_ERROR "Qt's translation ${catalog} is missing: the program would show Qt's own buttons in English")
    endif()
    install(FILES ${catalog} DESTINATION ${CMAKE_INSTALL_BINDIR}/translations)
endforeach()
file(WRITE ${CMAKE_CURRENT_BINARY_DIR}/qt.conf "[Paths]\nPrefix = .\nPlugins = plugins\nTranslations = translations\n")
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/qt.conf DESTINATION ${CMAKE_INSTALL_BINDIR})

zoho_install_keychain_runtime()

# MinGW's runtime, from the compiler that built the program.
foreach(runtime libgcc_s_seh-1.dll libstdc++-6.dll libwinpthread-1.dll)
    execute_process(COMMAND ${CMAKE_CXX_COMPILER} -print-file-name=${runtime}
                    OUTPUT_VARIABLE path OUTPUT_STRIP_TRAILING_WHITESPACE)
    if(NOT IS_ABSOLUTE "${path}" OR NOT EXISTS "${path}")
        message(FATAL_ERROR "MinGW's ${runtime} not found by ${CMAKE_CXX_COMPILER}")
    endif()
    install(FILES ${path} DESTINATION ${CMAKE_INSTALL_BINDIR})
endforeach()
