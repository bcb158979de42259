# File → Import lab results… and the import queue (offscreen). Included from tests/gui/CMakeLists.txt.
include_guard(GLOBAL)
cb_add_test(NAME TestLabImportGui LABEL gui SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestLabImportGui.cpp
            ${CMAKE_CURRENT_LIST_DIR}/GuiTestSupport.h LIBS cb_gui)
