#include "gui/case/CaseAuditPanel.h"

#include "presentation/AuditTrailModel.h"
#include "presentation/ClinicalLabels.h"
#include "services/CaseService.h"
#include "services/Workspace.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace cb::gui {

CaseAuditPanel::CaseAuditPanel(services::Workspace& ws, const core::UserIdentity& user, QWidget* parent)
    : QWidget(parent), m_ws(ws), m_user(user)
{
    setObjectName(QStringLiteral("caseAuditPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* bar = new QHBoxLayout;
    auto* kindLabel = new QLabel(tr("&Show:"), this);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("auditKindCombo"));
    for (const auto& k : core::auditKinds())
        m_kind->addItem(core::label(k.value), QString::fromLatin1(k.id));
    m_kind->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_kind->setToolTip(tr("Which entries to show: everything about the case, or one kind of act"));
    kindLabel->setBuddy(m_kind);
    auto* filterLabel = new QLabel(tr("&Filter:"), this);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("auditFilterEdit"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setPlaceholderText(tr("Action, user or reason"));
    m_filter->setToolTip(tr("Shows the entries whose action, user name or reason holds this text"));
    m_filter->setMaxLength(200);
    filterLabel->setBuddy(m_filter);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("auditCountLabel"));
    m_older = new QPushButton(tr("&Older entries"), this);
    m_older->setObjectName(QStringLiteral("auditOlderButton"));
    m_older->setAutoDefault(false);
    m_older->setToolTip(tr("Show the next %n older entries", nullptr, core::AuditQuery::kPageSize));
    m_older->setEnabled(false);
    bar->addWidget(kindLabel);
    bar->addWidget(m_kind);
    bar->addSpacing(12);
    bar->addWidget(filterLabel);
    bar->addWidget(m_filter, 1);
    bar->addSpacing(12);
    bar->addWidget(m_count);
    bar->addWidget(m_older);
    layout->addLayout(bar);

    m_model = new presentation::AuditTrailModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("auditTrailView"));
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setShowGrid(false);
    m_view->setCornerButtonEnabled(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 12);
    QHeaderView* header = m_view->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setStretchLastSection(true);
    for (int c = 0; c < presentation::AuditTrailModel::ColumnCount - 1; ++c)
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_view->setAccessibleName(tr("Audit trail"));
    layout->addWidget(m_view, 1);

    m_typing = new QTimer(this);
    m_typing->setSingleShot(true);
    m_typing->setInterval(300);
    connect(m_typing, &QTimer::timeout, this, &CaseAuditPanel::reload);
    connect(m_filter, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_filter, &QLineEdit::returnPressed, this, &CaseAuditPanel::reload);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &CaseAuditPanel::reload);
    connect(m_older, &QPushButton::clicked, this, &CaseAuditPanel::loadOlder);
}

void CaseAuditPanel::setCase(qint64 caseId)
{
    if (caseId != m_caseId) {
        const QSignalBlocker kind(m_kind);
        const QSignalBlocker filter(m_filter);
        m_kind->setCurrentIndex(0);
        m_filter->clear();
    }
    m_caseId = caseId;
    reload();
}

void CaseAuditPanel::reload()
{
    m_typing->stop();
    load(0);
}

void CaseAuditPanel::clear()
{
    m_typing->stop();
    m_caseId = 0;
    m_total = 0;
    m_hasOlder = false;
    {
        const QSignalBlocker kind(m_kind);
        const QSignalBlocker filter(m_filter);
        m_kind->setCurrentIndex(0);
        m_filter->clear();
    }
    m_model->setEntries({});
    m_count->clear();
    m_older->setEnabled(false);
}

core::AuditQuery CaseAuditPanel::query() const
{
    core::AuditQuery q;
    if (auto kind = core::fromId(core::auditKinds(), m_kind->currentData().toString()))
        q.kind = *kind;
    q.text = m_filter->text().trimmed();
    if (!q.text.isEmpty())
        q.actions = presentation::ClinicalLabels::auditActionsMatching(q.text);
    return q;
}

void CaseAuditPanel::loadOlder()
{
    if (m_model->rowCount() > 0)
        load(m_model->entry(m_model->rowCount() - 1).seq);
}

void CaseAuditPanel::load(qint64 beforeSeq)
{
    if (m_caseId <= 0)
        return;
    core::AuditQuery q = query();
    q.beforeSeq = beforeSeq;
    auto page = m_ws.cases().auditTrail(m_user, m_caseId, q);
    if (!page.ok()) {
        if (beforeSeq == 0)
            m_model->setEntries({});
        m_hasOlder = false;
        m_older->setEnabled(false);
        m_count->setText(tr("The audit trail cannot be read."));
        m_count->setToolTip(page.error().message);
        m_view->setToolTip(page.error().message);
        return;
    }
    m_view->setToolTip({});
    m_count->setToolTip({});
    if (beforeSeq == 0) {
        m_model->setEntries(std::move(page->entries));
        m_view->scrollToTop();
    } else {
        m_model->appendEntries(std::move(page->entries));
    }
    m_total = page->total;
    m_hasOlder = page->hasOlder;
    m_older->setEnabled(m_hasOlder);
    showCount();
}

void CaseAuditPanel::showCount()
{
    const int shown = m_model->rowCount();
    const bool filtered = m_kind->currentIndex() > 0 || !m_filter->text().trimmed().isEmpty();
    const QLocale locale;
    if (m_total == 0)
        m_count->setText(filtered ? tr("No entry matches the filter") : tr("No entries"));
    else if (m_total == 1)
        m_count->setText(tr("1 entry"));
    else if (shown >= m_total)
        m_count->setText(tr("%1 entries").arg(locale.toString(m_total)));
    else
        m_count->setText(tr("Newest %1 of %2 entries").arg(locale.toString(shown), locale.toString(m_total)));
}

} // namespace cb::gui
