#pragma once

#include "core/UserIdentity.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace cb::services {
class Workspace;
}

namespace cb::presentation {
class BoardActionModel;
}

namespace cb::gui {

// Every action the board set with its verdicts, across cases and meetings: owner, due date,
// status and the meeting the verdict was taken in; overdue ones first and in red. The chair and
// the coordinator mark them done, cancel or reopen them here; a double-click opens the case.
class ActionsPage : public QWidget
{
    Q_OBJECT
public:
    ActionsPage(services::Workspace& ws, const core::UserIdentity& user, QWidget* parent = nullptr);

    void refresh();
    void setShowAll(bool all); // open actions only, or done and cancelled ones too
    bool selectAction(qint64 actionId);
    // The selected action's new status ("open", "done", "cancelled"); false when refused.
    bool setSelectedStatus(const QString& status);
    presentation::BoardActionModel* model() const { return m_model; }

signals:
    void openCaseRequested(qint64 caseId);

private:
    void updateButtons();

    services::Workspace& m_ws;
    core::UserIdentity m_user;
    presentation::BoardActionModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QComboBox* m_scope = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_done = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_reopen = nullptr;
    QPushButton* m_openCase = nullptr;
};

} // namespace cb::gui
