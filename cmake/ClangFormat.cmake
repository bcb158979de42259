# `cmake --build … --target format` rewrites every C++ source of src/ and tests/ with the
# project's .clang-format (clang-format 14, as Debian 12 ships it); `format-check` only reports.
# The test suite runs the check too (tests/architecture, TestFormatting), so CI fails on an
# unformatted file.
find_program(CELLBOARD_CLANG_FORMAT NAMES clang-format-14 clang-format)
if(CELLBOARD_CLANG_FORMAT)
  set(_cb_format_script ${PROJECT_SOURCE_DIR}/cmake/format-sources.sh)
  add_custom_target(format
    COMMAND ${_cb_format_script} ${CELLBOARD_CLANG_FORMAT} fix
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR} VERBATIM
    COMMENT "clang-format: rewriting src/ and tests/")
  add_custom_target(format-check
    COMMAND ${_cb_format_script} ${CELLBOARD_CLANG_FORMAT} check
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR} VERBATIM
    COMMENT "clang-format: checking src/ and tests/")
endif()
