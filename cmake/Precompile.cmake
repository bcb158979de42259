# Precompiled headers: the Qt headers nearly every file includes, parsed once per target instead
# of once per file. Three tiers follow the layers: CORE (Qt Core only: core, platform, storage,
# services), GUI (plus Qt Gui: report, exports, presentation, cli) and WIDGETS (gui). A tier never
# brings a header its layer may not use, so TestArchitecture's include rules still hold.
#
# Tests share one precompiled header per tier and folder: the first test of a tier in a folder
# builds it and the others reuse it (REUSE_FROM). Per folder and set of Qt modules, because Qt
# Test defines QT_TESTCASE_SOURCEDIR/BUILDDIR per folder and its header reads them and the
# QT_<MODULE>_LIB macros, and GCC (told by CMake with -Winvalid-pch, an error here) refuses a
# header made with other values.
# CELLBOARD_PCH=OFF builds without them (to find a file that forgot an include).
option(CELLBOARD_PCH "Use precompiled headers" ON)

set(CB_PCH_CORE
  <QByteArray> <QCoreApplication> <QDate> <QDateTime> <QHash> <QJsonArray> <QJsonDocument>
  <QJsonObject> <QJsonValue> <QList> <QLocale> <QMap> <QRegularExpression> <QSet> <QString>
  <QStringList> <QVariant> <algorithm> <functional> <memory> <optional>)
set(CB_PCH_GUI ${CB_PCH_CORE}
  <QAbstractTableModel> <QBrush> <QColor> <QFont> <QPainter> <QTextDocument>)
set(CB_PCH_WIDGETS ${CB_PCH_GUI}
  <QCheckBox> <QComboBox> <QDateEdit> <QDialog> <QDialogButtonBox> <QFormLayout> <QGroupBox>
  <QHBoxLayout> <QHeaderView> <QLabel> <QLineEdit> <QPlainTextEdit> <QPushButton>
  <QScrollArea> <QTableView> <QVBoxLayout> <QWidget>)
set(CB_PCH_TEST <QSignalSpy> <QTemporaryDir> <QTest>)

# cb_precompile(<target> CORE|GUI|WIDGETS)
function(cb_precompile target tier)
  if(CELLBOARD_PCH)
    target_precompile_headers(${target} PRIVATE ${CB_PCH_${tier}})
  endif()
endfunction()

# The tier of a test: WIDGETS when Qt Widgets is among its (transitive) link libraries, GUI when
# Qt Gui is, otherwise CORE. The tier decides the Qt macros (QT_GUI_LIB, QT_WIDGETS_LIB) the
# header sees, so tests of one tier can share it.
function(_cb_link_closure out)
  set(seen "")
  set(todo ${ARGN})
  while(todo)
    list(POP_FRONT todo item)
    if(item IN_LIST seen OR NOT TARGET ${item})
      continue()
    endif()
    list(APPEND seen ${item})
    get_target_property(aliased ${item} ALIASED_TARGET)
    if(aliased)
      list(APPEND todo ${aliased})
    endif()
    # what the target passes on to its users: its interface (a static library's private
    # dependencies appear there as $<LINK_ONLY:…>, which carry no compile definitions)
    get_target_property(libs ${item} INTERFACE_LINK_LIBRARIES)
    if(libs)
      foreach(lib IN LISTS libs)
        if(NOT lib MATCHES "^\\$<")
          list(APPEND todo ${lib})
        endif()
      endforeach()
    endif()
  endwhile()
  set(${out} ${seen} PARENT_SCOPE)
endfunction()

# cb_test_precompile(<test target> <libs...>)
function(cb_test_precompile target)
  if(NOT CELLBOARD_PCH)
    return()
  endif()
  _cb_link_closure(closure Qt6::Test ${ARGN})
  if(Qt6::Widgets IN_LIST closure OR Qt::Widgets IN_LIST closure)
    set(tier WIDGETS)
  elseif(Qt6::Gui IN_LIST closure OR Qt::Gui IN_LIST closure)
    set(tier GUI)
  else()
    set(tier CORE)
  endif()
  # the Qt modules linked decide the QT_<MODULE>_LIB macros, which Qt Test's header reads
  set(modules ${closure})
  list(FILTER modules INCLUDE REGEX "^Qt6::")
  list(SORT modules)
  string(MD5 key "${tier};${modules}")
  get_property(host DIRECTORY PROPERTY CB_PCH_TEST_HOST_${key})
  if(host)
    target_precompile_headers(${target} REUSE_FROM ${host})
  else()
    target_precompile_headers(${target} PRIVATE ${CB_PCH_${tier}} ${CB_PCH_TEST})
    set_property(DIRECTORY PROPERTY CB_PCH_TEST_HOST_${key} ${target})
  endif()
endfunction()
