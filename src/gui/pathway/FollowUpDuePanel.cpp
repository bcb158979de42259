#include "gui/pathway/FollowUpDuePanel.h"

#include "core/PermissionPolicy.h"
#include "gui/worklist/WorklistStrip.h"
#include "presentation/FollowUpDueModel.h"
#include "services/FollowUpService.h"
#include "services/Workspace.h"

#include <QHeaderView>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace cb::gui {

FollowUpDuePanel::FollowUpDuePanel(services::Workspace& ws, const core::UserIdentity& user, QWidget* parent)
    : QWidget(parent), m_ws(ws), m_user(user)
{
    setObjectName(QStringLiteral("followUpDuePanel"));
    m_model = new presentation::FollowUpDueModel(this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_toggle = strip::makeToggle(this, QStringLiteral("followUpDueToggle"));
    layout->addWidget(m_toggle);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("followUpDueView"));
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Follow-up visits due"));
    strip::setUpTable(m_table, m_toggle);
    layout->addWidget(m_table);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (index.isValid())
            emit caseOpened(index.data(presentation::FollowUpDueModel::CaseIdRole).toLongLong());
    });
    hide();
}

void FollowUpDuePanel::refresh()
{
    if (!core::PermissionPolicy::allows(m_user, core::Action::ReadCases)) {
        hide();
        return;
    }
    auto& fu = m_ws.followUps();
    auto entries = fu.listFollowUps(m_user, true);
    if (!entries.ok()) {
        hide();
        return;
    }
    m_model->setEntries(*entries, fu.schedule(), m_ws.clock().todayUtc());
    m_toggle->setText(
        tr("Follow-up visits due: %1 (%2 overdue)").arg(m_model->rowCount()).arg(m_model->overdueCount()));
    strip::fitHeight(m_table, m_model->rowCount());
    setVisible(m_model->rowCount() > 0);
}

} // namespace cb::gui
