# The case's whole audit trail on the case page (issue 14 item 6): kind and text filters, paging.
cb_add_test(NAME TestCaseAuditGui LABEL gui SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestCaseAuditGui.cpp
            ${CMAKE_CURRENT_LIST_DIR}/GuiTestSupport.h LIBS cb_gui)
