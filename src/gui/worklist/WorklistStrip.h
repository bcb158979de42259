#pragma once

#include <QString>

class QTableView;
class QToolButton;
class QWidget;

namespace cb::gui {

// The collapsible strips above the worklist (follow-up visits due, overdue actions): a toggle
// that shows or hides a compact table as tall as its rows, up to five.
namespace strip {

QToolButton* makeToggle(QWidget* parent, const QString& objectName);
void setUpTable(QTableView* table, QToolButton* toggle);
void fitHeight(QTableView* table, int rows);

} // namespace strip

} // namespace cb::gui
