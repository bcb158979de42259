# The dossier behind the PDF exports (ReportService) on both backends. Included from
# tests/services/CMakeLists.txt.
include_guard(GLOBAL)
include(${CMAKE_CURRENT_LIST_DIR}/review.cmake)
cb_add_test(NAME TestReportService LABEL storage SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestReportService.cpp
            LIBS cb_review_test_world cb_test_support cb_services Qt6::Sql)
