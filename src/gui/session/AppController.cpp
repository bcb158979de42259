#include "gui/session/AppController.h"

#include "gui/MainWindow.h"
#include "gui/session/ChangePasswordDialog.h"
#include "gui/session/FirstRunDialog.h"
#include "gui/session/LoginDialog.h"
#include "gui/widgets/MessageBox.h"
#include "platform/Logging.h"
#include "services/AuditService.h"
#include "services/Workspace.h"

#include <QApplication>

namespace cb::gui {

AppController::AppController(services::Workspace& ws, QObject* parent) : QObject(parent), m_ws(ws) {}

AppController::~AppController()
{
    if (m_main) {
        endSession();
        delete m_main;
    }
}

MainWindow* AppController::mainWindow() const
{
    return m_main;
}

void AppController::start()
{
    auto needsAdmin = m_ws.auth().needsFirstAdministrator();
    if (!needsAdmin.ok()) {
        MessageBox::critical(nullptr, tr("CellBoard"), needsAdmin.error().message);
        QMetaObject::invokeMethod(this, &AppController::quit, Qt::QueuedConnection);
        return;
    }
    if (*needsAdmin) {
        m_firstRun = std::make_unique<FirstRunDialog>(m_ws);
        connect(m_firstRun.get(), &QDialog::finished, this, &AppController::onFirstRunFinished);
        m_firstRun->show();
        return;
    }
    showLogin(QString());
}

void AppController::onFirstRunFinished(int result)
{
    if (result != QDialog::Accepted) {
        quit();
        return;
    }
    const QString username = m_firstRun->createdUsername();
    m_firstRun->hide();
    showLogin(username,
              tr("The administrator account \"%1\" was created. Log in with it to continue.").arg(username));
}

void AppController::showLogin(const QString& username, const QString& message, bool isError)
{
    if (!m_login) {
        m_login = std::make_unique<LoginDialog>(m_ws);
        connect(m_login.get(), &LoginDialog::loggedIn, this, &AppController::onLoggedIn);
        connect(m_login.get(), &LoginDialog::quitRequested, this, &AppController::quit);
        if (username.isEmpty() && message.isEmpty()) {
            m_login->show();
            m_login->activateWindow();
            return;
        }
    }
    m_login->prepare(username);
    m_login->showMessage(message, isError);
    m_login->show();
    m_login->raise();
    m_login->activateWindow();
}

void AppController::onLoggedIn(const services::LoginResult& result)
{
    if (!result.mustChangePassword) {
        startSession(result.user);
        return;
    }
    auto* dialog =
        new ChangePasswordDialog(m_ws, result.user, true, m_login.get(), m_login->takeVerifiedPassword());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, user = result.user](int code) {
        if (code == QDialog::Accepted) {
            startSession(user);
            return;
        }
        m_ws.auth().recordLogout(user);
        showLogin(user.username,
                  tr("You must choose a new password before you can use CellBoard. Log in again "
                     "when you are ready."),
                  true);
    });
    dialog->open();
}

void AppController::startSession(const core::UserIdentity& user)
{
    m_main = new MainWindow(m_ws, user);
    m_main->setAttribute(Qt::WA_DeleteOnClose);
    if (m_idleTimeoutMs > 0)
        m_main->setIdleTimeoutMs(m_idleTimeoutMs);
    connect(m_main, &MainWindow::logoutRequested, this, &AppController::logOut);
    connect(m_main, &MainWindow::quitRequested, this, &AppController::quit);
    connect(m_main, &MainWindow::sessionRestartRequested, this, &AppController::restartSession);
    m_main->show();
    m_main->activateWindow();
    m_main->startSession();
    if (!m_anchorTimer) {
        m_anchorTimer = new QTimer(this);
        m_anchorTimer->setInterval(5 * 60 * 1000);
        connect(m_anchorTimer, &QTimer::timeout, this, &AppController::anchorAuditTrail);
    }
    m_anchorTimer->start();
    if (m_login)
        m_login->hide();
    CB_LOG_INFO("session of user {} started", user.id);
    emit sessionStarted();
}

void AppController::endSession()
{
    if (!m_main || m_main->isSessionEnded())
        return;
    m_main->endSession();
    m_ws.auth().recordLogout(m_main->user());
    if (m_anchorTimer)
        m_anchorTimer->stop();
    anchorAuditTrail();
    CB_LOG_INFO("session of user {} ended", m_main->user().id);
}

void AppController::anchorAuditTrail()
{
    auto made = m_ws.audit().checkpoint(m_ws.clock().nowUtc());
    if (made.ok())
        return;
    CB_LOG_WARN("audit checkpoint not made: {}", made.error().message.toStdString());
    if (made.error().detail == QLatin1String("audit checkpoint refused") && !m_anchorWarned) {
        m_anchorWarned = true;
        MessageBox::warning(m_main, tr("CellBoard"), made.error().message);
    }
}

void AppController::logOut(bool anotherUser)
{
    if (!m_main)
        return;
    const QString username = m_main->user().username;
    endSession();
    // the login window first, so closing the main window does not end the application
    showLogin(anotherUser ? QString() : username,
              anotherUser ? tr("%1 was logged out. Log in with your own account.").arg(username) : QString());
    MainWindow* main = m_main;
    m_main = nullptr;
    main->close();
    emit sessionEnded();
}

void AppController::restartSession(const QString& message)
{
    if (!m_main)
        return;
    const QString username = m_main->user().username;
    m_main->endSession();
    CB_LOG_INFO("session of user {} ended by a restore", m_main->user().id);
    showLogin(username, message);
    MainWindow* main = m_main;
    m_main = nullptr;
    main->close();
    emit sessionEnded();
}

void AppController::quit()
{
    if (m_main) {
        endSession();
        emit sessionEnded();
        // the backup on quit comes last, so it holds the session's logout too
        if (const Status st = m_main->backUpOnQuit(); !st.ok())
            MessageBox::warning(nullptr, tr("CellBoard"),
                                tr("The backup when quitting failed: %1").arg(st.error().message));
    }
    QCoreApplication::quit();
}

} // namespace cb::gui
