# `cellboard-cli grade`: the real binary on every examples.json vector and on bad input.
# Included from tests/cli/CMakeLists.txt.
cb_add_test(NAME TestGradeCli LABEL cli SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestGradeCli.cpp LIBS Qt6::Core)
if(TARGET cellboard-cli)
  add_dependencies(TestGradeCli cellboard-cli)
endif()
