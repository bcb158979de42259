# A referral imported from a FHIR bundle (FhirImportService) on both backends. Included from
# tests/services/CMakeLists.txt.
include_guard(GLOBAL)
include(${PROJECT_SOURCE_DIR}/tests/exports/fhir_rules.cmake)
cb_add_test(NAME TestFhirImportService LABEL storage SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestFhirImportService.cpp
            LIBS cb_fhir_rules cb_test_support cb_services Qt6::Sql)
