# `cellboard-cli pathway|monitor|followup`: the real binary on a copy of the demo database.
# Included from tests/cli/CMakeLists.txt.
include_guard(GLOBAL)
include(${PROJECT_SOURCE_DIR}/tests/support/support.cmake)

cb_add_test(NAME TestPathwayCli LABEL cli SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestPathwayCli.cpp
            LIBS cb_test_support Qt6::Core)
if(TARGET cellboard-cli)
  add_dependencies(TestPathwayCli cellboard-cli)
endif()
