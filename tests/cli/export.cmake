# `cellboard-cli export pdf`: the real binary on a demo database; pdftotext, qpdf and the audit
# chain check what it wrote. Included from tests/cli/CMakeLists.txt.
include_guard(GLOBAL)
include(${PROJECT_SOURCE_DIR}/tests/support/support.cmake)

cb_add_test(NAME TestExportCli LABEL cli SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestExportCli.cpp
            LIBS cb_test_support Qt6::Core)
if(TARGET cellboard-cli)
  add_dependencies(TestExportCli cellboard-cli)
endif()
