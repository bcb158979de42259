# Shared helpers for the storage, services and CLI tests: a fresh database per backend
# (SQLite file or PostgreSQL schema), raw SQL for tamper tests, seeded users, and a runner
# for the real cellboard-cli binary. Included by each test directory; defined once.
if(NOT TARGET cb_test_support)
  add_library(cb_test_support STATIC
    ${CMAKE_CURRENT_LIST_DIR}/CliRunner.cpp ${CMAKE_CURRENT_LIST_DIR}/CliRunner.h
    ${CMAKE_CURRENT_LIST_DIR}/TestDatabase.cpp ${CMAKE_CURRENT_LIST_DIR}/TestDatabase.h
    ${CMAKE_CURRENT_LIST_DIR}/TestUsers.cpp ${CMAKE_CURRENT_LIST_DIR}/TestUsers.h
    ${CMAKE_CURRENT_LIST_DIR}/TestWorkspace.cpp ${CMAKE_CURRENT_LIST_DIR}/TestWorkspace.h
  )
  target_include_directories(cb_test_support PUBLIC ${PROJECT_SOURCE_DIR}/src ${PROJECT_SOURCE_DIR}/tests)
  target_link_libraries(cb_test_support PUBLIC cb_services Qt6::Sql Qt6::Test)
  target_compile_definitions(cb_test_support PRIVATE CB_BINARY_DIR="${PROJECT_BINARY_DIR}")
endif()
