#include "gui/pathway/MonitoringPanel.h"

#include "core/PermissionPolicy.h"
#include "gui/models/AssessmentModel.h"
#include "gui/models/MonitoringDayModel.h"
#include "gui/pathway/MonitoringChart.h"
#include "gui/pathway/MonitoringEntryForm.h"
#include "services/Workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
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
    m_sheet = new AssessmentModel(this);
    m_days = new MonitoringDayModel(this);
    auto* layout = new QHBoxLayout(this);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("monitoringSplitter"));

    m_entry = new MonitoringEntryForm(this);
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
    m_sheetView = table(vsplit, QStringLiteral("monitoringSheet"), m_sheet);
    m_sheetView->setAccessibleName(tr("Monitoring sheet"));
    vsplit->addWidget(m_sheetView);
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
    m_sheet->setAssessments({});
    m_days->setSummary({});
    m_chart->setAssessments({}, {});
    m_overall->clear();
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
    m_chart->setAssessments(view->assessments, view->infusionDate);
    m_entry->setContext(*view, m_ws.clock().nowUtc());
    if (m_sheet->rowCount() > 0)
        m_sheetView->scrollToBottom();
    const auto& s = view->summary;
    if (!view->infusionDate.isValid())
        m_overall->setText(tr("Monitoring starts at the infusion (day 0), which is not recorded yet."));
    else if (view->assessments.isEmpty())
        m_overall->setText(tr("Day 0 was %1. No assessment recorded yet.").arg(view->infusionDate.toString(Qt::ISODate)));
    else
        m_overall->setText(tr("Overall: worst CRS grade %1%2, worst ICANS grade %3%4; tocilizumab doses: %5%6%7.")
                               .arg(s.worstCrs)
                               .arg(s.worstCrsDay >= 0 ? tr(" (day %1)").arg(s.worstCrsDay) : QString())
                               .arg(s.worstIcans)
                               .arg(s.worstIcansDay >= 0 ? tr(" (day %1)").arg(s.worstIcansDay) : QString())
                               .arg(s.tocilizumabDoses)
                               .arg(s.steroids ? tr("; steroids given") : QString())
                               .arg(s.icuTransfer ? tr("; ICU transfer") : QString()));
    const bool permitted = core::PermissionPolicy::allows(m_user, core::Action::RecordMonitoring);
    const bool open = view->infusionDate.isValid() && view->state != core::CaseState::Closed;
    m_entry->setRecordEnabled(permitted && open,
                              !permitted ? tr("Only a coordinator or a clinician can record assessments.")
                              : !open    ? tr("Monitoring starts at the infusion (day 0).")
                                         : QString());
}

void MonitoringPanel::record(const QJsonObject& entry)
{
    auto a = m_ws.monitoring().recordAssessment(m_user, m_record.id, entry);
    if (!a.ok()) {
        m_entry->showRefusal(a.error().message);
        return;
    }
    m_entry->reset(m_ws.clock().nowUtc());
    reload();
}

} // namespace cb::gui
