# cmake -DBUILD_DIR= -DPREFIX= -DAPPSTREAMCLI= -DAPP_ID= -DVERSION= -P check-install.cmake
# Installs the build into PREFIX and checks the result.
include(${CMAKE_CURRENT_LIST_DIR}/expected-files.cmake)

file(REMOVE_RECURSE ${PREFIX})
execute_process(COMMAND ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${PREFIX}
                RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cmake --install failed (${rc}): ${err}")
endif()

set(missing)
foreach(file ${EXPECTED_FILES})
    if(NOT EXISTS ${PREFIX}/${file})
        list(APPEND missing ${file})
    endif()
endforeach()
if(missing)
    message(FATAL_ERROR "Not installed: ${missing}")
endif()
# The installed programs run (and find their libraries) from there.
foreach(binary premortem premortem-cli premortem-cli-draw)
    execute_process(COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen
                            ${PREFIX}/bin/${binary} --version
                    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc EQUAL 0 OR NOT out MATCHES "${VERSION}")
        message(FATAL_ERROR "bin/${binary} --version failed (${rc}): ${out}${err}")
    endif()
endforeach()

# The release AppStream announces is the one being built.
file(READ ${PREFIX}/share/metainfo/${APP_ID}.metainfo.xml metainfo)
string(REGEX MATCH "<release version=\"([^\"]+)\"" _ "${metainfo}")
if(NOT CMAKE_MATCH_1 STREQUAL VERSION)
    message(FATAL_ERROR "The metainfo's newest release is ${CMAKE_MATCH_1}, the project is ${VERSION}: "
                        "add a <release> to packaging/${APP_ID}.metainfo.xml")
endif()

execute_process(COMMAND ${APPSTREAMCLI} validate-tree --no-net ${PREFIX}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
message(STATUS "appstreamcli validate-tree:\n${out}${err}")
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "appstreamcli validate-tree failed (${rc})")
endif()
message(STATUS "Installed and validated ${PREFIX}")
