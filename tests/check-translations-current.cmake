# cmake -DLUPDATE= -DSOURCE_DIR= -DWORK_DIR= -DCHECKER= -P check-translations-current.cmake
# Updates copies of the .ts files from the sources, exactly as translations/README.md says, and
# checks the copies: a string added or changed in the code since the last update shows up as
# unfinished, one removed as vanished, and the test fails until the .ts files are brought up to date.
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
file(COPY ${SOURCE_DIR}/translations/premortem_de.ts ${SOURCE_DIR}/translations/premortem_en.ts
     DESTINATION ${WORK_DIR})

set(runs
    "-locations none app core cli room import -ts ${WORK_DIR}/premortem_de.ts"
    "-pluralonly -locations none app core cli room import -ts ${WORK_DIR}/premortem_en.ts")
foreach(arguments ${runs})
    separate_arguments(arguments UNIX_COMMAND "${arguments}")
    execute_process(COMMAND ${LUPDATE} ${arguments} WORKING_DIRECTORY ${SOURCE_DIR}
                    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "lupdate failed (${rc}):\n${out}${err}")
    endif()
endforeach()

execute_process(COMMAND ${CMAKE_COMMAND} -E env PREMORTEM_TS_DIR=${WORK_DIR}
                        ${CHECKER} everyEntryFinished
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${out}${err}\n"
        "The .ts files are behind the code. Update and translate them as translations/README.md "
        "describes (lupdate, then Qt Linguist or an editor), and commit them.")
endif()
message(STATUS "Every string in app, core, cli and room is translated.")
