# Windows: version resource + icon, Qt deployment with windeployqt, NSIS (default) or WiX installer.
# Included from packaging/CMakeLists.txt only if(WIN32). Build on Windows with MSVC and Qt 6.4+
# (see packaging/README.md):
#   cmake -S . -B build-win -G Ninja -DCMAKE_BUILD_TYPE=Release -DLEAP_BUILD_TESTS=OFF
#   cmake --build build-win && cd build-win && cpack -G NSIS   (or: cpack -G WIX)
#
# The keychain is the Windows Credential Manager: QtKeychain's default Windows backend
# (CredWrite/CredRead, per user). Nothing extra to deploy for it beyond qt6keychain.dll.

if(TARGET leap-entra-setup)
  # Icon and version information shown by Explorer and the "Apps" settings page.
  set(LEAP_WINDOWS_ICON ${CMAKE_CURRENT_LIST_DIR}/leap-entra-setup.ico)
  configure_file(${CMAKE_CURRENT_LIST_DIR}/leap-entra-setup.rc.in
                 ${CMAKE_CURRENT_BINARY_DIR}/leap-entra-setup.rc @ONLY)
  target_sources(leap-entra-setup PRIVATE ${CMAKE_CURRENT_BINARY_DIR}/leap-entra-setup.rc)
  # The executable stays a console-subsystem program: the command line's stdout, stderr and exit
  # codes must work in cmd, PowerShell and scripts. The Start menu shortcut opens the wizard.

  # windeployqt copies the Qt DLLs, the platform, style, TLS (schannel), image-format and
  # icon-engine plugins, and the Qt translations next to the executable at install time.
  qt_generate_deploy_app_script(TARGET leap-entra-setup OUTPUT_SCRIPT _leap_deploy_script
                                NO_UNSUPPORTED_PLATFORM_ERROR)
  install(SCRIPT ${_leap_deploy_script})
  # Third-party DLLs windeployqt does not know about.
  install(IMPORTED_RUNTIME_ARTIFACTS qt6keychain QCoro6::Core QCoro6::Network
          RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
  # The MSVC runtime, so the installer works on a machine without Visual Studio.
  set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
  include(InstallRequiredSystemLibraries)
endif()

# --- NSIS ------------------------------------------------------------------------------------
set(CPACK_NSIS_PACKAGE_NAME "Leap Entra Setup")
set(CPACK_NSIS_DISPLAY_NAME "Leap Entra Setup ${PROJECT_VERSION}")
set(CPACK_NSIS_MUI_ICON ${CMAKE_CURRENT_LIST_DIR}/leap-entra-setup.ico)
set(CPACK_NSIS_MUI_UNIICON ${CMAKE_CURRENT_LIST_DIR}/leap-entra-setup.ico)
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\leap-entra-setup.exe")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_HELP_LINK "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_CONTACT "leap-entra-setup@hcl-software.com")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
# Offer to put bin\ on PATH so `leap-entra-setup configure ...` works from any shell.
set(CPACK_NSIS_MODIFY_PATH ON)
set(CPACK_NSIS_EXECUTABLES_DIRECTORY "bin")

# --- WiX (cpack -G WIX) ------------------------------------------------------------------------
# The upgrade code must never change: it lets a newer MSI replace an older one.
set(CPACK_WIX_UPGRADE_GUID "61468BDE-F045-4ECD-B7BE-C929D734EF1D")
set(CPACK_WIX_PRODUCT_ICON ${CMAKE_CURRENT_LIST_DIR}/leap-entra-setup.ico)
set(CPACK_WIX_PROGRAM_MENU_FOLDER "Leap Entra Setup")
set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_WIX_PROPERTY_ARPHELPLINK "${PROJECT_HOMEPAGE_URL}")
set(CPACK_WIX_PATCH_FILE ${CMAKE_CURRENT_LIST_DIR}/wix-path.xml)
