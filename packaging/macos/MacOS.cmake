# SPDX-FileCopyrightText: 2026 Herald contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# macOS: Herald.app with its icon and Info.plist, Qt deployed into the bundle by macdeployqt
# through qt_generate_deploy_app_script (Qt 6.3+), in a drag-and-drop DMG. herald-cli is not
# shipped here: a command-line tool outside the bundle would need its own copy of Qt.
# Included from packaging/CMakeLists.txt, after app/ has installed the bundle.
set(_icns ${CMAKE_CURRENT_LIST_DIR}/herald.icns)
target_sources(herald PRIVATE ${_icns})
set_source_files_properties(${_icns} TARGET_DIRECTORY herald PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
set_target_properties(herald PROPERTIES
    OUTPUT_NAME "Herald"
    MACOSX_BUNDLE_INFO_PLIST ${CMAKE_CURRENT_LIST_DIR}/Info.plist.in
    MACOSX_BUNDLE_BUNDLE_NAME "Herald"
    MACOSX_BUNDLE_ICON_FILE "herald.icns"
    MACOSX_BUNDLE_COPYRIGHT "© 2026 Herald contributors")

# Qt 6.4 signature; Qt 6.5 renamed FILENAME_VARIABLE to OUTPUT_SCRIPT and keeps the old name.
qt_generate_deploy_app_script(TARGET herald FILENAME_VARIABLE _herald_deploy_script)
install(SCRIPT ${_herald_deploy_script})

set(CPACK_GENERATOR "DragNDrop")
set(CPACK_DMG_VOLUME_NAME "Herald")
set(CPACK_DMG_FORMAT "UDZO")
set(CPACK_PACKAGE_ICON "${_icns}")
