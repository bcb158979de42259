# The review and the board's decision (ReviewService, DecisionService, PermissionPolicy) through
# the real services: the permission matrix (SQLite) and the review lifecycle on both backends
# (the PostgreSQL rows need CELLBOARD_TEST_PG_URL). Included from tests/services/CMakeLists.txt.
include_guard(GLOBAL)
include(${PROJECT_SOURCE_DIR}/tests/support/support.cmake)

if(NOT TARGET cb_review_test_world)
  add_library(cb_review_test_world STATIC
    ${CMAKE_CURRENT_LIST_DIR}/ReviewWorld.cpp ${CMAKE_CURRENT_LIST_DIR}/ReviewWorld.h)
  target_include_directories(cb_review_test_world PUBLIC ${CMAKE_CURRENT_LIST_DIR})
  target_link_libraries(cb_review_test_world PUBLIC cb_test_support cb_services)
endif()

foreach(name TestPermissionMatrix TestReviewService TestMeetingService)
  cb_add_test(NAME ${name} LABEL storage SOURCES ${CMAKE_CURRENT_LIST_DIR}/${name}.cpp
              LIBS cb_review_test_world cb_test_support cb_services Qt6::Sql)
endforeach()
