cb_add_test(NAME TestReviewFlow LABEL gui SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestReviewFlow.cpp LIBS cb_gui)
cb_add_test(NAME TestFollowThrough LABEL gui SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestFollowThrough.cpp LIBS cb_gui)
cb_add_test(NAME TestMeetingFlow LABEL gui SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestMeetingFlow.cpp LIBS cb_gui)
