cb_add_test(NAME TestSettingCli LABEL cli SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestSettingCli.cpp LIBS cb_test_support)
if(TARGET cellboard-cli)
  add_dependencies(TestSettingCli cellboard-cli)
endif()

cb_add_test(NAME TestMeetingCli LABEL cli SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestMeetingCli.cpp LIBS cb_test_support)
if(TARGET cellboard-cli)
  add_dependencies(TestMeetingCli cellboard-cli)
endif()
