# macOS: an application bundle with its icon and Info.plist, Qt deployment with macdeployqt,
# and a DMG (CPack DragNDrop). Included from packaging/CMakeLists.txt only if(APPLE).
# Build on a Mac with Qt 6.4+ (see packaging/README.md):
#   cmake -S . -B build-mac -G Ninja -DCMAKE_BUILD_TYPE=Release -DLEAP_BUILD_TESTS=OFF \
#         -DCMAKE_OSX_DEPLOYMENT_TARGET=11.0
#   cmake --build build-mac && cd build-mac && cpack -G DragNDrop
#
# The keychain is the macOS Keychain: QtKeychain's macOS backend (Security framework, the
# user's login keychain). A Developer ID signed, hardened-runtime app needs no extra entitlement.

if(TARGET leap-entra-setup)
  # The .icns is made at build time from the committed PNGs with Apple's iconutil.
  set(_iconset ${CMAKE_CURRENT_BINARY_DIR}/leap-entra-setup.iconset)
  set(_icns ${CMAKE_CURRENT_BINARY_DIR}/leap-entra-setup.icns)
  set(_png_dir ${PROJECT_SOURCE_DIR}/resources/icons/hicolor)
  set(_copy_cmds)
  # iconset name -> source size: 16, 16@2x, 32, 32@2x, 128, 128@2x, 256.
  foreach(pair "16x16:16" "16x16@2x:32" "32x32:32" "32x32@2x:64" "128x128:128" "128x128@2x:256"
               "256x256:256")
    string(REPLACE ":" ";" pair "${pair}")
    list(GET pair 0 _name)
    list(GET pair 1 _size)
    list(APPEND _copy_cmds COMMAND ${CMAKE_COMMAND} -E copy
         ${_png_dir}/${_size}x${_size}/apps/${LEAP_APP_ID}.png ${_iconset}/icon_${_name}.png)
  endforeach()
  add_custom_command(OUTPUT ${_icns}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${_iconset}
    ${_copy_cmds}
    COMMAND iconutil --convert icns --output ${_icns} ${_iconset}
    DEPENDS ${PROJECT_SOURCE_DIR}/resources/icons/${LEAP_APP_ID}.svg
    COMMENT "Making the macOS application icon" VERBATIM)
  set_source_files_properties(${_icns} PROPERTIES MACOSX_PACKAGE_LOCATION Resources GENERATED TRUE)
  target_sources(leap-entra-setup PRIVATE ${_icns})

  set_target_properties(leap-entra-setup PROPERTIES
    MACOSX_BUNDLE TRUE
    MACOSX_BUNDLE_INFO_PLIST ${CMAKE_CURRENT_LIST_DIR}/Info.plist.in
    MACOSX_BUNDLE_GUI_IDENTIFIER ${LEAP_APP_ID}
    MACOSX_BUNDLE_BUNDLE_NAME "Leap Entra Setup"
    MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
    MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
    MACOSX_BUNDLE_ICON_FILE leap-entra-setup.icns
    MACOSX_BUNDLE_COPYRIGHT "© HCLTech")

  # macdeployqt copies the Qt frameworks and plugins into the bundle and fixes the install names;
  # qt6keychain and QCoro are found through the binary's dependencies.
  qt_generate_deploy_app_script(TARGET leap-entra-setup OUTPUT_SCRIPT _leap_deploy_script
                                NO_UNSUPPORTED_PLATFORM_ERROR)
  install(SCRIPT ${_leap_deploy_script})
endif()

# --- DMG ---------------------------------------------------------------------------------------
set(CPACK_DMG_VOLUME_NAME "Leap Entra Setup")
set(CPACK_DMG_FORMAT "UDZO")
set(CPACK_PACKAGE_ICON ${CMAKE_CURRENT_BINARY_DIR}/leap-entra-setup.icns)
# DragNDrop adds the /Applications link next to the bundle, so users install by dragging.
