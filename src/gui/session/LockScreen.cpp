#include "gui/session/LockScreen.h"

#include "services/AuthService.h"
#include "services/Workspace.h"
#include "ui_LockScreen.h"

#include <QGuiApplication>

namespace cb::gui {

LockScreen::LockScreen(services::Workspace& ws, QWidget* parent)
    : QWidget(parent), m_ws(ws), m_ui(std::make_unique<Ui::LockScreen>())
{
    m_ui->setupUi(this);
    m_ui->errorLabel->hide();
    connect(m_ui->unlockButton, &QPushButton::clicked, this, &LockScreen::attemptUnlock);
    connect(m_ui->lockPasswordEdit, &QLineEdit::returnPressed, this, &LockScreen::attemptUnlock);
    connect(m_ui->switchUserButton, &QPushButton::clicked, this, &LockScreen::switchUserRequested);
}

LockScreen::~LockScreen() = default;

void LockScreen::lock(const core::UserIdentity& user)
{
    m_user = user;
    m_ui->lockInfoLabel->setText(
        tr("Patient data is hidden. %1 (%2): enter your password to continue where you "
           "left off, or log in as another user.")
            .arg(user.printedName, user.username));
    m_ui->lockPasswordEdit->clear();
    showError({});
    m_ui->lockPasswordEdit->setFocus();
}

QString LockScreen::errorText() const
{
    return m_ui->errorLabel->text();
}

void LockScreen::showError(const QString& message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setVisible(!message.isEmpty());
}

void LockScreen::attemptUnlock()
{
    if (m_ui->lockPasswordEdit->text().isEmpty()) {
        showError(tr("Enter your password."));
        return;
    }
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const Status st = m_ws.auth().unlockSession(m_user, m_ui->lockPasswordEdit->text());
    QGuiApplication::restoreOverrideCursor();
    m_ui->lockPasswordEdit->clear();
    if (!st.ok()) {
        showError(st.error().message);
        m_ui->lockPasswordEdit->setFocus();
        return;
    }
    showError({});
    emit unlocked();
}

} // namespace cb::gui
