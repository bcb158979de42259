# File → Import referral… (offscreen, 1366×768 screen), in English and in Chinese. Included from
# tests/gui/CMakeLists.txt.
include_guard(GLOBAL)
cb_add_test(NAME TestFhirImportGui LABEL gui SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestFhirImportGui.cpp
            ${CMAKE_CURRENT_LIST_DIR}/GuiTestSupport.h LIBS cb_gui
            ENV QT_QPA_PLATFORM=offscreen:configfile=${CMAKE_CURRENT_LIST_DIR}/screen-1366x768.json)
add_test(NAME TestFhirImportGuiZh COMMAND TestFhirImportGui)
set_tests_properties(TestFhirImportGuiZh PROPERTIES LABELS gui TIMEOUT 600
  ENVIRONMENT "QT_QPA_PLATFORM=offscreen:configfile=${CMAKE_CURRENT_LIST_DIR}/screen-1366x768.json;CELLBOARD_DATA_DIR=${CMAKE_CURRENT_BINARY_DIR}/data/TestFhirImportGuiZh;CB_TEST_LANGUAGE=zh_CN")
