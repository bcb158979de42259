# `case audit` (issue 14 item 6): the case's whole audit trail from the command line.
cb_add_test(NAME TestCliCaseAudit LABEL cli SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestCliCaseAudit.cpp
            LIBS cb_cli_test_fixture cb_test_support cb_services Qt6::Sql)
if(TARGET cellboard-cli)
  add_dependencies(TestCliCaseAudit cellboard-cli)
endif()
