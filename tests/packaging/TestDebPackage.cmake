# TestDebPackage: builds the Debian package with CPack in the build directory and checks it.
#
#   cmake -DBINARY_DIR=<build dir> -DCPACK_COMMAND=<cpack> -DPACKAGE_VERSION=0.1.0-1
#         -DUPSTREAM_VERSION=0.1.0 -DRELEASE_DATE=2026-11-25 -P TestDebPackage.cmake
#
# Registered by packaging/CMakeLists.txt (ctest label `package`). It checks what the issue asks
# of the .deb: where it is written, its control fields (the hand-added Depends), every installed
# file and its permissions, stripped binaries without RPATH, PNG icon sizes, and it runs
# desktop-file-validate, appstreamcli validate, man --warnings and lintian (any E: fails).
# Checkers are required: a missing one fails the test and names the package to install.
cmake_minimum_required(VERSION 3.25)

foreach(_var IN ITEMS BINARY_DIR CPACK_COMMAND PACKAGE_VERSION UPSTREAM_VERSION RELEASE_DATE)
  if(NOT DEFINED ${_var} OR "${${_var}}" STREQUAL "")
    message(FATAL_ERROR "TestDebPackage: -D${_var}=... is required")
  endif()
endforeach()

set(_failures "")
macro(check_failed msg)
  list(APPEND _failures "${msg}")
  message("FAIL: ${msg}")
endmacro()

# --- Tools ------------------------------------------------------------------------------------
set(_missing "")
macro(require_tool var exe package)
  find_program(${var} ${exe} NO_CACHE)
  if(NOT ${var})
    list(APPEND _missing "${exe} (apt-get install ${package})")
  endif()
endmacro()
require_tool(DPKG dpkg dpkg)
require_tool(DPKG_DEB dpkg-deb dpkg)
require_tool(DPKG_SHLIBDEPS dpkg-shlibdeps dpkg-dev)
require_tool(DESKTOP_FILE_VALIDATE desktop-file-validate desktop-file-utils)
require_tool(APPSTREAMCLI appstreamcli appstream)
require_tool(LINTIAN lintian lintian)
require_tool(MAN man man-db)
require_tool(READELF readelf binutils)
if(_missing)
  list(JOIN _missing "\n  " _missing_text)
  message(FATAL_ERROR "TestDebPackage: required tools are missing:\n  ${_missing_text}\n"
          "CI installs: desktop-file-utils appstream lintian (with dpkg-dev, man-db, binutils).")
endif()

# --- Build the package ------------------------------------------------------------------------
execute_process(COMMAND ${DPKG} --print-architecture
                OUTPUT_VARIABLE _arch OUTPUT_STRIP_TRAILING_WHITESPACE COMMAND_ERROR_IS_FATAL ANY)
set(_expected_deb "${BINARY_DIR}/cellboard_${PACKAGE_VERSION}_${_arch}.deb")
file(REMOVE "${_expected_deb}")

string(TIMESTAMP _t0 "%s")
execute_process(COMMAND ${CPACK_COMMAND} -G DEB
                WORKING_DIRECTORY "${BINARY_DIR}"
                RESULT_VARIABLE _rc OUTPUT_VARIABLE _out ERROR_VARIABLE _err)
string(TIMESTAMP _t1 "%s")
math(EXPR _secs "${_t1} - ${_t0}")
if(NOT _rc EQUAL 0)
  message(FATAL_ERROR "TestDebPackage: cpack -G DEB failed (${_rc}):\n${_out}\n${_err}")
endif()
message("cpack -G DEB: ${_secs} s")
if(NOT _out MATCHES "package: ([^\n]*\\.deb) generated")
  message(FATAL_ERROR "TestDebPackage: no package in cpack's output:\n${_out}\n${_err}")
endif()
set(_deb "${CMAKE_MATCH_1}")
if(NOT _deb STREQUAL _expected_deb OR NOT EXISTS "${_expected_deb}")
  message(FATAL_ERROR "TestDebPackage: expected ${_expected_deb} (DEB-DEFAULT name, top of the "
          "build directory), cpack wrote ${_deb}")
endif()
message("package: ${_deb}")

# --- Control fields ---------------------------------------------------------------------------
function(control_field field out)
  execute_process(COMMAND ${DPKG_DEB} --field "${_deb}" ${field}
                  OUTPUT_VARIABLE _v OUTPUT_STRIP_TRAILING_WHITESPACE COMMAND_ERROR_IS_FATAL ANY)
  set(${out} "${_v}" PARENT_SCOPE)
endfunction()

execute_process(COMMAND ${DPKG_DEB} --info "${_deb}" OUTPUT_VARIABLE _info COMMAND_ERROR_IS_FATAL ANY)
message("${_info}")

foreach(_pair IN ITEMS "Package=cellboard" "Version=${PACKAGE_VERSION}" "Architecture=${_arch}"
                       "Section=science" "Priority=optional")
  string(REPLACE "=" ";" _pair "${_pair}")
  list(GET _pair 0 _field)
  list(GET _pair 1 _want)
  control_field(${_field} _got)
  if(NOT _got STREQUAL _want)
    check_failed("control field ${_field} is '${_got}', expected '${_want}'")
  endif()
endforeach()
foreach(_field IN ITEMS Maintainer Homepage Description)
  control_field(${_field} _got)
  if(_got STREQUAL "")
    check_failed("control field ${_field} is empty")
  endif()
endforeach()

# Depends: dpkg-shlibdeps' findings (libc6, Qt) plus what only runs as a plugin, font or data.
control_field(Depends _depends)
string(REGEX REPLACE " *\\([^)]*\\)" "" _depends_names "${_depends}") # drop version constraints
string(REGEX REPLACE " *[,|] *" ";" _depends_names "${_depends_names}")
foreach(_pkg IN ITEMS libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins fonts-noto-cjk
                      qt6-translations-l10n libc6 libqt6core6 libqt6gui6)
  if(NOT _pkg IN_LIST _depends_names)
    check_failed("Depends lacks ${_pkg}: ${_depends}")
  endif()
endforeach()
if(NOT "libqt6widgets6" IN_LIST _depends_names)
  check_failed("Depends lacks libqt6widgets6 (dpkg-shlibdeps did not see the GUI?): ${_depends}")
endif()

# --- Contents and permissions -----------------------------------------------------------------
execute_process(COMMAND ${DPKG_DEB} --contents "${_deb}" OUTPUT_VARIABLE _contents
                COMMAND_ERROR_IS_FATAL ANY)
string(REPLACE "\n" ";" _lines "${_contents}")
set(_modes "")
set(_paths "")
foreach(_line IN LISTS _lines)
  if(_line MATCHES "^([-dl][-rwxsStT]+) ([^ ]+) +[0-9]+ [0-9-]+ [0-9:]+ \\.(/[^ ]*)")
    set(_mode "${CMAKE_MATCH_1}")
    set(_owner "${CMAKE_MATCH_2}")
    set(_path "${CMAKE_MATCH_3}")
    string(REGEX REPLACE "/$" "" _path "${_path}")
    list(APPEND _paths "${_path}")
    set(_mode_of_${_path} "${_mode}")
    if(NOT _owner STREQUAL "root/root")
      check_failed("${_path} is owned by ${_owner}, not root/root")
    endif()
    if(_mode MATCHES "^d" AND NOT _mode STREQUAL "drwxr-xr-x")
      check_failed("directory ${_path} has mode ${_mode}, expected drwxr-xr-x")
    elseif(_mode MATCHES "^-" AND _path MATCHES "^/usr/bin/" AND NOT _mode STREQUAL "-rwxr-xr-x")
      check_failed("${_path} has mode ${_mode}, expected -rwxr-xr-x")
    elseif(_mode MATCHES "^-" AND NOT _path MATCHES "^/usr/bin/" AND NOT _mode STREQUAL "-rw-r--r--")
      check_failed("${_path} has mode ${_mode}, expected -rw-r--r--")
    endif()
  elseif(NOT _line STREQUAL "")
    check_failed("unexpected line in dpkg-deb --contents: ${_line}")
  endif()
endforeach()

set(_app org.cellboard.CellBoard)
set(_required
  /usr/bin/cellboard
  /usr/bin/cellboard-cli
  /usr/share/applications/${_app}.desktop
  /usr/share/metainfo/${_app}.metainfo.xml
  /usr/share/icons/hicolor/scalable/apps/${_app}.svg
  /usr/share/man/man1/cellboard.1.gz
  /usr/share/man/man1/cellboard-cli.1.gz
  /usr/share/doc/cellboard/copyright
  /usr/share/doc/cellboard/changelog.Debian.gz)
foreach(_size IN ITEMS 16 32 48 64 128 256)
  list(APPEND _required /usr/share/icons/hicolor/${_size}x${_size}/apps/${_app}.png)
endforeach()
foreach(_path IN LISTS _required)
  if(NOT _path IN_LIST _paths)
    check_failed("the package lacks ${_path}")
  elseif(NOT _mode_of_${_path} MATCHES "^-")
    check_failed("${_path} is not a regular file (${_mode_of_${_path}})")
  endif()
endforeach()
foreach(_path IN LISTS _paths)
  if(NOT _path MATCHES "^/usr(/|$)")
    check_failed("${_path} is outside /usr")
  endif()
endforeach()

# --- Files, extracted -------------------------------------------------------------------------
set(_root "${BINARY_DIR}/Testing/TestDebPackage/root")
file(REMOVE_RECURSE "${_root}")
file(MAKE_DIRECTORY "${_root}")
execute_process(COMMAND ${DPKG_DEB} --extract "${_deb}" "${_root}" COMMAND_ERROR_IS_FATAL ANY)

# Binaries: stripped (no .symtab), no RPATH/RUNPATH.
foreach(_exe IN ITEMS cellboard cellboard-cli)
  set(_file "${_root}/usr/bin/${_exe}")
  if(NOT EXISTS "${_file}")
    continue()
  endif()
  execute_process(COMMAND ${READELF} --wide --section-headers --dynamic "${_file}"
                  OUTPUT_VARIABLE _elf RESULT_VARIABLE _rc)
  if(NOT _rc EQUAL 0)
    check_failed("/usr/bin/${_exe} is not an ELF file readelf can read")
  endif()
  if(_elf MATCHES "\\.symtab")
    check_failed("/usr/bin/${_exe} is not stripped (CPACK_STRIP_FILES)")
  endif()
  if(_elf MATCHES "\\((RPATH|RUNPATH)\\)")
    check_failed("/usr/bin/${_exe} has an RPATH/RUNPATH")
  endif()
endforeach()

# Icons: each PNG has the size its directory names (IHDR width/height at byte 16).
foreach(_size IN ITEMS 16 32 48 64 128 256)
  set(_png "${_root}/usr/share/icons/hicolor/${_size}x${_size}/apps/${_app}.png")
  if(EXISTS "${_png}")
    file(READ "${_png}" _hdr OFFSET 16 LIMIT 8 HEX)
    string(SUBSTRING "${_hdr}" 0 8 _w)
    string(SUBSTRING "${_hdr}" 8 8 _h)
    math(EXPR _w "0x${_w}")
    math(EXPR _h "0x${_h}")
    if(NOT _w EQUAL _size OR NOT _h EQUAL _size)
      check_failed("${_size}x${_size} icon is ${_w}x${_h}")
    endif()
  endif()
endforeach()

set(_desktop "${_root}/usr/share/applications/${_app}.desktop")
if(EXISTS "${_desktop}")
  execute_process(COMMAND ${DESKTOP_FILE_VALIDATE} "${_desktop}"
                  RESULT_VARIABLE _rc OUTPUT_VARIABLE _out ERROR_VARIABLE _out)
  if(NOT _rc EQUAL 0 OR NOT _out STREQUAL "")
    check_failed("desktop-file-validate:\n${_out}")
  endif()
  file(STRINGS "${_desktop}" _exec REGEX "^Exec=")
  file(STRINGS "${_desktop}" _icon REGEX "^Icon=")
  if(NOT _exec MATCHES "^Exec=cellboard( |$)" OR NOT _icon STREQUAL "Icon=${_app}")
    check_failed("desktop entry: unexpected '${_exec}' / '${_icon}'")
  endif()
endif()

set(_metainfo "${_root}/usr/share/metainfo/${_app}.metainfo.xml")
if(EXISTS "${_metainfo}")
  execute_process(COMMAND ${APPSTREAMCLI} validate --no-net --no-color "${_metainfo}"
                  RESULT_VARIABLE _rc OUTPUT_VARIABLE _out ERROR_VARIABLE _out)
  message("appstreamcli validate: ${_out}")
  if(NOT _rc EQUAL 0)
    check_failed("appstreamcli validate --no-net:\n${_out}")
  endif()
  file(READ "${_metainfo}" _xml)
  foreach(_needle IN ITEMS "<id>${_app}</id>" "<metadata_license>CC0-1.0</metadata_license>"
                           "<project_license>GPL-3.0-or-later</project_license>"
                           "<release version=\"${UPSTREAM_VERSION}\" date=\"${RELEASE_DATE}\""
                           "<content_rating type=\"oars-1.1\""
                           "<launchable type=\"desktop-id\">${_app}.desktop</launchable>")
    string(FIND "${_xml}" "${_needle}" _at)
    if(_at EQUAL -1)
      check_failed("metainfo lacks ${_needle}")
    endif()
  endforeach()
  # Screenshots only at an address the project controls: none for now.
  if(_xml MATCHES "<screenshot")
    check_failed("metainfo has screenshots; allowed only at a real https address the project controls")
  endif()
endif()

foreach(_page IN ITEMS cellboard cellboard-cli)
  set(_gz "${_root}/usr/share/man/man1/${_page}.1.gz")
  if(NOT EXISTS "${_gz}")
    continue()
  endif()
  execute_process(COMMAND ${CMAKE_COMMAND} -E env LC_ALL=C.UTF-8 MANWIDTH=80
                          ${MAN} --warnings -E UTF-8 -l "${_gz}"
                  RESULT_VARIABLE _rc OUTPUT_VARIABLE _text ERROR_VARIABLE _warnings)
  if(NOT _rc EQUAL 0 OR NOT _warnings STREQUAL "")
    check_failed("man --warnings ${_page}.1:\n${_warnings}")
  endif()
  if(NOT _text MATCHES "CellBoard ${UPSTREAM_VERSION}")
    check_failed("${_page}.1 does not carry the version ${UPSTREAM_VERSION}")
  endif()
  if(_text MATCHES "@[A-Z_]+@")
    check_failed("${_page}.1 has an unsubstituted @VARIABLE@")
  endif()
endforeach()

# --- lintian ----------------------------------------------------------------------------------
string(TIMESTAMP _t0 "%s")
execute_process(COMMAND ${LINTIAN} --no-cfg --tag-display-limit 0 --display-info "${_deb}"
                RESULT_VARIABLE _rc OUTPUT_VARIABLE _out ERROR_VARIABLE _err)
string(TIMESTAMP _t1 "%s")
math(EXPR _secs "${_t1} - ${_t0}")
message("lintian (${_secs} s):\n${_out}${_err}")
string(REGEX MATCHALL "(^|\n)E: [^\n]*" _errors "${_out}")
if(_errors)
  check_failed("lintian reports errors:${_errors}")
elseif(NOT _rc EQUAL 0)
  check_failed("lintian failed (${_rc}):\n${_err}")
endif()

file(REMOVE_RECURSE "${_root}")

if(_failures)
  list(LENGTH _failures _n)
  list(JOIN _failures "\n  " _text)
  message(FATAL_ERROR "TestDebPackage: ${_n} check(s) failed:\n  ${_text}")
endif()
message("TestDebPackage: ${_deb} passed every check")
