# cellboard-cli in the workstation's language.
cb_add_test(NAME TestCliLanguage LABEL cli SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestCliLanguage.cpp
            LIBS cb_test_support Qt6::Core)
if(TARGET cellboard-cli)
  add_dependencies(TestCliLanguage cellboard-cli)
endif()
