# `cellboard-cli import fhir`: the round trip of every demo case (export, import into an empty
# database, export again), the dry run, malformed files. Included from tests/cli/CMakeLists.txt.
include_guard(GLOBAL)
include(${PROJECT_SOURCE_DIR}/tests/support/support.cmake)
cb_add_test(NAME TestFhirImportCli LABEL exchange SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestFhirImportCli.cpp
            LIBS cb_cli_test_fixture cb_test_support cb_services Qt6::Sql)
if(TARGET cellboard-cli)
  add_dependencies(TestFhirImportCli cellboard-cli)
endif()
