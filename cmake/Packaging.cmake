# SPDX-License-Identifier: GPL-3.0-or-later
# Install rules and packages. Included once from the top-level CMakeLists.txt, after every target exists.
#
#   Linux (Debian 12):  cpack -G DEB            -> healthhub_<version>_<arch>.deb        (tested in CI)
#   Windows:            cmake --install + CPack  NSIS or WIX installer, windeployqt       (recipe only)
#   macOS:              cmake --install + CPack  DragNDrop .dmg of an .app, macdeployqt  (recipe only)
#
# Windows and macOS cannot be built on this project's machines; docs/windows-macos.md is their recipe.
# Everything platform-specific lives in the if() blocks below, so the rest of the build stays portable.

include(GNUInstallDirs)

# The executable. On macOS it must be an app bundle before it is installed, so the bundle is declared here too.
if(APPLE)
    set_target_properties(healthhub PROPERTIES
        MACOSX_BUNDLE ON
        MACOSX_BUNDLE_BUNDLE_NAME "Health Hub Kiosk"
        MACOSX_BUNDLE_GUI_IDENTIFIER "org.healthhub.Kiosk"
        MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
        MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}")
endif()
if(WIN32)
    set_target_properties(healthhub PROPERTIES WIN32_EXECUTABLE ON)
endif()
install(TARGETS healthhub
    RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}"
    BUNDLE DESTINATION .)

set(HEALTHHUB_PACKAGING_DIR "${PROJECT_SOURCE_DIR}/packaging")

# The .deb's Depends or Recommends from packaging/debian-packages.txt: every "<kind> a|b" line becomes "a | b".
function(healthhub_packages_of_kind kind out_var)
    file(STRINGS "${HEALTHHUB_PACKAGING_DIR}/debian-packages.txt" lines REGEX "^${kind}[ \t]")
    set(packages "")
    foreach(line IN LISTS lines)
        string(REGEX REPLACE "^${kind}[ \t]+([^ \t#]+).*" "\\1" choice "${line}")
        string(REPLACE "|" " | " choice "${choice}")
        list(APPEND packages "${choice}")
    endforeach()
    list(JOIN packages ", " joined)
    set(${out_var} "${joined}" PARENT_SCOPE)
endfunction()

set(HEALTHHUB_DOCS_DIR "${PROJECT_SOURCE_DIR}/docs")

# ---------------------------------------------------------------------------------------------------------------
# Settings shared by every CPack generator
# ---------------------------------------------------------------------------------------------------------------
set(CPACK_PACKAGE_NAME "healthhub")
set(CPACK_PACKAGE_VENDOR "Health Hub Kiosk maintainers")
set(CPACK_PACKAGE_CONTACT "Health Hub Kiosk maintainers <maintainers@example.invalid>")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "touch kiosk, volunteer console and video booth for health hubs")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Health Hub Kiosk")
set(CPACK_PACKAGE_EXECUTABLES "healthhub" "Health Hub Kiosk")
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/build/" "/\\\\.git/" "/\\\\.cache/")

# ---------------------------------------------------------------------------------------------------------------
# Linux: the Debian package
# ---------------------------------------------------------------------------------------------------------------
if(UNIX AND NOT APPLE)
    # The application reads /etc/healthhub/healthhub.ini (Settings::systemConfigPath()), whatever the prefix.
    set(HEALTHHUB_SYSTEM_CONFIG_DIR "/etc/healthhub")
    # Debian 12 keeps system units in /lib/systemd/system; ask systemd where, as dh_installsystemd does.
    find_package(PkgConfig QUIET)
    if(PKG_CONFIG_FOUND)
        pkg_get_variable(HEALTHHUB_SYSTEMD_UNIT_DIR systemd systemdsystemunitdir)
    endif()
    if(NOT HEALTHHUB_SYSTEMD_UNIT_DIR)
        set(HEALTHHUB_SYSTEMD_UNIT_DIR "/lib/systemd/system")
    endif()
    set(HEALTHHUB_DOC_DIR "${CMAKE_INSTALL_DATADIR}/doc/healthhub")
    # Debian's hardening: resolve every symbol at start and make the relocations read-only afterwards.
    target_link_options(healthhub PRIVATE "LINKER:-z,relro" "LINKER:-z,now")

    # The Debian changelog's newest entry must be this version: a version bump needs a changelog entry.
    file(STRINGS "${HEALTHHUB_PACKAGING_DIR}/debian/changelog" changelog_head LIMIT_COUNT 1)
    if(NOT changelog_head MATCHES "^healthhub \\(${PROJECT_VERSION}\\) ")
        message(FATAL_ERROR "packaging/debian/changelog starts with \"${changelog_head}\", not version "
                            "${PROJECT_VERSION}. Add an entry for ${PROJECT_VERSION} at its top.")
    endif()

    # Debian wants the man page and changelog compressed with gzip -9n (no name or time stamp: reproducible).
    find_program(GZIP_PROGRAM gzip REQUIRED)
    set(packaging_out "${PROJECT_BINARY_DIR}/packaging")
    configure_file("${HEALTHHUB_PACKAGING_DIR}/healthhub.1" "${packaging_out}/healthhub.1" @ONLY)
    add_custom_command(OUTPUT "${packaging_out}/healthhub.1.gz"
        COMMAND "${GZIP_PROGRAM}" -9n -c "${packaging_out}/healthhub.1" > "${packaging_out}/healthhub.1.gz"
        DEPENDS "${packaging_out}/healthhub.1"
        COMMENT "Compressing the man page")
    add_custom_command(OUTPUT "${packaging_out}/changelog.gz"
        COMMAND "${CMAKE_COMMAND}" -E make_directory "${packaging_out}"
        COMMAND "${GZIP_PROGRAM}" -9n -c "${HEALTHHUB_PACKAGING_DIR}/debian/changelog" > "${packaging_out}/changelog.gz"
        DEPENDS "${HEALTHHUB_PACKAGING_DIR}/debian/changelog"
        COMMENT "Compressing the Debian changelog")
    add_custom_target(healthhub_packaging_files ALL
        DEPENDS "${packaging_out}/healthhub.1.gz" "${packaging_out}/changelog.gz")

    install(FILES "${HEALTHHUB_PACKAGING_DIR}/healthhub.ini"
        DESTINATION "${HEALTHHUB_SYSTEM_CONFIG_DIR}"
        PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ)
    install(FILES "${HEALTHHUB_PACKAGING_DIR}/org.healthhub.Kiosk.desktop"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
    install(FILES "${HEALTHHUB_PACKAGING_DIR}/org.healthhub.Kiosk.metainfo.xml"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
    install(FILES "${HEALTHHUB_PACKAGING_DIR}/icons/org.healthhub.Kiosk.svg"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps")
    install(FILES "${packaging_out}/healthhub.1.gz" DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")
    install(FILES
            "${HEALTHHUB_PACKAGING_DIR}/systemd/healthhub-kiosk.service"
            "${HEALTHHUB_PACKAGING_DIR}/systemd/healthhub-backup.service"
            "${HEALTHHUB_PACKAGING_DIR}/systemd/healthhub-backup.timer"
        DESTINATION "${HEALTHHUB_SYSTEMD_UNIT_DIR}")
    install(FILES
            "${HEALTHHUB_PACKAGING_DIR}/debian/copyright"
            "${packaging_out}/changelog.gz"
        DESTINATION "${HEALTHHUB_DOC_DIR}")
    install(FILES
            "${HEALTHHUB_DOCS_DIR}/configuration.md"
            "${HEALTHHUB_DOCS_DIR}/deployment.md"
            "${HEALTHHUB_DOCS_DIR}/backups.md"
        DESTINATION "${HEALTHHUB_DOC_DIR}")
    # allowlists.md is written with the web and video lists (issue 6); ship it as soon as it exists.
    if(EXISTS "${HEALTHHUB_DOCS_DIR}/allowlists.md")
        install(FILES "${HEALTHHUB_DOCS_DIR}/allowlists.md" DESTINATION "${HEALTHHUB_DOC_DIR}")
    endif()

    set(CPACK_GENERATOR "DEB")
    set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
    set(CPACK_DEBIAN_PACKAGE_NAME "healthhub")
    set(CPACK_DEBIAN_FILE_NAME "DEB-DEFAULT")
    set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
    set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
    set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
    # CPack puts CPACK_PACKAGE_DESCRIPTION_SUMMARY on the first line; this is the long description under it.
    set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
        "Health Hub Kiosk helps community Digital Health Hubs support people who are\n"
        "digitally excluded as they use health services online. One program serves\n"
        "three kinds of terminal: a walk-in visitor kiosk with step-by-step guides, a\n"
        "practice site and a locked web browser; a volunteer console that keeps\n"
        "encrypted records of assisted sessions; and a private video booth.\n"
        "\n"
        "The package includes a systemd unit that runs the kiosk full screen in the\n"
        "cage Wayland compositor as an unprivileged user. It is not enabled on\n"
        "installation.")
    string(REPLACE ";" "" CPACK_DEBIAN_PACKAGE_DESCRIPTION "${CPACK_DEBIAN_PACKAGE_DESCRIPTION}")
    # Libraries come from dpkg-shlibdeps. What the program loads or starts without linking (the Wayland platform
    # plugin, fonts, read-aloud, the GStreamer back end of Qt Multimedia) and what the kiosk session recommends
    # come from the one package list, packaging/debian-packages.txt ("run" and "recommend" lines).
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    healthhub_packages_of_kind(run CPACK_DEBIAN_PACKAGE_DEPENDS)
    healthhub_packages_of_kind(recommend CPACK_DEBIAN_PACKAGE_RECOMMENDS)
    set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
        "${HEALTHHUB_PACKAGING_DIR}/debian/conffiles"
        "${HEALTHHUB_PACKAGING_DIR}/debian/postinst"
        "${HEALTHHUB_PACKAGING_DIR}/debian/prerm"
        "${HEALTHHUB_PACKAGING_DIR}/debian/postrm")
    set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
endif()

# ---------------------------------------------------------------------------------------------------------------
# Windows: healthhub.exe + Qt's DLLs and plugins (windeployqt, through Qt's deploy script) + an installer
# ---------------------------------------------------------------------------------------------------------------
if(WIN32)
    qt_generate_deploy_app_script(TARGET healthhub FILENAME_VARIABLE healthhub_deploy_script)
    install(SCRIPT "${healthhub_deploy_script}")
    install(FILES "${HEALTHHUB_PACKAGING_DIR}/healthhub.ini" DESTINATION "${CMAKE_INSTALL_DATADIR}/healthhub"
        RENAME "healthhub.example.ini")
    set(CPACK_GENERATOR "NSIS" "WIX")
    set(CPACK_NSIS_DISPLAY_NAME "Health Hub Kiosk")
    set(CPACK_NSIS_PACKAGE_NAME "Health Hub Kiosk")
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    # A fixed upgrade code lets the WiX installer replace older versions instead of installing beside them.
    set(CPACK_WIX_UPGRADE_GUID "6A1F2B7E-3C55-4F0B-9A2D-2E1B5C7D9F40")
    set(CPACK_WIX_PRODUCT_NAME "Health Hub Kiosk")
endif()

# ---------------------------------------------------------------------------------------------------------------
# macOS: healthhub.app with Qt's frameworks inside (macdeployqt, through Qt's deploy script) in a .dmg
# ---------------------------------------------------------------------------------------------------------------
if(APPLE)
    qt_generate_deploy_app_script(TARGET healthhub FILENAME_VARIABLE healthhub_deploy_script)
    install(SCRIPT "${healthhub_deploy_script}")
    set(CPACK_GENERATOR "DragNDrop")
    set(CPACK_DMG_VOLUME_NAME "Health Hub Kiosk")
endif()

include(CPack)
