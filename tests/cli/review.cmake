# `cellboard-cli opinion|decision`: the real binary on a copy of the demo database, every command
# with its bad input, refusals and JSON. Included from tests/cli/CMakeLists.txt.
include_guard(GLOBAL)
include(${PROJECT_SOURCE_DIR}/tests/support/support.cmake)

cb_add_test(NAME TestReviewCli LABEL cli SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestReviewCli.cpp
            LIBS cb_test_support Qt6::Core)
if(TARGET cellboard-cli)
  add_dependencies(TestReviewCli cellboard-cli)
endif()
