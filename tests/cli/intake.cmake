# `cellboard-cli patient|case add|history|line|transplant|obs`: the real binary on the demo
# database, every intake command with its bad input, refusals and JSON. Included from
# tests/cli/CMakeLists.txt.
include_guard(GLOBAL)
include(${PROJECT_SOURCE_DIR}/tests/support/support.cmake)

cb_add_test(NAME TestIntakeCli LABEL cli SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestIntakeCli.cpp
            LIBS cb_cli_test_fixture cb_test_support cb_services Qt6::Sql)
if(TARGET cellboard-cli)
  add_dependencies(TestIntakeCli cellboard-cli)
endif()
