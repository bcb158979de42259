#include "gui/review/FollowThroughPanel.h"

#include "core/PermissionPolicy.h"
#include "gui/review/FollowThroughDialogs.h"
#include "gui/widgets/MessageBox.h"
#include "presentation/DecisionActionModel.h"
#include "services/DecisionService.h"
#include "services/Workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace cb::gui {

namespace {

QString methodLabel(const QString& id)
{
    if (id == QLatin1String("letter"))
        return FollowThroughPanel::tr("letter");
    if (id == QLatin1String("email"))
        return FollowThroughPanel::tr("secure e-mail");
    if (id == QLatin1String("fax"))
        return FollowThroughPanel::tr("fax");
    if (id == QLatin1String("phone"))
        return FollowThroughPanel::tr("telephone");
    if (id == QLatin1String("in_person"))
        return FollowThroughPanel::tr("in person");
    return id;
}

} // namespace

FollowThroughPanel::FollowThroughPanel(services::Workspace& ws, const core::UserIdentity& user,
                                       QWidget* parent)
    : QWidget(parent), m_ws(ws), m_user(user)
{
    setObjectName(QStringLiteral("followThroughPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    auto* heading = new QLabel(tr("<b>Actions from the verdict</b>"), this);
    layout->addWidget(heading);
    m_model = new presentation::DecisionActionModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("actionsTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(presentation::DecisionActionModel::DescriptionColumn,
                                                      QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(presentation::DecisionActionModel::OwnerColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(presentation::DecisionActionModel::DueColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(presentation::DecisionActionModel::StatusColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->setMinimumHeight(m_table->verticalHeader()->defaultSectionSize() * 4 +
                              m_table->horizontalHeader()->sizeHint().height());
    layout->addWidget(m_table);

    auto* row = new QHBoxLayout;
    m_add = new QPushButton(tr("Add action…"), this);
    m_add->setObjectName(QStringLiteral("addActionButton"));
    m_done = new QPushButton(tr("Mark done"), this);
    m_done->setObjectName(QStringLiteral("markActionDoneButton"));
    m_cancel = new QPushButton(tr("Cancel action"), this);
    m_cancel->setObjectName(QStringLiteral("cancelActionButton"));
    m_reopen = new QPushButton(tr("Reopen"), this);
    m_reopen->setObjectName(QStringLiteral("reopenActionButton"));
    for (auto* b : {m_add, m_done, m_cancel, m_reopen})
        row->addWidget(b);
    row->addStretch(1);
    layout->addLayout(row);

    auto* sentHeading = new QLabel(tr("<b>Outcome to the referring physician</b>"), this);
    layout->addWidget(sentHeading);
    m_sent = new QLabel(this);
    m_sent->setObjectName(QStringLiteral("communicationLabel"));
    m_sent->setWordWrap(true);
    layout->addWidget(m_sent);
    auto* row2 = new QHBoxLayout;
    m_notify = new QPushButton(tr("Record outcome sent…"), this);
    m_notify->setObjectName(QStringLiteral("recordCommunicationButton"));
    row2->addWidget(m_notify);
    row2->addStretch(1);
    layout->addLayout(row2);

    connect(m_add, &QPushButton::clicked, this, &FollowThroughPanel::promptAction);
    connect(m_done, &QPushButton::clicked, this, [this] { setSelectedStatus(QStringLiteral("done")); });
    connect(m_cancel, &QPushButton::clicked, this,
            [this] { setSelectedStatus(QStringLiteral("cancelled")); });
    connect(m_reopen, &QPushButton::clicked, this, [this] { setSelectedStatus(QStringLiteral("open")); });
    connect(m_notify, &QPushButton::clicked, this, &FollowThroughPanel::promptCommunication);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &FollowThroughPanel::updateButtons);
    setVisible(false);
}

void FollowThroughPanel::setDecision(qint64 caseId, const std::optional<core::Decision>& decision)
{
    m_caseId = caseId;
    m_decision = decision;
    setVisible(decision.has_value());
    m_model->setActions(decision ? decision->actions : QList<core::DecisionAction>{},
                        m_ws.clock().nowUtc().toLocalTime().date());
    QStringList sent;
    if (decision) {
        for (const auto& c : decision->communications) {
            const QDateTime local = c.sentAt.toLocalTime();
            sent << tr("Sent by %1 on %2 (%3).")
                        .arg(c.sentBy.toHtmlEscaped(),
                             local.toString(QStringLiteral("yyyy-MM-dd HH:mm ")) +
                                 local.timeZoneAbbreviation(),
                             methodLabel(c.method));
        }
    }
    m_sent->setText(sent.isEmpty() ? tr("Not yet recorded as sent.") : sent.join(QStringLiteral("<br>")));
    updateButtons();
}

void FollowThroughPanel::updateButtons()
{
    const bool allowed = core::PermissionPolicy::allowsFollowThrough(m_user);
    const QString noRight =
        tr("Only the board chair or the coordinator keeps actions and the referrer's letter "
           "up to date.");
    const auto rows = m_table->selectionModel()->selectedRows();
    const core::DecisionAction* selected = rows.isEmpty() ? nullptr : m_model->actionAt(rows.first().row());
    m_add->setEnabled(allowed && m_decision.has_value());
    m_add->setToolTip(allowed ? QString() : noRight);
    for (auto [button, target] :
         {std::pair{m_done, QStringLiteral("done")}, std::pair{m_cancel, QStringLiteral("cancelled")},
          std::pair{m_reopen, QStringLiteral("open")}}) {
        button->setEnabled(allowed && selected && selected->status != target);
        button->setToolTip(!allowed ? noRight : !selected ? tr("Select an action first.") : QString());
    }
    const bool isSigned = m_decision && m_decision->isSigned;
    m_notify->setEnabled(allowed && isSigned);
    m_notify->setToolTip(!allowed    ? noRight
                         : !isSigned ? tr("The outcome is sent once the verdict is signed.")
                                     : QString());
}

bool FollowThroughPanel::addAction(const core::DecisionAction& action)
{
    auto id = m_ws.decisions().addAction(m_user, m_caseId, action);
    if (!id.ok()) {
        MessageBox::warning(this, tr("Action not added"), id.error().message);
        return false;
    }
    emit changed();
    return true;
}

bool FollowThroughPanel::setSelectedStatus(const QString& status)
{
    const auto rows = m_table->selectionModel()->selectedRows();
    const core::DecisionAction* a = rows.isEmpty() ? nullptr : m_model->actionAt(rows.first().row());
    if (!a)
        return false;
    auto st = m_ws.decisions().setActionStatus(m_user, m_caseId, a->id, a->rowVersion, status);
    if (!st.ok()) {
        const bool conflict = st.error().code == ErrorCode::Conflict;
        MessageBox::warning(this, tr("Action not changed"),
                            conflict
                                ? tr("Someone changed this action meanwhile. The list has been reloaded; "
                                     "check it and try again.")
                                : st.error().message);
        if (conflict)
            emit changed();
        return false;
    }
    emit changed();
    return true;
}

bool FollowThroughPanel::recordCommunication(const core::Communication& communication)
{
    auto id = m_ws.decisions().recordCommunication(m_user, m_caseId, communication);
    if (!id.ok()) {
        MessageBox::warning(this, tr("Not recorded"), id.error().message);
        return false;
    }
    emit changed();
    return true;
}

void FollowThroughPanel::promptAction()
{
    ActionDialog dialog(m_ws.clock().nowUtc().toLocalTime().date(), this);
    if (dialog.exec() == QDialog::Accepted)
        addAction(dialog.action());
}

void FollowThroughPanel::promptCommunication()
{
    CommunicationDialog dialog(m_user.printedName, m_ws.clock().nowUtc(), this);
    if (dialog.exec() == QDialog::Accepted)
        recordCommunication(dialog.communication());
}

} // namespace cb::gui
