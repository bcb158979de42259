# The checks of a FHIR bundle that the base validators cannot make (mCODE's key rules, CellBoard's
# promises), and the records built in memory the FHIR tests start from: shared by the mapping's unit test, the CLI test over every demo case and the GUI test.
include_guard(GLOBAL)
if(NOT TARGET cb_fhir_rules)
  add_library(cb_fhir_rules STATIC ${CMAKE_CURRENT_LIST_DIR}/FhirRules.cpp ${CMAKE_CURRENT_LIST_DIR}/FhirRules.h
              ${CMAKE_CURRENT_LIST_DIR}/FhirFixtures.cpp ${CMAKE_CURRENT_LIST_DIR}/FhirFixtures.h)
  target_include_directories(cb_fhir_rules PUBLIC ${PROJECT_SOURCE_DIR}/src ${PROJECT_SOURCE_DIR}/tests)
  target_link_libraries(cb_fhir_rules PUBLIC cb_exports cb_services Qt6::Core)
endif()
