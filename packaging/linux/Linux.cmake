# SPDX-FileCopyrightText: 2026 Herald contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# Desktop integration (freedesktop.org): desktop entry, AppStream metainfo and hicolor icons,
# all named after the application ID. Included from packaging/CMakeLists.txt.
configure_file(${CMAKE_CURRENT_LIST_DIR}/herald.desktop.in ${CMAKE_CURRENT_BINARY_DIR}/${HERALD_APP_ID}.desktop @ONLY)
configure_file(${CMAKE_CURRENT_LIST_DIR}/herald.metainfo.xml.in ${CMAKE_CURRENT_BINARY_DIR}/${HERALD_APP_ID}.metainfo.xml
    @ONLY)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/${HERALD_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/${HERALD_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/herald.svg
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME ${HERALD_APP_ID}.svg)
foreach(_size IN ITEMS 16 32 48 64 128 256)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/app/herald-${_size}.png
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${_size}x${_size}/apps RENAME ${HERALD_APP_ID}.png)
endforeach()

# Debian policy: the copyright file in /usr/share/doc/<package>.
install(FILES ${CMAKE_CURRENT_LIST_DIR}/copyright DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/herald)

set(CPACK_GENERATOR "DEB")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "net")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
# dpkg-shlibdeps finds the linked libraries (Qt modules, QtKeychain, libphonenumber, ICU...);
# what Qt loads at run time as plugins or data must be listed by hand: the SQLite driver, the
# SVG icon engine (every icon is an SVG) and Qt's own translations.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6, qt6-translations-l10n")
