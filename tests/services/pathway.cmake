# The pathway, monitoring and follow-up services on both backends (the PostgreSQL rows need
# CELLBOARD_TEST_PG_URL). Included from tests/services/CMakeLists.txt.
include_guard(GLOBAL)
include(${CMAKE_CURRENT_LIST_DIR}/review.cmake)

cb_add_test(NAME TestPathwayService LABEL storage SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestPathwayService.cpp
            ${CMAKE_CURRENT_LIST_DIR}/PathwayScenario.h
            LIBS cb_review_test_world cb_test_support cb_services Qt6::Sql)
cb_add_test(NAME TestDemoPathway LABEL storage SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestDemoPathway.cpp
            LIBS cb_test_support cb_services Qt6::Sql)
cb_add_test(NAME TestPathwayCorrections LABEL storage SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestPathwayCorrections.cpp
            ${CMAKE_CURRENT_LIST_DIR}/PathwayScenario.h
            LIBS cb_review_test_world cb_test_support cb_services Qt6::Sql)
cb_add_test(NAME TestCaseLock LABEL storage SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestCaseLock.cpp
            ${CMAKE_CURRENT_LIST_DIR}/PathwayScenario.h
            LIBS cb_review_test_world cb_test_support cb_services Qt6::Sql)
cb_add_test(NAME TestTextLimits LABEL storage SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestTextLimits.cpp
            ${CMAKE_CURRENT_LIST_DIR}/PathwayScenario.h
            LIBS cb_review_test_world cb_test_support cb_services Qt6::Sql)
