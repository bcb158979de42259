# A case's whole audit trail (CaseService::auditTrail, audit_subject, migration 8) on both backends
# (the PostgreSQL rows need CELLBOARD_TEST_PG_URL). Included from tests/services/CMakeLists.txt.
include_guard(GLOBAL)
include(${CMAKE_CURRENT_LIST_DIR}/review.cmake)

cb_add_test(NAME TestCaseAuditTrail LABEL storage SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestCaseAuditTrail.cpp
            ${CMAKE_CURRENT_LIST_DIR}/PathwayScenario.h
            LIBS cb_review_test_world cb_test_support cb_services Qt6::Sql)
