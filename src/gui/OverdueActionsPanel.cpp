#include "gui/OverdueActionsPanel.h"

#include "core/PermissionPolicy.h"
#include "gui/models/OpenActionModel.h"
#include "services/MeetingService.h"
#include "services/Workspace.h"

#include <QHeaderView>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace cb::gui {

OverdueActionsPanel::OverdueActionsPanel(services::Workspace& ws, const core::UserIdentity& user, QWidget* parent)
    : QWidget(parent), m_ws(ws), m_user(user)
{
    setObjectName(QStringLiteral("overdueActionsPanel"));
    m_model = new OpenActionModel(this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_toggle = new QToolButton(this);
    m_toggle->setObjectName(QStringLiteral("overdueActionsToggle"));
    m_toggle->setCheckable(true);
    m_toggle->setChecked(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setArrowType(Qt::DownArrow);
    m_toggle->setAutoRaise(true);
    m_toggle->setStyleSheet(QStringLiteral("QToolButton { color: #a31d1d; font-weight: bold; }"));
    layout->addWidget(m_toggle);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("overdueActionsView"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    layout->addWidget(m_table);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    connect(m_toggle, &QToolButton::toggled, this, [this](bool on) {
        m_table->setVisible(on);
        m_toggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
    });
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (index.isValid())
            emit caseOpened(index.data(OpenActionModel::CaseIdRole).toLongLong());
    });
    hide();
}

void OverdueActionsPanel::refresh()
{
    if (!core::PermissionPolicy::allows(m_user, core::Action::ReadCases)) {
        hide();
        return;
    }
    auto actions = m_ws.meetings().openActions(m_user);
    if (!actions.ok()) {
        hide();
        return;
    }
    QList<services::OpenAction> overdue;
    for (const auto& a : *actions)
        if (a.overdue)
            overdue << a;
    m_model->setActions(overdue);
    m_toggle->setText(tr("Overdue actions from board verdicts: %1").arg(overdue.size()));
    const int rows = std::min(int(overdue.size()), 5);
    m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height() +
                            rows * m_table->verticalHeader()->defaultSectionSize() + 2 * m_table->frameWidth());
    setVisible(!overdue.isEmpty());
}

} // namespace cb::gui
