#include "gui/pathway/PathwayPanel.h"

#include "core/Lifecycle.h"
#include "core/PermissionPolicy.h"
#include "gui/pathway/PathwayStepDialog.h"
#include "gui/pathway/VoidReasonDialog.h"
#include "gui/widgets/MessageBox.h"
#include "presentation/PathwayEventModel.h"
#include "services/Workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace cb::gui {

PathwayPanel::PathwayPanel(services::Workspace& ws, const core::UserIdentity& user, QWidget* parent)
    : QWidget(parent), m_ws(ws), m_user(user)
{
    setObjectName(QStringLiteral("pathwayPanel"));
    m_model = new presentation::PathwayEventModel(this);
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
    m_correctButton = new QPushButton(tr("Correct…"), this);
    m_correctButton->setObjectName(QStringLiteral("correctStepButton"));
    m_correctButton->setToolTip(
        tr("Record a corrected version of the selected step; the original stays, marked "
           "as corrected."));
    connect(m_correctButton, &QPushButton::clicked, this, &PathwayPanel::correctSelectedStep);
    bar->addWidget(m_correctButton, 0, Qt::AlignTop);
    m_voidButton = new QPushButton(tr("Void…"), this);
    m_voidButton->setObjectName(QStringLiteral("voidStepButton"));
    m_voidButton->setToolTip(tr("Void the selected step with a reason; it stays listed, struck through."));
    connect(m_voidButton, &QPushButton::clicked, this, &PathwayPanel::voidSelectedStep);
    bar->addWidget(m_voidButton, 0, Qt::AlignTop);
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
    for (int c :
         {int(presentation::PathwayEventModel::StepColumn), int(presentation::PathwayEventModel::DateColumn),
          int(presentation::PathwayEventModel::DayColumn),
          int(presentation::PathwayEventModel::RecordedByColumn)})
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(presentation::PathwayEventModel::DetailsColumn,
                                                      QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(presentation::PathwayEventModel::NotesColumn,
                                                      QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(presentation::PathwayEventModel::StatusColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, &PathwayPanel::showContextMenu);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PathwayPanel::updateActions);
    layout->addWidget(m_table, 1);
    updateActions();
}

bool PathwayPanel::mayRecord() const
{
    const bool open = core::Lifecycle::acceptsPathwaySteps(m_view.state);
    return m_record.id > 0 && open && core::PermissionPolicy::allows(m_user, core::Action::RecordPathway);
}

const core::PathwayEvent* PathwayPanel::selectedEvent() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->eventAt(rows.first().row());
}

void PathwayPanel::updateActions()
{
    const core::PathwayEvent* e = selectedEvent();
    const bool enabled = mayRecord() && e && e->isCurrent();
    m_correctButton->setEnabled(enabled);
    m_voidButton->setEnabled(enabled);
}

void PathwayPanel::showContextMenu(const QPoint& pos)
{
    const QModelIndex index = m_table->indexAt(pos);
    if (!index.isValid())
        return;
    m_table->selectRow(index.row());
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("pathwayStepMenu"));
    QAction* correct = menu.addAction(tr("Correct…"), this, &PathwayPanel::correctSelectedStep);
    QAction* voidIt = menu.addAction(tr("Void…"), this, &PathwayPanel::voidSelectedStep);
    correct->setEnabled(m_correctButton->isEnabled());
    voidIt->setEnabled(m_voidButton->isEnabled());
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

void PathwayPanel::correctSelectedStep()
{
    const core::PathwayEvent* e = selectedEvent();
    if (!e || !e->isCurrent() || !mayRecord())
        return;
    PathwayStepDialog dialog(m_ws, m_user, m_record.id, m_view.timing, e->type, this);
    dialog.setCorrecting(*e);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const services::RecordedStep& r = dialog.recorded();
    if (r.stateAfter != r.stateBefore)
        emit caseChanged(m_record.id);
    else
        reload();
}

void PathwayPanel::voidSelectedStep()
{
    const core::PathwayEvent* selected = selectedEvent();
    if (!selected || !selected->isCurrent() || !mayRecord())
        return;
    const core::PathwayEvent e = *selected;
    const auto reason =
        VoidReasonDialog::ask(this, tr("%1 of %2").arg(core::label(e.type), e.date.toString(Qt::ISODate)));
    if (!reason)
        return;
    auto r = m_ws.pathway().voidStep(m_user, m_record.id, e.id, *reason, e.rowVersion);
    if (!r.ok()) {
        MessageBox::warning(this, tr("Step not voided"), r.error().message);
        reload();
        return;
    }
    if (r->stateAfter != r->stateBefore)
        emit caseChanged(m_record.id);
    else
        reload();
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
    updateActions();
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
    const QString evidence =
        t.evidence == QLatin1String("V") ? QString() : tr(" [%1 — to be confirmed locally]").arg(t.evidence);
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
    const bool open = core::Lifecycle::acceptsPathwaySteps(m_view.state);
    m_recordButton->setEnabled(permitted && open);
    m_recordButton->setToolTip(!permitted ? tr("Only a coordinator or a clinician can record pathway steps.")
                               : !open    ? tr("The pathway starts after the board's eligible verdict.")
                                          : QString());
    updateActions();
}

core::PathwayEventType PathwayPanel::nextStep() const
{
    int next = 0;
    for (const auto& e : m_view.events)
        if (e.isCurrent())
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
