#include "gui/session/LoginDialog.h"

#include "platform/LocalSettings.h"
#include "services/SettingsService.h"
#include "services/Workspace.h"
#include "ui_LoginDialog.h"

#include <QGuiApplication>
#include <QKeyEvent>
#include <QStyle>

namespace cb::gui {

LoginDialog::LoginDialog(services::Workspace& ws, QWidget* parent)
    : QDialog(parent), m_ws(ws), m_ui(std::make_unique<Ui::LoginDialog>())
{
    m_ui->setupUi(this);
    const QString institution = m_ws.settings().institutionName();
    m_ui->institutionLabel->setText(institution.isEmpty() ? tr("CAR-T tumor board workspace") : institution);
    m_ui->demoNoticeLabel->setVisible(m_ws.settings().isDemoDatabase());
    m_ui->databaseLabel->setText(tr("Database: %1").arg(m_ws.displayUrl()));
    m_ui->errorLabel->hide();
    connect(m_ui->loginButton, &QPushButton::clicked, this, &LoginDialog::attemptLogin);
    prepare(platform::LocalSettings().value(platform::LocalSettings::Key::LastUsername).toString());
}

LoginDialog::~LoginDialog() = default;

void LoginDialog::prepare(const QString& username)
{
    m_ui->usernameEdit->setText(username);
    m_ui->passwordEdit->clear();
    m_ui->errorLabel->clear();
    m_ui->errorLabel->hide();
    if (username.isEmpty())
        m_ui->usernameEdit->setFocus();
    else
        m_ui->passwordEdit->setFocus();
}

void LoginDialog::showMessage(const QString& message, bool isError)
{
    QLabel* label = m_ui->errorLabel;
    label->setText(message);
    label->setVisible(!message.isEmpty());
    label->setProperty("tone", isError ? QStringLiteral("error") : QStringLiteral("info"));
    label->style()->unpolish(label);
    label->style()->polish(label);
}

QString LoginDialog::errorText() const
{
    return m_ui->errorLabel->text();
}

void LoginDialog::attemptLogin()
{
    const QString username = m_ui->usernameEdit->text().trimmed();
    if (username.isEmpty()) {
        showMessage(tr("Enter your username."));
        m_ui->usernameEdit->setFocus();
        return;
    }
    if (m_ui->passwordEdit->text().isEmpty()) {
        showMessage(tr("Enter your password."));
        m_ui->passwordEdit->setFocus();
        return;
    }
    m_ui->loginButton->setEnabled(false);
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto result = m_ws.auth().login(username, m_ui->passwordEdit->text());
    QGuiApplication::restoreOverrideCursor();
    m_ui->loginButton->setEnabled(true);
    if (result.ok() && result->mustChangePassword)
        m_verifiedPassword = m_ui->passwordEdit->text(); // the change that follows does not ask for it again
    m_ui->passwordEdit->clear();
    if (!result.ok()) {
        showMessage(result.error().message);
        m_ui->passwordEdit->setFocus();
        return;
    }
    showMessage({});
    platform::LocalSettings().setValue(platform::LocalSettings::Key::LastUsername, result->user.username);
    emit loggedIn(*result);
}

void LoginDialog::reject()
{
    // closing the login window ends CellBoard (there is no session behind it)
    QDialog::reject();
    emit quitRequested();
}

void LoginDialog::keyPressEvent(QKeyEvent* event)
{
    // Escape must not close the only window by accident
    if (event->key() == Qt::Key_Escape) {
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

} // namespace cb::gui
