# Installs a build into a scratch prefix and checks the tree a desktop needs:
#   cmake -DBUILD_DIR=<build> -DPREFIX=<scratch> -DVERSION=<x.y.z> -DBINDIR=bin -DDATADIR=share
#         -DDOCDIR=share/doc/akdesk -DMANDIR=share/man [-DREMOVE=<relative path>]
#         [-DDROP_KEY=<desktop key>] [-DDROP_TEXT=<text cut from the metainfo>] -P checkinstall.cmake
# REMOVE and DROP_KEY break the tree after installing, so tests can prove the check notices.
# The validators run when present (Debian: desktop-file-utils, appstream); the required keys are
# checked here either way, so a machine without them still tests something real.
cmake_minimum_required(VERSION 3.22)

foreach(var BUILD_DIR PREFIX VERSION BINDIR DATADIR DOCDIR MANDIR)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "checkinstall.cmake needs -D${var}=…")
    endif()
endforeach()
set(id io.github.akdesk.akdesk)
set(desktop ${DATADIR}/applications/${id}.desktop)
set(metainfo ${DATADIR}/metainfo/${id}.metainfo.xml)
set(icon ${DATADIR}/icons/hicolor/scalable/apps/${id}.svg)
set(icon_sizes 16 22 24 32 48 64 128 256)
set(homepage "https://github.com/akdesk/akdesk")

file(REMOVE_RECURSE ${PREFIX})
execute_process(COMMAND ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${PREFIX}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cmake --install failed (${rc}):\n${out}")
endif()

function(escape_key key out)
    string(REPLACE "[" "\\[" key "${key}")
    string(REPLACE "]" "\\]" key "${key}")
    set(${out} "${key}" PARENT_SCOPE)
endfunction()

if(DEFINED REMOVE)
    file(REMOVE ${PREFIX}/${REMOVE})
endif()
if(DEFINED DROP_KEY)
    escape_key("${DROP_KEY}" pattern)
    file(READ ${PREFIX}/${desktop} text)
    string(REGEX REPLACE "(^|\n)${pattern}=[^\n]*" "\\1" text "${text}")
    file(WRITE ${PREFIX}/${desktop} "${text}")
endif()
if(DEFINED DROP_TEXT)
    file(READ ${PREFIX}/${metainfo} text)
    string(REPLACE "${DROP_TEXT}" "" text "${text}")
    file(WRITE ${PREFIX}/${metainfo} "${text}")
endif()

set(failures)
set(pngs)
foreach(size IN LISTS icon_sizes)
    list(APPEND pngs ${DATADIR}/icons/hicolor/${size}x${size}/apps/${id}.png)
endforeach()
foreach(file ${BINDIR}/akdesk ${BINDIR}/akdesk-sandbox ${desktop} ${metainfo} ${icon} ${pngs}
             ${DOCDIR}/guide.html ${DOCDIR}/guide_de.html ${DOCDIR}/guide_fr.html
             ${DOCDIR}/copyright ${DOCDIR}/changelog.Debian.gz
             ${DATADIR}/doc/akdesk-sandbox/copyright ${DATADIR}/doc/akdesk-sandbox/changelog.Debian.gz
             ${MANDIR}/man1/akdesk.1.gz ${MANDIR}/man1/akdesk-sandbox.1.gz)
    if(NOT EXISTS ${PREFIX}/${file})
        list(APPEND failures "missing: ${file}")
    endif()
endforeach()

# Each PNG is a PNG of the size its folder names (width and height from the IHDR chunk).
foreach(size IN LISTS icon_sizes)
    set(png ${PREFIX}/${DATADIR}/icons/hicolor/${size}x${size}/apps/${id}.png)
    if(EXISTS ${png})
        file(READ ${png} header HEX LIMIT 24)
        math(EXPR hex "${size}" OUTPUT_FORMAT HEXADECIMAL)
        string(SUBSTRING "${hex}" 2 -1 hex)
        string(LENGTH "${hex}" digits)
        while(digits LESS 8)
            string(PREPEND hex "0")
            string(LENGTH "${hex}" digits)
        endwhile()
        string(TOLOWER "${hex}" hex)
        if(NOT header MATCHES "^89504e470d0a1a0a" OR NOT header MATCHES "49484452${hex}${hex}$")
            list(APPEND failures "icon ${size}x${size}: not a ${size}x${size} PNG (${header})")
        endif()
    endif()
endforeach()

# The machine-readable copyright names both licensed parts.
if(EXISTS ${PREFIX}/${DOCDIR}/copyright)
    file(READ ${PREFIX}/${DOCDIR}/copyright text)
    foreach(needle "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/" "Files: *"
                   "Files: resources/schema/authentik-*.json" "License: MIT\n Permission is hereby granted")
        string(FIND "${text}" "${needle}" at)
        if(at EQUAL -1)
            list(APPEND failures "copyright: no ${needle}")
        endif()
    endforeach()
endif()

# --help works from a terminal without a display (no DISPLAY, no WAYLAND_DISPLAY, no platform
# forced), and every long option it lists is described in the program's man page.
foreach(program akdesk akdesk-sandbox)
    set(binary ${PREFIX}/${BINDIR}/${program})
    set(page ${PREFIX}/${MANDIR}/man1/${program}.1.gz)
    if(NOT EXISTS ${binary})
        continue()
    endif()
    execute_process(COMMAND ${CMAKE_COMMAND} -E env --unset=DISPLAY --unset=WAYLAND_DISPLAY --unset=QT_QPA_PLATFORM
                            ${binary} --help
                    RESULT_VARIABLE rc OUTPUT_VARIABLE help ERROR_VARIABLE err TIMEOUT 30)
    if(NOT rc EQUAL 0 OR NOT help MATCHES "Usage: ")
        string(SUBSTRING "${err}" 0 300 err)
        list(APPEND failures "${BINDIR}/${program} --help without a display: exit ${rc}, printed '${help}${err}'")
    endif()
    if(EXISTS ${page})
        execute_process(COMMAND gzip -dc ${page} RESULT_VARIABLE rc OUTPUT_VARIABLE man)
        # The roff source writes a dash as \-.
        string(REPLACE "\\-" "-" man "${man}")
        string(REGEX MATCHALL "--[a-z][-a-z]*" options "${help}")
        list(REMOVE_DUPLICATES options)
        foreach(option IN LISTS options)
            string(FIND "${man}" "${option}" at)
            if(at EQUAL -1)
                list(APPEND failures "man page ${program}.1: does not describe ${option} (from --help)")
            endif()
        endforeach()
        if(NOT man MATCHES "\\.TH [-A-Z]+ 1 ")
            list(APPEND failures "man page ${program}.1: no .TH header")
        endif()
    endif()
endforeach()

# The installed programs start and say which version they are.
foreach(program akdesk akdesk-sandbox)
    if(EXISTS ${PREFIX}/${BINDIR}/${program})
        execute_process(COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen ${PREFIX}/${BINDIR}/${program} --version
                        RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 30)
        if(NOT rc EQUAL 0 OR NOT out MATCHES "${program} ${VERSION}")
            list(APPEND failures "${BINDIR}/${program} --version: exit ${rc}, printed '${out}${err}'")
        endif()
    endif()
endforeach()

# Desktop entry: what a menu needs, the icon under the same id, German and French texts.
if(EXISTS ${PREFIX}/${desktop})
    file(READ ${PREFIX}/${desktop} text)
    if(NOT text MATCHES "^\\[Desktop Entry\\]")
        list(APPEND failures "desktop file: does not start with [Desktop Entry]")
    endif()
    foreach(key Type Name Exec TryExec Icon Comment Name[de] Comment[de] Name[fr] Comment[fr])
        escape_key("${key}" pattern)
        if(NOT text MATCHES "(^|\n)${pattern}=[^\n]+")
            list(APPEND failures "desktop file: no ${key}=")
        endif()
    endforeach()
    foreach(pair "StartupNotify=true" "SingleMainWindow=true" "Actions=sandbox;offline;")
        escape_key("${pair}" pattern)
        if(NOT text MATCHES "(^|\n)${pattern}\n")
            list(APPEND failures "desktop file: no ${pair}")
        endif()
    endforeach()
    # Each action: its group, a name in the three languages, the command it runs.
    foreach(action "sandbox|akdesk --sandbox" "offline|akdesk --offline")
        string(REPLACE "|" ";" action "${action}")
        list(GET action 0 name)
        list(GET action 1 command)
        string(FIND "${text}" "\n[Desktop Action ${name}]\n" at)
        if(at EQUAL -1)
            list(APPEND failures "desktop file: no [Desktop Action ${name}]")
            continue()
        endif()
        # The group runs to the next group's header (or the end).
        math(EXPR at "${at} + 1")
        string(SUBSTRING "${text}" ${at} -1 group)
        string(FIND "${group}" "\n[" next)
        if(NOT next EQUAL -1)
            string(SUBSTRING "${group}" 0 ${next} group)
        endif()
        string(APPEND group "\n")
        foreach(key Name Name[de] Name[fr])
            escape_key("${key}" pattern)
            if(NOT group MATCHES "\n${pattern}=[^\n]+")
                list(APPEND failures "desktop action ${name}: no ${key}=")
            endif()
        endforeach()
        if(NOT group MATCHES "\nExec=${command}\n")
            list(APPEND failures "desktop action ${name}: Exec is not '${command}'")
        endif()
    endforeach()
    if(text MATCHES "(^|\n)Icon=([^\n]*)" AND NOT CMAKE_MATCH_2 STREQUAL id)
        list(APPEND failures "desktop file: Icon=${CMAKE_MATCH_2}, expected ${id}")
    endif()
    # Two steps: ${CMAKE_MATCH_2} in one if() would be expanded before the match sets it.
    if(text MATCHES "(^|\n)Exec=([^ \n]*)")
        set(program "${CMAKE_MATCH_2}")
        if(NOT EXISTS ${PREFIX}/${BINDIR}/${program})
            list(APPEND failures "desktop file: Exec=${program} is not an installed program")
        endif()
    endif()
endif()

# AppStream: the same id, the launchable desktop file, this version among the releases.
if(EXISTS ${PREFIX}/${metainfo})
    file(READ ${PREFIX}/${metainfo} text)
    foreach(needle "<id>${id}</id>" "<launchable type=\"desktop-id\">${id}.desktop</launchable>"
                   "<project_license>MIT</project_license>" "<content_rating" "<release version=\"${VERSION}\""
                   "<binary>akdesk</binary>" "<description>" "<developer_name>"
                   "<url type=\"homepage\">${homepage}</url>" "<url type=\"bugtracker\">${homepage}/issues</url>"
                   "<screenshot type=\"default\">" "<caption xml:lang=\"de\">" "<p xml:lang=\"de\">" "<p xml:lang=\"fr\">"
                   "<li xml:lang=\"de\">" "<li xml:lang=\"fr\">")
        string(FIND "${text}" "${needle}" at)
        if(at EQUAL -1)
            list(APPEND failures "metainfo: no ${needle}")
        endif()
    endforeach()
endif()

if(EXISTS ${PREFIX}/${icon})
    file(READ ${PREFIX}/${icon} text)
    if(NOT text MATCHES "<svg")
        list(APPEND failures "icon: not an SVG image")
    endif()
endif()

if(EXISTS ${PREFIX}/${DOCDIR}/guide.html)
    file(READ ${PREFIX}/${DOCDIR}/guide.html text)
    if(NOT text MATCHES "<h2>Getting started")
        list(APPEND failures "guide: no 'Getting started' section")
    endif()
endif()

# The validators, on the installed copies.
find_program(DESKTOP_FILE_VALIDATE desktop-file-validate)
if(DESKTOP_FILE_VALIDATE AND EXISTS ${PREFIX}/${desktop})
    execute_process(COMMAND ${DESKTOP_FILE_VALIDATE} ${PREFIX}/${desktop} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
    message(STATUS "desktop-file-validate: exit ${rc} ${out}")
    # Debian 12's desktop-file-utils (0.26) predates version 1.5 of the specification, which
    # added SingleMainWindow; that one complaint is the validator's gap, not the file's.
    string(REGEX REPLACE "[^\n]*error: file contains key \"SingleMainWindow\" in group \"Desktop Entry\", but keys extending the format should start with \"X-\"\n?" "" out "${out}")
    if(out MATCHES "error:")
        list(APPEND failures "desktop-file-validate: ${out}")
    endif()
elseif(NOT DESKTOP_FILE_VALIDATE)
    message(STATUS "desktop-file-validate not installed: the desktop file's keys were checked above only")
endif()
find_program(APPSTREAMCLI appstreamcli)
if(APPSTREAMCLI AND EXISTS ${PREFIX}/${metainfo})
    execute_process(COMMAND ${APPSTREAMCLI} validate --no-net --pedantic ${PREFIX}/${metainfo}
                    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
    message(STATUS "appstreamcli validate: exit ${rc} ${out}")
    if(NOT rc EQUAL 0)
        list(APPEND failures "appstreamcli validate: ${out}")
    endif()
    # validate-tree also checks that the metainfo, desktop file and icon agree with each other.
    execute_process(COMMAND ${APPSTREAMCLI} validate-tree --no-net ${PREFIX}
                    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
    message(STATUS "appstreamcli validate-tree: exit ${rc} ${out}")
    if(NOT rc EQUAL 0)
        list(APPEND failures "appstreamcli validate-tree: ${out}")
    endif()
elseif(NOT APPSTREAMCLI)
    message(STATUS "appstreamcli not installed: the metainfo's elements were checked above only")
endif()

if(failures)
    list(JOIN failures "\n  " report)
    message(FATAL_ERROR "The installed tree in ${PREFIX} is not complete:\n  ${report}")
endif()
message(STATUS "Installed tree in ${PREFIX}: complete and valid")
