#pragma once

#include "core/Result.h"
#include "core/UserIdentity.h"

#include <QMainWindow>
#include <memory>

namespace Ui {
class MainWindow;
}

namespace cb::services {
class Workspace;
}

namespace cb::gui {

class CasePage;
class ActionsPage;
class BackupScheduler;
class MeetingsPage;
class StatusBarPanel;
class IdleWatcher;
class LabImportActions;
class LockScreen;
class WorklistPage;

// The shell of one user's session: menus, status bar and the page stack (worklist, case,
// lock screen). Pages do the work; this class only switches between them.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(services::Workspace& ws, const core::UserIdentity& user, QWidget* parent = nullptr);
    ~MainWindow() override;

    const core::UserIdentity& user() const { return m_user; }
    // Shows the worklist; its first display is audited.
    void startSession();
    // Saves geometry and state and stops the idle lock; the owner then closes the window.
    void endSession();
    bool isSessionEnded() const { return m_sessionEnded; }
    // Idle time before the lock screen (from the settings by default; tests shorten it).
    void setIdleTimeoutMs(int ms);
    bool isLocked() const;

    // The scheduled backup when CellBoard quits (if the schedule says so), after endSession().
    Status backUpOnQuit();
    BackupScheduler* backups() const { return m_backups; }

    WorklistPage* worklistPage() const { return m_worklist; }
    CasePage* casePage() const { return m_case; }
    MeetingsPage* meetingsPage() const { return m_meetings; }
    ActionsPage* actionsPage() const { return m_actions; }
    LockScreen* lockScreen() const { return m_lock; }

public slots:
    void showWorklist();
    void showMeetings();
    void showActions();
    void openCase(qint64 caseId);
    void lockSession();
    void refresh();

signals:
    // The user logs out (Log out), or someone else logs in from the lock screen.
    void logoutRequested(bool anotherUser);
    void quitRequested();
    // The database was restored under this session: log in again (message for the login window).
    void sessionRestartRequested(const QString& message);

protected:
    void closeEvent(QCloseEvent* event) override;

private slots:
    void unlock();
    void showAbout();
    void showSettings();
    // File → New referral… (Ctrl+N): the patient first, then the referral; opens the new case.
    void newReferral();
    // File → Import referral…: a FHIR bundle chosen, previewed, confirmed; opens the new case.
    void importReferral();
    // File → Back up now…: a verified copy of the database into a file the user names.
    void backUpNow();
    void updateBackupStatus();

private:
    // Leaving the case page asks first when an entry form there holds unrecorded findings.
    bool mayLeaveCase();
    void connectActions();
    void restoreWindowState();
    void setSessionActionsEnabled(bool enabled);
    void enableReferralActions(bool enabled);

    services::Workspace& m_ws;
    core::UserIdentity m_user;
    std::unique_ptr<Ui::MainWindow> m_ui;
    WorklistPage* m_worklist = nullptr;
    CasePage* m_case = nullptr;
    MeetingsPage* m_meetings = nullptr;
    ActionsPage* m_actions = nullptr;
    LockScreen* m_lock = nullptr;
    IdleWatcher* m_idle = nullptr;
    BackupScheduler* m_backups = nullptr;
    LabImportActions* m_labImport = nullptr;
    StatusBarPanel* m_statusPanel = nullptr;
    QWidget* m_pageBeforeLock = nullptr;
    bool m_sessionEnded = false;
};

} // namespace cb::gui
