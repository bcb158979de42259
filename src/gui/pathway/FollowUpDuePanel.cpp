#include "gui/pathway/FollowUpDuePanel.h"

#include "core/PermissionPolicy.h"
#include "gui/models/FollowUpDueModel.h"
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
    m_model = new FollowUpDueModel(this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_toggle = new QToolButton(this);
    m_toggle->setObjectName(QStringLiteral("followUpDueToggle"));
    m_toggle->setCheckable(true);
    m_toggle->setChecked(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setArrowType(Qt::DownArrow);
    m_toggle->setAutoRaise(true);
    layout->addWidget(m_toggle);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("followUpDueView"));
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Follow-up visits due"));
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
            emit caseOpened(index.data(FollowUpDueModel::CaseIdRole).toLongLong());
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
    m_toggle->setText(tr("Follow-up visits due: %1 (%2 overdue)").arg(m_model->rowCount()).arg(m_model->overdueCount()));
    // as tall as its rows, up to five
    const int rows = std::min(m_model->rowCount(), 5);
    m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height() +
                            rows * m_table->verticalHeader()->defaultSectionSize() + 2 * m_table->frameWidth());
    setVisible(m_model->rowCount() > 0);
}

} // namespace cb::gui
