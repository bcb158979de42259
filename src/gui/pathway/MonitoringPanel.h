#pragma once

#include "core/CaseRecord.h"
#include "core/UserIdentity.h"
#include "services/MonitoringService.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace cb::services {
class Workspace;
}

namespace cb::presentation {
class AssessmentModel;
class MonitoringDayModel;
} // namespace cb::presentation

namespace cb::gui {

class MonitoringChart;
class MonitoringEntryForm;

// The "Monitoring" tab: the entry form (grades computed as the nurse types), the sheet with one
// row per assessment, the worst grade per day and overall, and the chart.
class MonitoringPanel : public QWidget
{
    Q_OBJECT
public:
    MonitoringPanel(services::Workspace& ws, const core::UserIdentity& user, QWidget* parent = nullptr);
    void setCase(const core::CaseRecord& record);
    void clear();

    presentation::AssessmentModel* sheet() const { return m_sheet; }
    presentation::MonitoringDayModel* days() const { return m_days; }
    MonitoringChart* chart() const { return m_chart; }
    MonitoringEntryForm* entryForm() const { return m_entry; }

public slots:
    // On the selected assessment: load it into the entry form to record a correction, or void it
    // with a reason (it stays on the sheet, struck through, and no longer counts).
    void correctSelectedAssessment();
    void voidSelectedAssessment();

private slots:
    void record(const QJsonObject& entry);

private:
    void reload();
    void updateActions();
    void showContextMenu(const QPoint& pos);
    const core::Assessment* selectedAssessment() const;
    bool mayRecord() const;

    services::Workspace& m_ws;
    core::UserIdentity m_user;
    core::CaseRecord m_record;
    MonitoringEntryForm* m_entry = nullptr;
    presentation::AssessmentModel* m_sheet = nullptr;
    presentation::MonitoringDayModel* m_days = nullptr;
    MonitoringChart* m_chart = nullptr;
    QLabel* m_overall = nullptr;
    QTableView* m_sheetView = nullptr;
    QTableView* m_daysView = nullptr;
    QPushButton* m_correctButton = nullptr;
    QPushButton* m_voidButton = nullptr;
    bool m_open = false; // monitoring is open on this case (infused, not closed)
};

} // namespace cb::gui
