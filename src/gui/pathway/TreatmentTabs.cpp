#include "gui/pathway/TreatmentTabs.h"

#include "gui/pathway/FollowUpPanel.h"
#include "gui/pathway/MonitoringPanel.h"
#include "gui/pathway/PathwayPanel.h"

#include <QTabWidget>

namespace cb::gui {

TreatmentTabs::TreatmentTabs(services::Workspace& ws, const core::UserIdentity& user, QTabWidget* tabs,
                             int afterIndex, QObject* parent)
    : QObject(parent)
{
    m_pathway = new PathwayPanel(ws, user, tabs);
    m_monitoring = new MonitoringPanel(ws, user, tabs);
    m_followUp = new FollowUpPanel(ws, user, tabs);
    tabs->insertTab(afterIndex + 1, m_pathway, tr("Pathway"));
    tabs->insertTab(afterIndex + 2, m_monitoring, tr("Monitoring"));
    tabs->insertTab(afterIndex + 3, m_followUp, tr("Follow-up"));
    connect(m_pathway, &PathwayPanel::caseChanged, this, &TreatmentTabs::caseChanged);
    connect(m_followUp, &FollowUpPanel::caseChanged, this, &TreatmentTabs::caseChanged);
}

void TreatmentTabs::setCase(const core::CaseRecord& record)
{
    m_pathway->setCase(record);
    m_monitoring->setCase(record);
    m_followUp->setCase(record);
}

void TreatmentTabs::clear()
{
    m_pathway->clear();
    m_monitoring->clear();
    m_followUp->clear();
}

} // namespace cb::gui
