#include "gui/worklist/WorklistPage.h"

#include "core/PermissionPolicy.h"
#include "gui/pathway/FollowUpDuePanel.h"
#include "gui/widgets/StateChipDelegate.h"
#include "gui/worklist/OverdueActionsPanel.h"
#include "presentation/WorklistModel.h"
#include "services/CaseService.h"
#include "services/Workspace.h"
#include "ui_WorklistPage.h"

#include <QAction>
#include <QHeaderView>
#include <QLocale>

namespace cb::gui {

WorklistPage::WorklistPage(services::Workspace& ws, const core::UserIdentity& user, QWidget* parent)
    : QWidget(parent), m_ws(ws), m_user(user), m_ui(std::make_unique<Ui::WorklistPage>())
{
    m_ui->setupUi(this);
    m_followUpsDue = new FollowUpDuePanel(m_ws, m_user, this);
    m_ui->mainLayout->insertWidget(m_ui->mainLayout->indexOf(m_ui->worklistView), m_followUpsDue);
    connect(m_followUpsDue, &FollowUpDuePanel::caseOpened, this, &WorklistPage::caseOpened);
    m_overdueActions = new OverdueActionsPanel(m_ws, m_user, this);
    m_ui->mainLayout->insertWidget(m_ui->mainLayout->indexOf(m_followUpsDue), m_overdueActions);
    connect(m_overdueActions, &OverdueActionsPanel::caseOpened, this, &WorklistPage::caseOpened);
    m_model = new presentation::WorklistModel(ws.cases(), ws.clock(), this);
    m_model->setDeferredFetching(true);
    m_mayRead = core::PermissionPolicy::allows(user, core::Action::ReadCases);
    fillFilters();
    setUpTable();
    m_ui->noticeLabel->hide();

    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(250);
    connect(&m_searchTimer, &QTimer::timeout, this, &WorklistPage::applyFilters);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, [this] { m_searchTimer.start(); });
    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this, [this] {
        m_searchTimer.stop();
        applyFilters();
        m_ui->worklistView->setFocus();
        // the one case found is the one wanted: Enter opens it
        if (m_opened && !m_ui->searchEdit->text().trimmed().isEmpty() && m_model->totalCount() == 1)
            openIndex(m_model->index(0, presentation::WorklistModel::CaseIdColumn));
    });
    connect(m_ui->stateFilter, &QComboBox::currentIndexChanged, this, &WorklistPage::applyFilters);
    connect(m_ui->indicationFilter, &QComboBox::currentIndexChanged, this, &WorklistPage::applyFilters);
    connect(m_model, &QAbstractItemModel::modelReset, this, &WorklistPage::updateCount);
    connect(m_model, &presentation::WorklistModel::errorOccurred, this, &WorklistPage::showNotice);

    auto* find = new QAction(tr("Find"), this);
    find->setObjectName(QStringLiteral("actionFind"));
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, [this] {
        m_ui->searchEdit->setFocus();
        m_ui->searchEdit->selectAll();
    });
    addAction(find);

    if (!m_mayRead)
        showWhyNothingIsListed();
}

WorklistPage::~WorklistPage() = default;

void WorklistPage::showWhyNothingIsListed()
{
    // ask the policy, not the database: an account without a clinical role sees why
    QString why = core::PermissionPolicy::check(m_user, core::Action::ReadCases).error().message;
    if (m_user.hasRole(core::Role::Administrator))
        why += QLatin1Char('\n') +
               tr("Administrators manage users with \"cellboard-cli user add | list | disable | unlock | "
                  "reset-password\". To see cases, log in with a clinical account.");
    showNotice(why);
    m_ui->worklistView->hide();
    for (int i = 0; i < m_ui->filterLayout->count(); ++i)
        if (QWidget* w = m_ui->filterLayout->itemAt(i)->widget())
            w->hide();
    m_ui->mainLayout->addStretch(1);
}

void WorklistPage::fillFilters()
{
    m_ui->stateFilter->addItem(tr("All states"), QString());
    for (const auto& s : core::caseStates())
        m_ui->stateFilter->addItem(core::label(s.value), core::toId(s.value));
    m_ui->indicationFilter->addItem(tr("All indications"), QString());
    for (const auto& i : core::indications())
        m_ui->indicationFilter->addItem(core::label(i.value), core::toId(i.value));
}

void WorklistPage::setUpTable()
{
    QTableView* view = m_ui->worklistView;
    view->setModel(m_model);
    view->setItemDelegateForColumn(presentation::WorklistModel::StateColumn,
                                   new StateChipDelegate(presentation::WorklistModel::StateIdRole, view));
    const QFontMetrics fm(view->font());
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(fm.height() + 14);
    // widths from the font, never from the rows: measuring contents would read 100,000 rows
    QHeaderView* header = view->horizontalHeader();
    header->setMinimumSectionSize(fm.horizontalAdvance(QStringLiteral("0000")) + 16);
    auto width = [&fm](const QString& sample) { return fm.horizontalAdvance(sample) + 36; };
    header->resizeSection(presentation::WorklistModel::CaseIdColumn, width(QStringLiteral("Case 00")));
    header->resizeSection(presentation::WorklistModel::PatientColumn,
                          width(QStringLiteral("Lindqvist-Haddad, Maria Josefina")));
    header->resizeSection(presentation::WorklistModel::MrnColumn, width(QStringLiteral("SH-2026-000000 ")));
    header->resizeSection(presentation::WorklistModel::IndicationColumn,
                          width(QStringLiteral("B-cell acute lymphoblastic leukemia")));
    header->resizeSection(presentation::WorklistModel::StateColumn,
                          width(QStringLiteral("Ready for board")) + 24);
    header->resizeSection(presentation::WorklistModel::ReferralDateColumn,
                          width(QStringLiteral("Referral date")) + 12);
    header->resizeSection(presentation::WorklistModel::DaysColumn,
                          width(QStringLiteral("Days since referral")) + 12);
    header->setSectionResizeMode(presentation::WorklistModel::PatientColumn, QHeaderView::Stretch);
    header->setSortIndicator(presentation::WorklistModel::ReferralDateColumn, Qt::DescendingOrder);
    m_sortSection = presentation::WorklistModel::ReferralDateColumn;
    m_sortOrder = Qt::DescendingOrder;
    view->setSortingEnabled(true);
    connect(header, &QHeaderView::sortIndicatorChanged, this,
            &WorklistPage::keepSortIndicatorOnSortableColumn);
    connect(view, &QAbstractItemView::activated, this, &WorklistPage::openIndex);
    view->setAccessibleName(tr("Worklist"));
}

void WorklistPage::keepSortIndicatorOnSortableColumn(int section, Qt::SortOrder order)
{
    if (presentation::WorklistModel::isSortable(section)) {
        m_sortSection = section;
        m_sortOrder = order;
        return;
    }
    // the MRN column is not sortable: put the indicator back where the rows are sorted
    m_ui->worklistView->horizontalHeader()->setSortIndicator(m_sortSection, m_sortOrder);
}

void WorklistPage::activate()
{
    if (!m_mayRead)
        return;
    if (!m_opened) {
        m_opened = true;
        if (const Status st = m_ws.cases().recordWorklistOpened(m_user); !st.ok()) {
            showNotice(st.error().message);
            return;
        }
        m_model->setActor(m_user);
    }
    m_followUpsDue->refresh();
    m_overdueActions->refresh();
    selectFirstRowIfNone();
    m_ui->worklistView->setFocus();
}

void WorklistPage::refresh()
{
    if (!m_opened)
        return;
    const int row = m_ui->worklistView->currentIndex().row();
    m_model->refresh();
    m_followUpsDue->refresh();
    m_overdueActions->refresh();
    if (row >= 0 && row < m_model->rowCount())
        m_ui->worklistView->setCurrentIndex(m_model->index(row, 0));
    selectFirstRowIfNone();
}

core::WorklistQuery WorklistPage::queryFromFilters() const
{
    core::WorklistQuery q = m_model->query();
    q.state = core::fromId(core::caseStates(), m_ui->stateFilter->currentData().toString());
    q.indication = core::fromId(core::indications(), m_ui->indicationFilter->currentData().toString());
    q.search = m_ui->searchEdit->text().trimmed();
    return q;
}

void WorklistPage::applyFilters()
{
    m_searchTimer.stop();
    if (!m_opened)
        return;
    m_model->setQuery(queryFromFilters());
    selectFirstRowIfNone();
}

void WorklistPage::selectFirstRowIfNone()
{
    QTableView* view = m_ui->worklistView;
    if (!view->currentIndex().isValid() && m_model->rowCount() > 0)
        view->setCurrentIndex(m_model->index(0, presentation::WorklistModel::CaseIdColumn));
}

void WorklistPage::openIndex(const QModelIndex& index)
{
    if (!index.isValid())
        return;
    const qint64 id = m_model->caseIdAt(index.row());
    if (id > 0)
        emit caseOpened(id);
}

void WorklistPage::updateCount()
{
    const qint64 n = m_model->totalCount();
    m_ui->caseCountLabel->setText(n == 1 ? tr("1 case") : tr("%1 cases").arg(QLocale().toString(n)));
    if (!m_model->lastError().isEmpty())
        showNotice(m_model->lastError());
    else if (n == 0 && m_opened && !m_model->databaseHasCases())
        showNotice(core::PermissionPolicy::allows(m_user, core::Action::EditCaseData)
                       ? tr("There are no cases yet. Register the first referral with File → New "
                            "referral… (Ctrl+N).")
                       : tr("There are no cases yet. A coordinator or the board chair registers "
                            "referrals with File → New referral… (Ctrl+N)."));
    else if (n == 0 && m_opened)
        showNotice(tr("No case matches these filters. Clear the search or choose \"All\" to see more."));
    else
        showNotice({});
}

void WorklistPage::showNotice(const QString& message)
{
    m_ui->noticeLabel->setText(message);
    m_ui->noticeLabel->setVisible(!message.isEmpty());
}

} // namespace cb::gui
