# The HL7 fixtures read by CellBoard and by the independent hl7v2 npm package (tests/hl7, run with
# Node). Included from tests/core/exchange/CMakeLists.txt.
include_guard(GLOBAL)
find_program(CELLBOARD_NODE NAMES node nodejs)
if(NOT CELLBOARD_NODE)
  set(CELLBOARD_NODE "")
endif()
cb_add_test(NAME TestHl7CrossCheck LABEL exchange SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestHl7CrossCheck.cpp
            LIBS cb_hl7_dump cb_core)
target_compile_definitions(TestHl7CrossCheck PRIVATE CB_NODE="${CELLBOARD_NODE}")
