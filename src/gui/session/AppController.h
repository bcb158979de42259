#pragma once

#include "core/UserIdentity.h"
#include "services/AuthService.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <memory>

namespace cb::services {
class Workspace;
}

namespace cb::gui {

class FirstRunDialog;
class LoginDialog;
class MainWindow;

// Who is on screen: the first-run dialog (empty database), the login window, the
// change-password step, and one main window per logged-in session. Logging out returns to the
// login window, so another user can log in without restarting.
class AppController : public QObject
{
    Q_OBJECT
public:
    explicit AppController(services::Workspace& ws, QObject* parent = nullptr);
    ~AppController() override;

    // The first window: first-run dialog when the database has no user, else the login window.
    void start();

    LoginDialog* loginDialog() const { return m_login.get(); }
    FirstRunDialog* firstRunDialog() const { return m_firstRun.get(); }
    MainWindow* mainWindow() const;
    // Tests: idle time before every session's lock screen (0 = the database setting).
    void setIdleTimeoutMs(int ms) { m_idleTimeoutMs = ms; }

signals:
    void sessionStarted();
    void sessionEnded();

private slots:
    void onLoggedIn(const cb::services::LoginResult& result);
    void onFirstRunFinished(int result);
    void logOut(bool anotherUser);
    // After a restore under the session: the login window again, without a logout record (the
    // restored database is another one than the session's).
    void restartSession(const QString& message);
    void quit();

private:
    void showLogin(const QString& username, const QString& message = {}, bool isError = false);
    void startSession(const core::UserIdentity& user);
    void endSession();
    // Signs the audit trail's head with this workstation's key (every few minutes of a session
    // and at its end); a chain rewritten since the last checkpoint is said once.
    void anchorAuditTrail();

    services::Workspace& m_ws;
    std::unique_ptr<LoginDialog> m_login;
    std::unique_ptr<FirstRunDialog> m_firstRun;
    QPointer<MainWindow> m_main;
    QTimer* m_anchorTimer = nullptr;
    bool m_anchorWarned = false;
    int m_idleTimeoutMs = 0;
};

} // namespace cb::gui
