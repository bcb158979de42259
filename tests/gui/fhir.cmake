# Export FHIR on the case page (offscreen). Included from tests/gui/CMakeLists.txt.
include_guard(GLOBAL)
include(${PROJECT_SOURCE_DIR}/tests/exports/fhir_rules.cmake)
cb_add_test(NAME TestFhirExportGui LABEL gui SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestFhirExportGui.cpp
            ${CMAKE_CURRENT_LIST_DIR}/GuiTestSupport.h LIBS cb_gui cb_fhir_rules)
