# HL7 v2 lab results (Hl7ImportService) on both backends. Included from tests/services/CMakeLists.txt.
include_guard(GLOBAL)
cb_add_test(NAME TestHl7ImportService LABEL storage SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestHl7ImportService.cpp
            LIBS cb_test_support cb_services Qt6::Sql)
