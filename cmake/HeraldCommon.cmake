# SPDX-FileCopyrightText: 2026 Herald contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# Everything every Herald target shares: language level, warnings, Qt hygiene defines.
add_library(herald_common INTERFACE)
target_compile_features(herald_common INTERFACE cxx_std_20)
target_compile_definitions(herald_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    HERALD_VERSION="${PROJECT_VERSION}"
    HERALD_APP_ID="${HERALD_APP_ID}")
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(herald_common INTERFACE -Wall -Wextra -Wpedantic -Wnon-virtual-dtor
        -Wcast-align -Woverloaded-virtual -Wformat=2)
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
        target_compile_options(herald_common INTERFACE -Wshadow=local)
    else()
        target_compile_options(herald_common INTERFACE -Wshadow-uncaptured-local)
    endif()
    if(HERALD_WERROR)
        target_compile_options(herald_common INTERFACE -Werror)
    endif()
    if(HERALD_SANITIZERS)
        target_compile_options(herald_common INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
        target_link_options(herald_common INTERFACE -fsanitize=address,undefined)
    endif()
elseif(MSVC)
    target_compile_options(herald_common INTERFACE /W4 /permissive- /utf-8)
    if(HERALD_WERROR)
        target_compile_options(herald_common INTERFACE /WX)
    endif()
endif()

# Sources whose strings lupdate must see. Qt 6.4 has no SOURCE_TARGETS, so every library
# registers its sources here and translations/CMakeLists.txt passes them explicitly.
define_property(GLOBAL PROPERTY HERALD_TRANSLATABLE_SOURCES
    BRIEF_DOCS "Sources scanned by lupdate" FULL_DOCS "Sources scanned by lupdate")
function(herald_translatable_sources target)
    get_target_property(_sources ${target} SOURCES)
    get_target_property(_dir ${target} SOURCE_DIR)
    foreach(_source IN LISTS _sources)
        if(_source MATCHES "\\.(cpp|h|ui)$" AND NOT _source MATCHES "^\\$<")
            if(IS_ABSOLUTE "${_source}")
                set_property(GLOBAL APPEND PROPERTY HERALD_TRANSLATABLE_SOURCES "${_source}")
            else()
                set_property(GLOBAL APPEND PROPERTY HERALD_TRANSLATABLE_SOURCES "${_dir}/${_source}")
            endif()
        endif()
    endforeach()
endfunction()
