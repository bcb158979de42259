#include "gui/meetings/ActionsPage.h"

#include "core/PermissionPolicy.h"
#include "gui/widgets/MessageBox.h"
#include "presentation/BoardActionModel.h"
#include "services/DecisionService.h"
#include "services/MeetingService.h"
#include "services/Workspace.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace cb::gui {

ActionsPage::ActionsPage(services::Workspace& ws, const core::UserIdentity& user, QWidget* parent)
    : QWidget(parent), m_ws(ws), m_user(user)
{
    setObjectName(QStringLiteral("actionsPage"));
    m_model = new presentation::BoardActionModel(this);
    auto* layout = new QVBoxLayout(this);

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("<b>Actions from board verdicts</b>"), this));
    top->addStretch(1);
    auto* show = new QLabel(tr("&Show:"), this);
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("actionsScopeCombo"));
    m_scope->addItem(tr("Open actions"), false);
    m_scope->addItem(tr("All actions, done and cancelled too"), true);
    show->setBuddy(m_scope);
    top->addWidget(show);
    top->addWidget(m_scope);
    layout->addLayout(top);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("actionsSummary"));
    layout->addWidget(m_summary);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("actionsTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(presentation::BoardActionModel::ActionColumn,
                                                      QHeaderView::Stretch);
    layout->addWidget(m_table, 1);

    auto* buttons = new QHBoxLayout;
    auto makeButton = [this](const QString& text, const QString& name) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(name);
        return b;
    };
    m_done = makeButton(tr("Mark done"), QStringLiteral("actionDoneButton"));
    m_cancel = makeButton(tr("Cancel action"), QStringLiteral("actionCancelButton"));
    m_reopen = makeButton(tr("Reopen"), QStringLiteral("actionReopenButton"));
    m_openCase = makeButton(tr("Open case"), QStringLiteral("actionOpenCaseButton"));
    buttons->addWidget(m_done);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_reopen);
    buttons->addStretch(1);
    buttons->addWidget(m_openCase);
    layout->addLayout(buttons);

    connect(m_scope, &QComboBox::currentIndexChanged, this, &ActionsPage::refresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ActionsPage::updateButtons);
    connect(m_done, &QPushButton::clicked, this, [this] { setSelectedStatus(QStringLiteral("done")); });
    connect(m_cancel, &QPushButton::clicked, this,
            [this] { setSelectedStatus(QStringLiteral("cancelled")); });
    connect(m_reopen, &QPushButton::clicked, this, [this] { setSelectedStatus(QStringLiteral("open")); });
    auto openCase = [this] {
        const auto rows = m_table->selectionModel()->selectedRows();
        if (const auto* a = rows.isEmpty() ? nullptr : m_model->actionAt(rows.first().row()))
            emit openCaseRequested(a->caseId);
    };
    connect(m_openCase, &QPushButton::clicked, this, openCase);
    connect(m_table, &QTableView::doubleClicked, this, openCase);
    updateButtons();
}

void ActionsPage::setShowAll(bool all)
{
    if (m_scope->currentIndex() == (all ? 1 : 0))
        refresh();
    else
        m_scope->setCurrentIndex(all ? 1 : 0); // refreshes
}

void ActionsPage::refresh()
{
    const auto rows = m_table->selectionModel()->selectedRows();
    const auto* selected = rows.isEmpty() ? nullptr : m_model->actionAt(rows.first().row());
    const qint64 keep = selected ? selected->action.id : 0;
    const bool all = m_scope->currentData().toBool();
    auto actions =
        m_ws.meetings().actions(m_user, all ? services::ActionScope::All : services::ActionScope::Open);
    if (!actions.ok()) {
        m_model->setActions({});
        m_summary->setText(actions.error().message);
        updateButtons();
        return;
    }
    m_model->setActions(*actions);
    const int open = int(std::count_if(actions->begin(), actions->end(), [](const auto& a) {
        return a.action.status == QLatin1String("open");
    }));
    QString text = tr("%n open action(s)", nullptr, open);
    if (const int overdue = m_model->overdueCount())
        text += QStringLiteral(", <b style='color:#a31d1d'>%1</b>").arg(tr("%n overdue", nullptr, overdue));
    if (actions->isEmpty())
        text = all ? tr("The board has set no action with its verdicts yet.")
                   : tr("No open action: every action from the board's verdicts is done or cancelled.");
    m_summary->setText(text);
    if (keep)
        selectAction(keep);
    updateButtons();
}

bool ActionsPage::selectAction(qint64 actionId)
{
    const int row = m_model->rowOf(actionId);
    if (row < 0)
        return false;
    m_table->selectRow(row);
    return true;
}

bool ActionsPage::setSelectedStatus(const QString& status)
{
    const auto rows = m_table->selectionModel()->selectedRows();
    const auto* a = rows.isEmpty() ? nullptr : m_model->actionAt(rows.first().row());
    if (!a)
        return false;
    const qint64 id = a->action.id;
    const Status st = m_ws.decisions().setActionStatus(m_user, a->caseId, id, a->action.rowVersion, status);
    if (!st.ok())
        MessageBox::warning(this, tr("Action not changed"), st.error().message);
    refresh(); // a conflict shows the other user's change
    selectAction(id);
    return st.ok();
}

void ActionsPage::updateButtons()
{
    const auto rows = m_table->selectionModel()->selectedRows();
    const auto* a = rows.isEmpty() ? nullptr : m_model->actionAt(rows.first().row());
    const bool may = core::PermissionPolicy::allowsFollowThrough(m_user);
    const QString why = !may ? tr("Only the board chair or the coordinator changes actions.")
                        : !a ? tr("Select an action first.")
                             : QString();
    const bool open = a && a->action.status == QLatin1String("open");
    m_done->setEnabled(why.isEmpty() && open);
    m_cancel->setEnabled(why.isEmpty() && open);
    m_reopen->setEnabled(why.isEmpty() && a && !open);
    for (auto* b : {m_done, m_cancel, m_reopen})
        b->setToolTip(why);
    m_openCase->setEnabled(a != nullptr);
}

} // namespace cb::gui
