#include "gui/worklist/OverdueActionsPanel.h"

#include "core/PermissionPolicy.h"
#include "gui/worklist/WorklistStrip.h"
#include "presentation/BoardActionModel.h"
#include "services/MeetingService.h"
#include "services/Workspace.h"

#include <QHeaderView>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace cb::gui {

OverdueActionsPanel::OverdueActionsPanel(services::Workspace& ws, const core::UserIdentity& user,
                                         QWidget* parent)
    : QWidget(parent), m_ws(ws), m_user(user)
{
    setObjectName(QStringLiteral("overdueActionsPanel"));
    m_model = new presentation::BoardActionModel(this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_toggle = strip::makeToggle(this, QStringLiteral("overdueActionsToggle"));
    m_toggle->setStyleSheet(QStringLiteral("QToolButton { color: #a31d1d; font-weight: bold; }"));
    layout->addWidget(m_toggle);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("overdueActionsView"));
    m_table->setModel(m_model);
    m_table->setColumnHidden(presentation::BoardActionModel::StatusColumn, true); // all open here
    strip::setUpTable(m_table, m_toggle);
    layout->addWidget(m_table);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (index.isValid())
            emit caseOpened(index.data(presentation::BoardActionModel::CaseIdRole).toLongLong());
    });
    hide();
}

void OverdueActionsPanel::refresh()
{
    if (!core::PermissionPolicy::allows(m_user, core::Action::ReadCases)) {
        hide();
        return;
    }
    auto actions = m_ws.meetings().actions(m_user, services::ActionScope::Open);
    if (!actions.ok()) {
        hide();
        return;
    }
    QList<services::BoardAction> overdue;
    for (const auto& a : *actions)
        if (a.overdue)
            overdue << a;
    m_model->setActions(overdue);
    m_toggle->setText(tr("Overdue actions from board verdicts: %1").arg(overdue.size()));
    strip::fitHeight(m_table, int(overdue.size()));
    setVisible(!overdue.isEmpty());
}

} // namespace cb::gui
