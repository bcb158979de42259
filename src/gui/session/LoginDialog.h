#pragma once

#include "services/AuthService.h"

#include <QDialog>
#include <memory>
#include <utility>

namespace Ui {
class LoginDialog;
}

namespace cb::services {
class Workspace;
}

namespace cb::gui {

// The first window: username and password. Errors of the service (wrong password, locked
// with the minutes left, disabled) show inline. Shown modeless; it says loggedIn() or
// quitRequested() (its window was closed).
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    // The password just verified, for the password change a new account must make at once (it
    // is not asked again); empty afterwards, and when no change is required.
    QString takeVerifiedPassword() { return std::exchange(m_verifiedPassword, QString()); }
    explicit LoginDialog(services::Workspace& ws, QWidget* parent = nullptr);
    ~LoginDialog() override;

    // Ready for a login: the username field holds `username` (the password field is empty).
    void prepare(const QString& username);
    // A message under the fields: an error in red, or a notice (e.g. why the previous session
    // ended) in the text colour.
    void showMessage(const QString& message, bool isError = true);
    QString errorText() const;

signals:
    void loggedIn(const cb::services::LoginResult& result);
    void quitRequested();

public slots:
    void attemptLogin();
    void reject() override;

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    services::Workspace& m_ws;
    std::unique_ptr<Ui::LoginDialog> m_ui;
    QString m_verifiedPassword;
};

} // namespace cb::gui
