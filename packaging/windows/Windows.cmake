# SPDX-FileCopyrightText: 2026 Herald contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# Windows: the executable icon, Qt deployed next to herald.exe by windeployqt through
# qt_generate_deploy_app_script (Qt 6.3+), and an NSIS installer with a Start menu entry.
# Included from packaging/CMakeLists.txt, after app/ has installed herald and herald-cli to bin/.
target_sources(herald PRIVATE ${CMAKE_CURRENT_LIST_DIR}/herald.rc)

# Qt 6.4 signature; Qt 6.5 renamed FILENAME_VARIABLE to OUTPUT_SCRIPT and keeps the old name.
qt_generate_deploy_app_script(TARGET herald FILENAME_VARIABLE _herald_deploy_script)
install(SCRIPT ${_herald_deploy_script})
# windeployqt copies Qt only: the other DLLs the executables link (QtKeychain, libphonenumber,
# ICU and theirs) come from their imported targets; a vcpkg build adds the rest with
# -DX_VCPKG_APPLOCAL_DEPS_INSTALL=ON (see .github/workflows/build.yml).
install(FILES $<TARGET_RUNTIME_DLLS:herald> $<TARGET_RUNTIME_DLLS:herald-cli> DESTINATION ${CMAKE_INSTALL_BINDIR})

set(CPACK_GENERATOR "NSIS;ZIP")
set(CPACK_NSIS_PACKAGE_NAME "Herald")
set(CPACK_NSIS_DISPLAY_NAME "Herald ${PROJECT_VERSION}")
set(CPACK_NSIS_MUI_ICON "${CMAKE_CURRENT_LIST_DIR}/herald.ico")
set(CPACK_NSIS_MUI_UNIICON "${CMAKE_CURRENT_LIST_DIR}/herald.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "${CMAKE_INSTALL_BINDIR}\\\\herald.exe")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MUI_FINISHPAGE_RUN "herald.exe")
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
