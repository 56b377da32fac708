# cmake -DBUILD_DIR= -DOUT_DIR= -DCPACK= -DDPKG_DEB= -DAPP_ID= -P check-deb.cmake
# Builds the .deb with CPack and checks what it holds and what it depends on.
include(${CMAKE_CURRENT_LIST_DIR}/expected-files.cmake)

file(REMOVE_RECURSE ${OUT_DIR})
execute_process(COMMAND ${CPACK} -G DEB -B ${OUT_DIR} --config ${BUILD_DIR}/CPackConfig.cmake
                WORKING_DIRECTORY ${BUILD_DIR}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cpack failed (${rc}):\n${out}${err}")
endif()
file(GLOB debs ${OUT_DIR}/*.deb)
list(LENGTH debs count)
if(NOT count EQUAL 1)
    message(FATAL_ERROR "Expected one .deb in ${OUT_DIR}, found: ${debs}")
endif()

execute_process(COMMAND ${DPKG_DEB} --contents ${debs}
                RESULT_VARIABLE rc OUTPUT_VARIABLE contents ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "dpkg-deb --contents failed: ${err}")
endif()
set(missing)
foreach(file ${EXPECTED_FILES})
    string(FIND "${contents}" " ./usr/${file}\n" at)
    if(at EQUAL -1)
        list(APPEND missing /usr/${file})
    endif()
endforeach()
if(missing)
    message(FATAL_ERROR "Not in the .deb: ${missing}\n${contents}")
endif()

execute_process(COMMAND ${DPKG_DEB} --field ${debs} Package Version Architecture Depends Recommends
                OUTPUT_VARIABLE fields)
foreach(dependency libc6 libqt6core6 libqt6gui6 libqt6widgets6 libqt6sql6 libqt6network6
                   libqt6svg6 libqt6sql6-sqlite)
    if(NOT fields MATCHES "[ ,]${dependency}( |,|\n)")
        message(FATAL_ERROR "The .deb does not depend on ${dependency}:\n${fields}")
    endif()
endforeach()
message(STATUS "${debs}\n${fields}")
