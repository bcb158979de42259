# `cellboard-cli export fhir`: every demo case through the real binary, each bundle checked by
# CellBoard's mCODE rules and by two independent FHIR R4 validators run with Node (tests/fhir,
# `npm ci` there first: packaging/cellboard-dev test does it). Included from tests/cli/CMakeLists.txt.
include_guard(GLOBAL)
include(${PROJECT_SOURCE_DIR}/tests/support/support.cmake)
include(${PROJECT_SOURCE_DIR}/tests/exports/fhir_rules.cmake)

find_program(CELLBOARD_NODE NAMES node nodejs)
if(NOT CELLBOARD_NODE)
  set(CELLBOARD_NODE "")
endif()
cb_add_test(NAME TestFhirExportCli LABEL exchange SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestFhirExportCli.cpp
            LIBS cb_cli_test_fixture cb_fhir_rules cb_test_support cb_services Qt6::Sql)
target_compile_definitions(TestFhirExportCli PRIVATE CB_NODE="${CELLBOARD_NODE}")
if(TARGET cellboard-cli)
  add_dependencies(TestFhirExportCli cellboard-cli)
endif()
