# IntakeService on both backends: duplicates, re-referrals, merges (with an administrator's
# approval), corrections and voids, the "record changed since signed" flag, one audit row per
# act in the act's transaction, refusals. Included from tests/services/CMakeLists.txt.
include_guard(GLOBAL)
include(${CMAKE_CURRENT_LIST_DIR}/review.cmake)

cb_add_test(NAME TestIntakeService LABEL storage SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestIntakeService.cpp
            LIBS cb_review_test_world cb_test_support cb_services Qt6::Sql)
