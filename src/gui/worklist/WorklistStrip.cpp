#include "gui/worklist/WorklistStrip.h"

#include <QHeaderView>
#include <QTableView>
#include <QToolButton>
#include <algorithm>

namespace cb::gui::strip {

QToolButton* makeToggle(QWidget* parent, const QString& objectName)
{
    auto* toggle = new QToolButton(parent);
    toggle->setObjectName(objectName);
    toggle->setCheckable(true);
    toggle->setChecked(true);
    toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toggle->setArrowType(Qt::DownArrow);
    toggle->setAutoRaise(true);
    return toggle;
}

void setUpTable(QTableView* table, QToolButton* toggle)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    QObject::connect(toggle, &QToolButton::toggled, table, [table, toggle](bool on) {
        table->setVisible(on);
        toggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
    });
}

void fitHeight(QTableView* table, int rows)
{
    rows = std::min(rows, 5);
    table->setFixedHeight(table->horizontalHeader()->sizeHint().height() +
                          rows * table->verticalHeader()->defaultSectionSize() + 2 * table->frameWidth());
}

} // namespace cb::gui::strip
