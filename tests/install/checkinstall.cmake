# Installs a build into a scratch prefix and checks the tree a desktop needs:
#   cmake -DBUILD_DIR=<build> -DPREFIX=<scratch> -DVERSION=<x.y.z> -DBINDIR=bin -DDATADIR=share
#         -DDOCDIR=share/doc/akdesk [-DREMOVE=<relative path>] [-DDROP_KEY=<desktop key>]
#         -P checkinstall.cmake
# REMOVE and DROP_KEY break the tree after installing, so tests can prove the check notices.
# The validators run when present (Debian: desktop-file-utils, appstream); the required keys are
# checked here either way, so a machine without them still tests something real.
cmake_minimum_required(VERSION 3.22)

foreach(var BUILD_DIR PREFIX VERSION BINDIR DATADIR DOCDIR)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "checkinstall.cmake needs -D${var}=…")
    endif()
endforeach()
set(id io.github.akdesk.akdesk)
set(desktop ${DATADIR}/applications/${id}.desktop)
set(metainfo ${DATADIR}/metainfo/${id}.metainfo.xml)
set(icon ${DATADIR}/icons/hicolor/scalable/apps/${id}.svg)

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

set(failures)
foreach(file ${BINDIR}/akdesk ${BINDIR}/akdesk-sandbox ${desktop} ${metainfo} ${icon}
             ${DOCDIR}/guide.html ${DOCDIR}/guide_de.html ${DOCDIR}/guide_fr.html ${DOCDIR}/LICENSE)
    if(NOT EXISTS ${PREFIX}/${file})
        list(APPEND failures "missing: ${file}")
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
    foreach(key Type Name Exec Icon Comment Name[de] Comment[de] Name[fr] Comment[fr])
        escape_key("${key}" pattern)
        if(NOT text MATCHES "(^|\n)${pattern}=[^\n]+")
            list(APPEND failures "desktop file: no ${key}=")
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
                   "<binary>akdesk</binary>" "<description>" "<developer_name>")
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
    if(NOT rc EQUAL 0 OR out MATCHES "error:")
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
