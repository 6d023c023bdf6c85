# CPack pre-build script: after CPACK_STRIP_FILES (plain `strip`), also drop the .comment and .note
# sections as dh_strip does, so the packaged binaries carry nothing but code and data.
find_program(STRIP_PROGRAM strip)
file(GLOB_RECURSE binaries LIST_DIRECTORIES false "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/*/usr/bin/*"
     "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/usr/bin/*")
foreach(binary IN LISTS binaries)
    execute_process(COMMAND ${STRIP_PROGRAM} --remove-section=.comment --remove-section=.note ${binary}
                    RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "strip ${binary} failed (${rc})")
    endif()
endforeach()
