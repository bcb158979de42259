#include "gui/pathway/PathwayPanel.h"

#include "core/PermissionPolicy.h"
#include "gui/MessageBox.h"
#include "gui/models/PathwayEventModel.h"
#include "gui/pathway/PathwayStepDialog.h"
#include "services/Workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace cb::gui {

PathwayPanel::PathwayPanel(services::Workspace& ws, const core::UserIdentity& user, QWidget* parent)
    : QWidget(parent), m_ws(ws), m_user(user)
{
    setObjectName(QStringLiteral("pathwayPanel"));
    m_model = new PathwayEventModel(this);
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    m_timing = new QLabel(this);
    m_timing->setObjectName(QStringLiteral("pathwayTiming"));
    m_timing->setWordWrap(true);
    bar->addWidget(m_timing, 1);
    m_recordButton = new QPushButton(tr("Record step…"), this);
    m_recordButton->setObjectName(QStringLiteral("recordStepButton"));
    connect(m_recordButton, &QPushButton::clicked, this, &PathwayPanel::recordStep);
    bar->addWidget(m_recordButton, 0, Qt::AlignTop);
    layout->addLayout(bar);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("pathwayTable"));
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Pathway steps"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    for (int c : {int(PathwayEventModel::StepColumn), int(PathwayEventModel::DateColumn),
                  int(PathwayEventModel::DayColumn), int(PathwayEventModel::RecordedByColumn)})
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(PathwayEventModel::DetailsColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(PathwayEventModel::NotesColumn, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);
}

void PathwayPanel::setCase(const core::CaseRecord& record)
{
    m_record = record;
    reload();
}

void PathwayPanel::clear()
{
    m_record = {};
    m_view = {};
    m_model->setEvents({}, {});
    m_timing->clear();
}

void PathwayPanel::reload()
{
    auto view = m_ws.pathway().pathway(m_user, m_record.id);
    if (!view.ok()) {
        m_timing->setText(view.error().message);
        m_model->setEvents({}, {});
        m_recordButton->setEnabled(false);
        return;
    }
    m_view = *view;
    m_model->setEvents(m_view.events, m_view.infusionDate);
    const core::ProductTiming& t = m_view.timing;
    const QString evidence = t.evidence == QLatin1String("V") ? QString() : tr(" [%1 — to be confirmed locally]").arg(t.evidence);
    QString text = tr("Product timings (%1): lymphodepletion %2 day(s); infusion %3–%4 days after it")
                       .arg(t.name.isEmpty() ? m_view.product : t.name)
                       .arg(t.ldDays)
                       .arg(t.infusionMinDaysAfterLd)
                       .arg(t.infusionMaxDaysAfterLd);
    if (t.repeatLdAfterDays > 0)
        text += tr("; repeat lymphodepletion after %1 days").arg(t.repeatLdAfterDays);
    text += evidence + QLatin1Char('.');
    if (m_view.infusionDate.isValid())
        text += QLatin1Char(' ') + tr("Day 0: %1.").arg(m_view.infusionDate.toString(Qt::ISODate));
    m_timing->setText(text);
    const bool permitted = core::PermissionPolicy::allows(m_user, core::Action::RecordPathway);
    const bool open = m_view.state == core::CaseState::Decided || m_view.state == core::CaseState::Treatment ||
                      m_view.state == core::CaseState::FollowUp;
    m_recordButton->setEnabled(permitted && open);
    m_recordButton->setToolTip(!permitted ? tr("Only a coordinator or a clinician can record pathway steps.")
                         : !open    ? tr("The pathway starts after the board's eligible verdict.")
                                    : QString());
}

core::PathwayEventType PathwayPanel::nextStep() const
{
    int next = 0;
    for (const auto& e : m_view.events)
        next = std::max(next, core::stepOf(e.type) + 1);
    return core::PathwayEventType(std::min(next, core::stepOf(core::PathwayEventType::Discharge)));
}

void PathwayPanel::recordStep()
{
    PathwayStepDialog dialog(m_ws, m_user, m_record.id, m_view.timing, nextStep(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const services::RecordedStep& r = dialog.recorded();
    if (!r.event.notes.isEmpty())
        MessageBox::information(this, tr("Step recorded"), r.event.notes.join(QStringLiteral("\n\n")));
    if (r.stateAfter != r.stateBefore)
        emit caseChanged(m_record.id);
    else
        reload();
}

} // namespace cb::gui
