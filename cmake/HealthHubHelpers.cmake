# SPDX-License-Identifier: GPL-3.0-or-later
# Shared build settings for every Health Hub Kiosk target.

# Compile options and definitions every project target gets: strict strings, warnings, hardening.
function(healthhub_target_defaults target)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_TO_ASCII
        QT_RESTRICTED_CAST_FROM_ASCII
        QT_NO_URL_CAST_FROM_STRING
        QT_USE_QSTRINGBUILDER
        QT_NO_FOREACH
        QT_DISABLE_DEPRECATED_BEFORE=0x060400)
    if(MSVC)
        # Windows with Visual C++ (docs/windows-macos.md); CI builds with GCC below.
        target_compile_options(${target} PRIVATE /W4 /permissive- /utf-8 /Zc:__cplusplus)
        if(HEALTHHUB_WERROR)
            target_compile_options(${target} PRIVATE /WX)
        endif()
        return()
    endif()
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor)
    # __FILE__ (in Q_ASSERT and qDebug contexts) names files from the project root, so no build machine's
    # paths end up in the installed binary or the .deb.
    target_compile_options(${target} PRIVATE "-fmacro-prefix-map=${PROJECT_SOURCE_DIR}/="
                                             "-fmacro-prefix-map=${PROJECT_BINARY_DIR}/=")
    if(HEALTHHUB_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    if(HEALTHHUB_HARDENING)
        target_compile_options(${target} PRIVATE -U_FORTIFY_SOURCE)
        target_compile_definitions(${target} PRIVATE _FORTIFY_SOURCE=3 _GLIBCXX_ASSERTIONS QT_FORCE_ASSERTS)
    endif()
    if(HEALTHHUB_SANITIZE)
        target_compile_options(${target} PRIVATE -fsanitize=address,undefined -fno-omit-frame-pointer)
        target_link_options(${target} PRIVATE -fsanitize=address,undefined)
    endif()
    if(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        # Qt's logging macros are variadic and used without arguments everywhere; clang warns about each use.
        target_compile_options(${target} PRIVATE -Wno-gnu-zero-variadic-macro-arguments)
    endif()
    if(HEALTHHUB_FUZZ)
        # Coverage for libFuzzer in every library a target uses; the targets themselves add -fsanitize=fuzzer.
        target_compile_options(${target} PRIVATE -fsanitize=fuzzer-no-link)
    endif()
endfunction()

# healthhub_add_library(<name> SOURCES ... [PUBLIC_LIBS ...] [PRIVATE_LIBS ...])
# One static library per source folder. Includes are written from the project root
# ("core/config/terminalconfig.h"), so a header's path says which library it belongs to.
function(healthhub_add_library name)
    cmake_parse_arguments(ARG "" "" "SOURCES;PUBLIC_LIBS;PRIVATE_LIBS" ${ARGN})
    add_library(${name} STATIC ${ARG_SOURCES})
    target_include_directories(${name} PUBLIC "${PROJECT_SOURCE_DIR}")
    target_link_libraries(${name} PUBLIC ${ARG_PUBLIC_LIBS} PRIVATE ${ARG_PRIVATE_LIBS})
    healthhub_target_defaults(${name})
endfunction()

# healthhub_add_test(<name> SOURCES ... LIBS ... [LABELS ...] [DISPLAY] [TIMEOUT seconds])
# One Qt Test executable per suite. Without DISPLAY the test runs on the offscreen platform;
# with DISPLAY it uses the X server the test runner started (Xvfb).
function(healthhub_add_test name)
    cmake_parse_arguments(ARG "DISPLAY" "TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LIBS})
    target_include_directories(${name} PRIVATE "${PROJECT_SOURCE_DIR}")
    healthhub_target_defaults(${name})
    add_test(NAME ${name} COMMAND ${name})
    set(env "HEALTHHUB_SOURCE_DIR=${PROJECT_SOURCE_DIR}" "HEALTHHUB_BINARY=$<TARGET_FILE:healthhub>")
    if(NOT ARG_DISPLAY)
        list(APPEND env "QT_QPA_PLATFORM=offscreen")
    endif()
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 300)
    endif()
    set_tests_properties(${name} PROPERTIES
        ENVIRONMENT "${env}"
        LABELS "${ARG_LABELS}"
        TIMEOUT ${ARG_TIMEOUT})
endfunction()

# healthhub_add_benchmark(<name> SOURCES ... LIBS ...): built with the tests, never run by ctest.
function(healthhub_add_benchmark name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE ${ARG_LIBS})
    target_include_directories(${name} PRIVATE "${PROJECT_SOURCE_DIR}")
    target_compile_definitions(${name} PRIVATE
        "HEALTHHUB_BINARY=\"$<TARGET_FILE:healthhub>\""
        "HEALTHHUB_SOURCE_DIR=\"${PROJECT_SOURCE_DIR}\"")
    healthhub_target_defaults(${name})
endfunction()
