#pragma once

#include "core/Review.h"
#include "core/UserIdentity.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace cb::services {
class Workspace;
}

namespace cb::presentation {
class DecisionActionModel;
}

namespace cb::gui {

// What happens after the verdict: the board's actions (owner, due date, status, overdue ones
// marked) and when the outcome went to the referring physician. The chair and the coordinator
// keep both up to date; everyone else reads them, with the reason shown on the disabled buttons.
class FollowThroughPanel : public QWidget
{
    Q_OBJECT
public:
    FollowThroughPanel(services::Workspace& ws, const core::UserIdentity& user, QWidget* parent = nullptr);

    // The case's current decision, or none (the panel hides itself).
    void setDecision(qint64 caseId, const std::optional<core::Decision>& decision);

    // What the buttons do once their dialog was filled in; false when the service refused
    // (its message was shown).
    bool addAction(const core::DecisionAction& action);
    bool setSelectedStatus(const QString& status);
    bool recordCommunication(const core::Communication& communication);
    presentation::DecisionActionModel* actionModel() const { return m_model; }

signals:
    void changed();

private:
    void updateButtons();
    void promptAction();
    void promptCommunication();

    services::Workspace& m_ws;
    core::UserIdentity m_user;
    qint64 m_caseId = 0;
    std::optional<core::Decision> m_decision;
    presentation::DecisionActionModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_done = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_reopen = nullptr;
    QLabel* m_sent = nullptr;
    QPushButton* m_notify = nullptr;
};

} // namespace cb::gui
