#pragma once

#include "core/CaseRecord.h"
#include "core/UserIdentity.h"

#include <QWidget>

class QGridLayout;
class QLabel;
class QPushButton;

namespace cb::services {
class Workspace;
}

namespace cb::gui {

class FollowThroughPanel;

// The case's board review at a glance: one card per required discipline (state, recommendation,
// concerns and contraindications, signer and time), the readiness list of what is still missing,
// the board's verdict with its dissent, and its follow-through (actions, outcome sent). Opens the opinion
// editor and the verdict dialog.
class ReviewPanel : public QWidget
{
    Q_OBJECT
public:
    ReviewPanel(services::Workspace& ws, const core::UserIdentity& user, QWidget* parent = nullptr);
    void setCase(const core::CaseRecord& record);
    void clear();
    void openOpinion(core::Discipline discipline);
    void openDecision();

signals:
    void caseChanged(qint64 caseId);

private:
    void rebuild();
    void addDissent();
    void changed();

    services::Workspace& m_ws;
    core::UserIdentity m_user;
    core::CaseRecord m_record;
    QGridLayout* m_cards = nullptr;
    QLabel* m_readiness = nullptr;
    QLabel* m_verdict = nullptr;
    QLabel* m_verdictMeeting = nullptr; // the verdict's meeting and attendance, or outside a meeting
    QPushButton* m_decide = nullptr;
    QPushButton* m_dissent = nullptr;
    FollowThroughPanel* m_followThrough = nullptr;
};

} // namespace cb::gui
