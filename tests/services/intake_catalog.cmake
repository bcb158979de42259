# The intake vocabularies as the services load them from the embedded resources.
cb_add_test(NAME TestIntakeCatalog LABEL unit SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestIntakeCatalog.cpp LIBS cb_services)
