# CellBoard's translations (see README.md in this folder).
#  - cellboard_lupdate: refreshes the .ts files from every source and form (lupdate; no obsolete
#    entries, no line numbers, so the .ts changes only when a text changes).
#  - the .qm files are compiled by lrelease at build time and embedded in cb_platform under
#    ":/i18n/", where platform::Language loads them; the app and the CLI link cb_platform.
# Included from src/platform/CMakeLists.txt, after cb_platform exists.
find_package(Qt6 6.4 REQUIRED COMPONENTS LinguistTools)

set(CB_TS_FILES ${PROJECT_SOURCE_DIR}/resources/translations/cellboard_zh_CN.ts)
file(GLOB_RECURSE CB_TRANSLATABLE_SOURCES CONFIGURE_DEPENDS
     ${PROJECT_SOURCE_DIR}/src/*.cpp ${PROJECT_SOURCE_DIR}/src/*.h ${PROJECT_SOURCE_DIR}/ui/*.ui)
set(CB_LUPDATE_OPTIONS -no-obsolete -locations none)

qt_add_lupdate(cellboard
  TS_FILES ${CB_TS_FILES}
  SOURCES ${CB_TRANSLATABLE_SOURCES}
  INCLUDE_DIRECTORIES ${PROJECT_SOURCE_DIR}/src
  OPTIONS ${CB_LUPDATE_OPTIONS})

qt_add_lrelease(cb_platform TS_FILES ${CB_TS_FILES} QM_FILES_OUTPUT_VARIABLE CB_QM_FILES)
qt_add_resources(cb_platform cb_translations
  PREFIX /i18n
  BASE ${CMAKE_CURRENT_BINARY_DIR}
  FILES ${CB_QM_FILES})
