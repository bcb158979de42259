#pragma once

#include "core/CaseRecord.h"
#include "core/UserIdentity.h"

#include <QObject>

class QTabWidget;

namespace cb::services {
class Workspace;
}

namespace cb::gui {

class FollowUpPanel;
class MonitoringPanel;
class PathwayPanel;

// Adds the case page's tabs for what follows the verdict (Pathway, Monitoring, Follow-up) after
// the given index and keeps them on the case shown.
class TreatmentTabs : public QObject
{
    Q_OBJECT
public:
    TreatmentTabs(services::Workspace& ws, const core::UserIdentity& user, QTabWidget* tabs, int afterIndex,
                  QObject* parent = nullptr);
    void setCase(const core::CaseRecord& record);
    void clear();

    PathwayPanel* pathway() const { return m_pathway; }
    MonitoringPanel* monitoring() const { return m_monitoring; }
    FollowUpPanel* followUp() const { return m_followUp; }

signals:
    // A step moved the case to another state: the page reloads it.
    void caseChanged(qint64 caseId);

private:
    PathwayPanel* m_pathway = nullptr;
    MonitoringPanel* m_monitoring = nullptr;
    FollowUpPanel* m_followUp = nullptr;
};

} // namespace cb::gui
