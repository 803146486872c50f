# Included from app/CMakeLists.txt (a target's resources must be added in its own directory): what
# the program itself carries on each system (Windows version resource and icon, macOS Info.plist and
# icon), how it is installed, and the Qt runtime deployed next to it on Windows and macOS.
# The version comes from project(VERSION) alone.

# Renders the one SVG icon into PNG, ICO and ICNS at build time (packaging/tools/iconrender.cpp).
# It runs on the build machine: a cross build (Windows from Linux, scripts/test-windows.sh) cannot
# run what it compiles, so it takes the tool built for the build machine instead.
if(CMAKE_CROSSCOMPILING)
    set(ZOHO_ICONRENDER "" CACHE FILEPATH "zoho-iconrender built for the build machine (cross builds)")
    if(NOT EXISTS "${ZOHO_ICONRENDER}")
        message(FATAL_ERROR "A cross build runs zoho-iconrender on this machine: build it natively "
            "(cmake --build <native build> --target zoho-iconrender) and pass "
            "-DZOHO_ICONRENDER=<native build>/app/zoho-iconrender")
    endif()
else()
    qt_add_executable(zoho-iconrender ${PROJECT_SOURCE_DIR}/packaging/tools/iconrender.cpp)
    set_target_properties(zoho-iconrender PROPERTIES WIN32_EXECUTABLE OFF MACOSX_BUNDLE OFF)
    target_link_libraries(zoho-iconrender PRIVATE Qt6::Gui Qt6::Svg)
    zoho_onboarding_warnings(zoho-iconrender)
    set(ZOHO_ICONRENDER zoho-iconrender)
endif()
set(ZOHO_ICON_SVG ${PROJECT_SOURCE_DIR}/resources/icons/zoho-onboarding.svg)

if(WIN32)
    set(ZOHO_ICO ${CMAKE_CURRENT_BINARY_DIR}/zoho-onboarding.ico)
    add_custom_command(OUTPUT ${ZOHO_ICO}
        COMMAND ${ZOHO_ICONRENDER} ${ZOHO_ICON_SVG} ico ${ZOHO_ICO}
        DEPENDS ${ZOHO_ICONRENDER} ${ZOHO_ICON_SVG}
        COMMENT "Rendering the Windows icon")
    add_custom_target(zoho-windows-icon DEPENDS ${ZOHO_ICO})
    # Forward slashes: the resource compiler takes them, and backslashes would need escaping.
    file(TO_CMAKE_PATH "${ZOHO_ICO}" ZOHO_ICO_PATH)
    configure_file(${PROJECT_SOURCE_DIR}/packaging/windows/zoho-onboarding.rc.in
                   ${CMAKE_CURRENT_BINARY_DIR}/zoho-onboarding.rc @ONLY)
    target_sources(zoho-onboarding PRIVATE ${CMAKE_CURRENT_BINARY_DIR}/zoho-onboarding.rc)
    # The resource compiler reads the icon; it has to be there first.
    add_dependencies(zoho-onboarding zoho-windows-icon)
    set_property(SOURCE ${CMAKE_CURRENT_BINARY_DIR}/zoho-onboarding.rc APPEND PROPERTY OBJECT_DEPENDS ${ZOHO_ICO})
endif()

if(WIN32)
    # zoho-onboarding.com next to the .exe: shells wait for it and see the exit status (see the source).
    add_executable(zoho-onboarding-console ${PROJECT_SOURCE_DIR}/app/platform/consolelauncher_win.cpp)
    set_target_properties(zoho-onboarding-console PROPERTIES
        OUTPUT_NAME zoho-onboarding SUFFIX .com PDB_NAME zoho-onboarding-console WIN32_EXECUTABLE OFF)
    if(MINGW)
        target_link_options(zoho-onboarding-console PRIVATE -municode)
    endif()
    zoho_onboarding_warnings(zoho-onboarding-console)
    install(TARGETS zoho-onboarding-console RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()

if(APPLE)
    set(ZOHO_ICNS ${CMAKE_CURRENT_BINARY_DIR}/zoho-onboarding.icns)
    add_custom_command(OUTPUT ${ZOHO_ICNS}
        COMMAND ${ZOHO_ICONRENDER} ${ZOHO_ICON_SVG} icns ${ZOHO_ICNS}
        DEPENDS ${ZOHO_ICONRENDER} ${ZOHO_ICON_SVG}
        COMMENT "Rendering the macOS icon")
    target_sources(zoho-onboarding PRIVATE ${ZOHO_ICNS})
    set_source_files_properties(${ZOHO_ICNS} PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
    # The oldest macOS the Qt in use supports: 11 for Qt 6.4 to 6.7 (the workflow's Qt), 12 from Qt 6.8.
    if(NOT DEFINED ZOHO_MACOS_MINIMUM)
        if(Qt6_VERSION VERSION_GREATER_EQUAL 6.8)
            set(ZOHO_MACOS_MINIMUM 12.0)
        else()
            set(ZOHO_MACOS_MINIMUM 11.0)
        endif()
    endif()
    configure_file(${PROJECT_SOURCE_DIR}/packaging/macos/Info.plist.in
                   ${CMAKE_CURRENT_BINARY_DIR}/Info.plist @ONLY)
    set_target_properties(zoho-onboarding PROPERTIES
        OUTPUT_NAME "Connect Zoho to Optiply"
        MACOSX_BUNDLE_INFO_PLIST ${CMAKE_CURRENT_BINARY_DIR}/Info.plist
        XCODE_ATTRIBUTE_PRODUCT_BUNDLE_IDENTIFIER com.optiply.ZohoOnboarding)
endif()

if(UNIX AND NOT APPLE)
    # Debian's hardening: the relocation table read-only once loaded (lintian: hardening-no-bindnow).
    target_link_options(zoho-onboarding PRIVATE -Wl,-z,relro -Wl,-z,now)
endif()

install(TARGETS zoho-onboarding RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} BUNDLE DESTINATION .)

# QtKeychain's DLL next to the program on Windows. QtKeychain 0.13 names its imported library
# qt6keychain and makes Qt6Keychain::Qt6Keychain an alias of it, which install() does not take.
function(zoho_install_keychain_runtime)
    set(keychain Qt6Keychain::Qt6Keychain)
    get_target_property(aliased ${keychain} ALIASED_TARGET)
    if(aliased)
        set(keychain ${aliased})
    endif()
    get_target_property(type ${keychain} TYPE)
    if(WIN32 AND type STREQUAL "SHARED_LIBRARY")
        install(IMPORTED_RUNTIME_ARTIFACTS ${keychain} RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
    endif()
endfunction()

if(WIN32 AND CMAKE_CROSSCOMPILING)
    # Qt 6.4's deploy script needs windeployqt, which a Linux build machine does not have: the
    # MinGW-w64 cross build (scripts/test-windows.sh) lists what windeployqt would copy.
    include(${PROJECT_SOURCE_DIR}/packaging/windows/deploy-mingw.cmake)
elseif(WIN32 OR APPLE)
    # windeployqt / macdeployqt: the Qt libraries, the platform, style, image-format (SVG), TLS and
    # network-information plugins, and Qt's translations, next to the program or into the bundle.
    # The workflow builds both with Qt 6.5 or later (macOS needs it for the pasteboard).
    if(Qt6_VERSION VERSION_LESS 6.5)
        message(FATAL_ERROR "The Windows and macOS packages are built with Qt 6.5 or later (found ${Qt6_VERSION}); "
            "from Linux, scripts/test-windows.sh cross-builds the Windows one with Qt 6.4")
    endif()
    qt_generate_deploy_app_script(TARGET zoho-onboarding OUTPUT_SCRIPT zoho_deploy_script
                                  NO_UNSUPPORTED_PLATFORM_ERROR)
    install(SCRIPT ${zoho_deploy_script})
    # windeployqt copies Qt's own libraries only; QtKeychain's DLL goes next to the program.
    # (macdeployqt copies every non-system library the program links, QtKeychain's included.)
    zoho_install_keychain_runtime()
endif()
