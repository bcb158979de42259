# `cellboard-cli import hl7 | import queue`: the real binary with the fixtures of tests/fixtures/hl7.
# Included from tests/cli/CMakeLists.txt.
include_guard(GLOBAL)
include(${PROJECT_SOURCE_DIR}/tests/support/support.cmake)
cb_add_test(NAME TestHl7ImportCli LABEL cli SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestHl7ImportCli.cpp
            LIBS cb_cli_test_fixture cb_test_support cb_services Qt6::Sql)
if(TARGET cellboard-cli)
  add_dependencies(TestHl7ImportCli cellboard-cli)
endif()
