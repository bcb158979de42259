#pragma once

#include "core/Meeting.h"
#include "core/UserIdentity.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace cb::services {
class Workspace;
}

namespace cb::gui {

// Meeting mode: one agenda case at a time, full screen and in large type for the shared screen
// of the room — the patient and disease in brief, each discipline's recommendation with its
// concerns and contraindications, what is still missing, the verdict so far. The chair records
// the verdict and members their dissent without leaving it. Page Down / Page Up move on and back,
// Escape leaves.
class MeetingModeWindow : public QWidget
{
    Q_OBJECT
public:
    MeetingModeWindow(services::Workspace& ws, const core::UserIdentity& user, qint64 meetingId,
                      QWidget* parent = nullptr);

    int currentIndex() const { return m_index; }
    int caseCount() const { return int(m_meeting.agenda.size()); }
    qint64 currentCaseId() const;
    void showItem(int index);
    void next() { showItem(m_index + 1); }
    void previous() { showItem(m_index - 1); }

signals:
    void closed();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    // The type grows with the screen: about 34 lines of text fill its height.
    void resizeEvent(QResizeEvent* event) override;

private:
    void reload();
    void recordVerdict();
    void addDissent();

    services::Workspace& m_ws;
    core::UserIdentity m_user;
    qint64 m_meetingId = 0;
    core::Meeting m_meeting;
    int m_index = 0;
    QLabel* m_position = nullptr;
    QLabel* m_patient = nullptr;
    QLabel* m_opinions = nullptr;
    QLabel* m_readiness = nullptr;
    QLabel* m_verdict = nullptr;
    QPushButton* m_prev = nullptr;
    QPushButton* m_next = nullptr;
    QPushButton* m_decide = nullptr;
    QPushButton* m_dissent = nullptr;
};

} // namespace cb::gui
