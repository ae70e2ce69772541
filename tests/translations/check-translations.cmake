# SPDX-FileCopyrightText: 2026 Herald contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Translation completeness: runs lupdate over the sources, as `update_translations` does, but on
# copies of the .ts files, and fails if that finds a string that is new, gone or unfinished in any
# language. Prints the number of translated strings per language.
#
#   cmake -DLUPDATE=… -DSOURCES=<list file> -DTS_DIR=<translations> -DWORK=<scratch>
#         -DLANGUAGES=pl,ro,zh_TW,ru,ar -P check-translations.cmake

foreach(_var LUPDATE SOURCES TS_DIR WORK LANGUAGES)
    if(NOT DEFINED ${_var})
        message(FATAL_ERROR "check-translations.cmake: ${_var} is not set")
    endif()
endforeach()

string(REPLACE "," ";" LANGUAGES "${LANGUAGES}")
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")

set(_failed FALSE)
# English only carries plural forms (lupdate -pluralonly).
foreach(_language IN LISTS LANGUAGES ITEMS en)
    set(_name herald_${_language}.ts)
    set(_original "${TS_DIR}/${_name}")
    set(_copy "${WORK}/${_name}")
    file(COPY_FILE "${_original}" "${_copy}")
    set(_options -no-obsolete -locations none)
    if(_language STREQUAL "en")
        list(APPEND _options -pluralonly)
    endif()
    execute_process(COMMAND "${LUPDATE}" "@${SOURCES}" -ts "${_copy}" ${_options}
        RESULT_VARIABLE _result OUTPUT_VARIABLE _output ERROR_VARIABLE _output)
    if(NOT _result EQUAL 0)
        message(FATAL_ERROR "lupdate failed on ${_name}:\n${_output}")
    endif()

    file(READ "${_original}" _before)
    file(READ "${_copy}" _after)
    string(REGEX MATCHALL "<message[ >]" _messages_before "${_before}")
    string(REGEX MATCHALL "<message[ >]" _messages_after "${_after}")
    list(LENGTH _messages_before _count_before)
    list(LENGTH _messages_after _count_after)
    string(REGEX MATCHALL "type=\"unfinished\"" _unfinished "${_after}")
    list(LENGTH _unfinished _unfinished_count)

    if(NOT _count_before EQUAL _count_after)
        message(SEND_ERROR "${_name}: the sources have ${_count_after} translatable strings, the file "
            "${_count_before}: run `cmake --build <build> --target update_translations` and translate.")
        set(_failed TRUE)
    endif()
    if(_unfinished_count GREATER 0)
        # Name a few of them, so the failure says what to translate.
        string(REPLACE ";" "," _text "${_after}") # not a list separator here
        string(REGEX MATCHALL "<source>[^<]*</source>[ \n]*(<comment>[^<]*</comment>[ \n]*)?<translation type=\"unfinished\""
            _examples "${_text}")
        list(SUBLIST _examples 0 5 _examples)
        list(TRANSFORM _examples REPLACE "<source>([^<]*)</source>.*" "  \\1")
        list(JOIN _examples "\n" _examples)
        message(SEND_ERROR "${_name}: ${_unfinished_count} unfinished string(s), for example:\n${_examples}")
        set(_failed TRUE)
    else()
        message(STATUS "${_language}: ${_count_after} strings, all translated")
    endif()
endforeach()

if(_failed)
    message(FATAL_ERROR "Translations are incomplete: run `cmake --build <build> --target update_translations`, "
        "translate what is unfinished in translations/*.ts and commit the files.")
endif()
