# The Pathway, Monitoring and Follow-up tabs and the worklist's follow-ups due. Included from
# tests/gui/CMakeLists.txt.
include_guard(GLOBAL)
cb_add_test(NAME TestMonitoringSheet LABEL gui SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestMonitoringSheet.cpp
            ${CMAKE_CURRENT_LIST_DIR}/GuiTestSupport.h LIBS cb_gui Qt6::Charts)
cb_add_test(NAME TestCorrectionsGui LABEL gui SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestCorrectionsGui.cpp
            ${CMAKE_CURRENT_LIST_DIR}/GuiTestSupport.h LIBS cb_gui)
