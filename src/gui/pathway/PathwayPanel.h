#pragma once

#include "core/CaseRecord.h"
#include "core/UserIdentity.h"
#include "services/PathwayService.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace cb::services {
class Workspace;
}

namespace cb::presentation {
class PathwayEventModel;
}

namespace cb::gui {

// The "Pathway" tab: the case's steps in pathway order (apheresis … discharge) with the product's
// timings, and "Record step…" for coordinators and clinicians.
class PathwayPanel : public QWidget
{
    Q_OBJECT
public:
    PathwayPanel(services::Workspace& ws, const core::UserIdentity& user, QWidget* parent = nullptr);
    void setCase(const core::CaseRecord& record);
    void clear();
    presentation::PathwayEventModel* model() const { return m_model; }

public slots:
    void recordStep();
    // On the selected step: record a replacement (the original is kept, superseded), or void it
    // with a reason (kept, struck through).
    void correctSelectedStep();
    void voidSelectedStep();

signals:
    void caseChanged(qint64 caseId);

private:
    void reload();
    void updateActions();
    void showContextMenu(const QPoint& pos);
    const core::PathwayEvent* selectedEvent() const;
    bool mayRecord() const;
    core::PathwayEventType nextStep() const;

    services::Workspace& m_ws;
    core::UserIdentity m_user;
    core::CaseRecord m_record;
    services::PathwayView m_view;
    presentation::PathwayEventModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_timing = nullptr;
    QPushButton* m_recordButton = nullptr;
    QPushButton* m_correctButton = nullptr;
    QPushButton* m_voidButton = nullptr;
};

} // namespace cb::gui
