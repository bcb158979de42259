# Export PDF… / Print… on the case page (offscreen). Included from tests/gui/CMakeLists.txt.
include_guard(GLOBAL)
cb_add_test(NAME TestExportPdfDialog LABEL gui SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestExportPdfDialog.cpp
            ${CMAKE_CURRENT_LIST_DIR}/GuiTestSupport.h LIBS cb_gui)
