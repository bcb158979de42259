#include "gui/pathway/MonitoringPanel.h"

#include "core/Lifecycle.h"
#include "core/PermissionPolicy.h"
#include "gui/pathway/MonitoringChart.h"
#include "gui/pathway/MonitoringEntryForm.h"
#include "gui/pathway/VoidReasonDialog.h"
#include "gui/widgets/MessageBox.h"
#include "gui/widgets/ScreenFit.h"
#include "presentation/AssessmentModel.h"
#include "presentation/MonitoringDayModel.h"
#include "services/SettingsService.h"
#include "services/Workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace cb::gui {

namespace {

QTableView* table(QWidget* parent, const QString& name, QAbstractItemModel* model)
{
    auto* view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

} // namespace

MonitoringPanel::MonitoringPanel(services::Workspace& ws, const core::UserIdentity& user, QWidget* parent)
    : QWidget(parent), m_ws(ws), m_user(user)
{
    setObjectName(QStringLiteral("monitoringPanel"));
    m_sheet = new presentation::AssessmentModel(this);
    m_days = new presentation::MonitoringDayModel(this);
    auto* layout = new QHBoxLayout(scrollingBody(this));
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("monitoringSplitter"));

    m_entry = new MonitoringEntryForm(this);
    m_entry->setClock([this] { return m_ws.clock().nowUtc(); });
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("monitoringEntryScroll"));
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_entry);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(m_entry->sizeHint().width() + scroll->verticalScrollBar()->sizeHint().width() +
                            2 * scroll->frameWidth() + 4);
    split->addWidget(scroll);
    connect(m_entry, &MonitoringEntryForm::recordRequested, this, &MonitoringPanel::record);

    auto* right = new QWidget(this);
    auto* rl = new QVBoxLayout(right);
    rl->setContentsMargins(0, 0, 0, 0);
    m_overall = new QLabel(right);
    m_overall->setObjectName(QStringLiteral("monitoringOverall"));
    m_overall->setWordWrap(true);
    m_overall->setStyleSheet(QStringLiteral("QLabel { font-weight: 600; }"));
    rl->addWidget(m_overall);
    auto* vsplit = new QSplitter(Qt::Vertical, right);
    m_chart = new MonitoringChart(vsplit);
    vsplit->addWidget(m_chart);
    auto* sheetPane = new QWidget(vsplit);
    auto* sl = new QVBoxLayout(sheetPane);
    sl->setContentsMargins(0, 0, 0, 0);
    m_sheetView = table(sheetPane, QStringLiteral("monitoringSheet"), m_sheet);
    m_sheetView->setAccessibleName(tr("Monitoring sheet"));
    m_sheetView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_sheetView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_sheetView, &QWidget::customContextMenuRequested, this, &MonitoringPanel::showContextMenu);
    connect(m_sheetView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MonitoringPanel::updateActions);
    sl->addWidget(m_sheetView, 1);
    auto* sheetBar = new QHBoxLayout;
    sheetBar->addStretch(1);
    m_correctButton = new QPushButton(tr("Correct…"), sheetPane);
    m_correctButton->setObjectName(QStringLiteral("correctAssessmentButton"));
    m_correctButton->setToolTip(
        tr("Load the selected assessment into the form to record a corrected version; the "
           "original stays on the sheet, marked as corrected."));
    connect(m_correctButton, &QPushButton::clicked, this, &MonitoringPanel::correctSelectedAssessment);
    sheetBar->addWidget(m_correctButton);
    m_voidButton = new QPushButton(tr("Void…"), sheetPane);
    m_voidButton->setObjectName(QStringLiteral("voidAssessmentButton"));
    m_voidButton->setToolTip(
        tr("Void the selected assessment with a reason; it stays on the sheet, struck through, "
           "and no longer counts."));
    connect(m_voidButton, &QPushButton::clicked, this, &MonitoringPanel::voidSelectedAssessment);
    sheetBar->addWidget(m_voidButton);
    sl->addLayout(sheetBar);
    vsplit->addWidget(sheetPane);
    m_daysView = table(vsplit, QStringLiteral("monitoringDays"), m_days);
    m_daysView->setAccessibleName(tr("Worst grade per day"));
    vsplit->addWidget(m_daysView);
    vsplit->setStretchFactor(0, 3);
    vsplit->setStretchFactor(1, 3);
    vsplit->setStretchFactor(2, 2);
    rl->addWidget(vsplit, 1);
    split->addWidget(right);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    layout->addWidget(split);
    updateActions();
}

bool MonitoringPanel::mayRecord() const
{
    return m_open && core::PermissionPolicy::allows(m_user, core::Action::RecordMonitoring);
}

const core::Assessment* MonitoringPanel::selectedAssessment() const
{
    const QModelIndexList rows = m_sheetView->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_sheet->assessmentAt(rows.first().row());
}

void MonitoringPanel::updateActions()
{
    const core::Assessment* a = selectedAssessment();
    const bool enabled = mayRecord() && a && a->isCurrent();
    m_correctButton->setEnabled(enabled);
    m_voidButton->setEnabled(enabled);
}

void MonitoringPanel::showContextMenu(const QPoint& pos)
{
    const QModelIndex index = m_sheetView->indexAt(pos);
    if (!index.isValid())
        return;
    m_sheetView->selectRow(index.row());
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("assessmentMenu"));
    QAction* correct = menu.addAction(tr("Correct…"), this, &MonitoringPanel::correctSelectedAssessment);
    QAction* voidIt = menu.addAction(tr("Void…"), this, &MonitoringPanel::voidSelectedAssessment);
    correct->setEnabled(m_correctButton->isEnabled());
    voidIt->setEnabled(m_voidButton->isEnabled());
    menu.exec(m_sheetView->viewport()->mapToGlobal(pos));
}

void MonitoringPanel::correctSelectedAssessment()
{
    const core::Assessment* a = selectedAssessment();
    if (!a || !a->isCurrent() || !mayRecord())
        return;
    m_entry->startCorrection(*a);
}

void MonitoringPanel::voidSelectedAssessment()
{
    const core::Assessment* selected = selectedAssessment();
    if (!selected || !selected->isCurrent() || !mayRecord())
        return;
    const core::Assessment a = *selected;
    const auto reason = VoidReasonDialog::ask(
        this, tr("the assessment of %1 (day %2)")
                  .arg(QLocale().toString(a.assessedAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm")))
                  .arg(a.day));
    if (!reason)
        return;
    auto r = m_ws.monitoring().voidAssessment(m_user, m_record.id, a.id, *reason, a.rowVersion);
    if (!r.ok())
        MessageBox::warning(this, tr("Assessment not voided"), r.error().message);
    if (m_entry->correcting() == a.id)
        m_entry->cancelCorrection();
    reload();
}

void MonitoringPanel::setCase(const core::CaseRecord& record)
{
    m_record = record;
    m_entry->reset(m_ws.clock().nowUtc());
    reload();
}

void MonitoringPanel::clear()
{
    m_record = {};
    m_entry->reset(m_ws.clock().nowUtc()); // no finding of the case stays in the form
    m_sheet->setAssessments({});
    m_days->setSummary({});
    m_chart->setAssessments({}, {});
    m_overall->clear();
    m_open = false;
    updateActions();
}

void MonitoringPanel::reload()
{
    auto view = m_ws.monitoring().monitoring(m_user, m_record.id);
    if (!view.ok()) {
        m_overall->setText(view.error().message);
        return;
    }
    m_sheet->setAssessments(view->assessments);
    m_days->setSummary(view->summary);
    m_chart->setAssessments(view->current(), view->infusionDate); // voided and corrected ones are not plotted
    m_entry->setConventions(m_ws.settings().gradingOptions());
    m_entry->setContext(*view, m_ws.clock().nowUtc());
    if (m_sheet->rowCount() > 0)
        m_sheetView->scrollToBottom();
    const auto& s = view->summary;
    if (!view->infusionDate.isValid())
        m_overall->setText(tr("Monitoring starts at the infusion (day 0), which is not recorded yet."));
    else if (view->current().isEmpty())
        m_overall->setText(
            tr("Day 0 was %1. No assessment recorded yet.").arg(view->infusionDate.toString(Qt::ISODate)));
    else
        m_overall->setText(
            tr("Overall: worst CRS grade %1%2, worst ICANS grade %3%4; tocilizumab doses: %5%6%7.")
                .arg(s.worstCrs)
                .arg(s.worstCrsDay >= 0 ? tr(" (day %1)").arg(s.worstCrsDay) : QString())
                .arg(s.worstIcans)
                .arg(s.worstIcansDay >= 0 ? tr(" (day %1)").arg(s.worstIcansDay) : QString())
                .arg(s.tocilizumabDoses)
                .arg(s.steroids ? tr("; steroids given") : QString())
                .arg(s.icuTransfer ? tr("; ICU transfer") : QString()));
    const bool permitted = core::PermissionPolicy::allows(m_user, core::Action::RecordMonitoring);
    const bool open = core::Lifecycle::acceptsMonitoring(view->state, view->infusionDate.isValid());
    m_open = open;
    m_entry->setRecordEnabled(permitted && open,
                              !permitted ? tr("Only a coordinator or a clinician can record assessments.")
                              : !open    ? tr("Monitoring starts at the infusion (day 0).")
                                         : QString());
    updateActions();
}

void MonitoringPanel::record(const QJsonObject& entry)
{
    const qint64 correcting = m_entry->correcting();
    const core::Assessment* original = nullptr;
    for (const core::Assessment& x : m_sheet->assessments())
        if (x.id == correcting)
            original = &x;
    if (correcting != 0 && !original) {
        m_entry->showRefusal(
            Error::invalidState(tr("the assessment being corrected is no longer on the sheet; cancel the "
                                   "correction and select it again.")));
        return;
    }
    auto a = original ? m_ws.monitoring().correctAssessment(m_user, m_record.id, original->id, entry,
                                                            original->rowVersion)
                      : m_ws.monitoring().recordAssessment(m_user, m_record.id, entry);
    if (!a.ok()) {
        m_entry->showRefusal(a.error());
        return;
    }
    m_entry->reset(m_ws.clock().nowUtc());
    reload();
}

} // namespace cb::gui
