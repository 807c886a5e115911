# CPack: a Debian package on Linux (`./dev package`), NSIS/WiX on Windows and a DMG on macOS
# (their settings are in windows/windows.cmake and macos/macos.cmake).
set(CPACK_PACKAGE_NAME "leap-entra-setup")
set(CPACK_PACKAGE_VENDOR "HCLTech")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_CONTACT "Leap Entra Setup maintainers <leap-entra-setup@hcl-software.com>")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Leap Entra Setup")
set(CPACK_PACKAGE_EXECUTABLES "leap-entra-setup" "Leap Entra Setup")
# Debian wants the long description in lines under 80 columns.
set(CPACK_PACKAGE_DESCRIPTION
  "A desktop wizard and command line that configure Microsoft Entra ID for\n\
HCL Leap through Microsoft Graph: register the application with Leap's\n\
redirect URI, create a client secret and grant the Microsoft Graph\n\
permissions Leap needs, with admin consent. The secret is kept in the\n\
system keychain. Includes an offline sandbox tenant for demos and training.")
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build[^/]*/" "/node_modules/")

# --- Debian ---------------------------------------------------------------------------------
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "admin")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
# Library dependencies come from dpkg-shlibdeps. Added by hand, because they are loaded with
# dlopen and no ELF file names them: libsecret-1-0 (QtKeychain's Secret Service backend) and
# libqt6svg6 (the SVG icon engine for the window icon). ca-certificates: every real run talks
# HTTPS to login.microsoftonline.com and Graph, and Qt's OpenSSL backend verifies them against
# /etc/ssl/certs, which nothing else in the dependency tree installs.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libsecret-1-0, libqt6svg6, ca-certificates")
# A Secret Service provider to keep the client secret in, and Qt's own translations (QWizard's
# buttons, standard dialogs) for the de/fr/es/ja user interface; translations/translator.cpp
# loads them when present.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "libsecret-tools")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

if(NOT CPACK_GENERATOR)
  if(WIN32)
    set(CPACK_GENERATOR "NSIS")
  elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
  else()
    set(CPACK_GENERATOR "DEB")
  endif()
endif()

include(CPack)
