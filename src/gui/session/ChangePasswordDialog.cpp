#include "gui/session/ChangePasswordDialog.h"

#include "services/AuthService.h"
#include "services/Workspace.h"
#include "ui_ChangePasswordDialog.h"

#include <QGuiApplication>
#include <QPushButton>

namespace cb::gui {

ChangePasswordDialog::ChangePasswordDialog(services::Workspace& ws, const core::UserIdentity& user,
                                           bool required, QWidget* parent, const QString& verifiedPassword)
    : QDialog(parent), m_ws(ws), m_user(user), m_ui(std::make_unique<Ui::ChangePasswordDialog>()),
      m_verifiedPassword(verifiedPassword)
{
    m_ui->setupUi(this);
    if (required)
        m_ui->introLabel->setText(
            tr("%1, your password was set by an administrator or is new. Choose your own "
               "password of at least 12 characters before you continue.")
                .arg(user.printedName));
    m_ui->introLabel->setTextFormat(Qt::PlainText);
    QPushButton* ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setText(tr("Change password"));
    ok->setObjectName(QStringLiteral("changePasswordButton"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ChangePasswordDialog::reject);
    m_ui->errorLabel->hide();
    const bool verified = !m_verifiedPassword.isEmpty();
    m_ui->currentCaption->setVisible(!verified);
    m_ui->currentPasswordEdit->setVisible(!verified);
    (verified ? m_ui->newPasswordEdit : m_ui->currentPasswordEdit)->setFocus();
}

ChangePasswordDialog::~ChangePasswordDialog() = default;

QString ChangePasswordDialog::errorText() const
{
    return m_ui->errorLabel->text();
}

void ChangePasswordDialog::showError(const QString& message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setVisible(!message.isEmpty());
}

void ChangePasswordDialog::accept()
{
    if (m_ui->newPasswordEdit->text() != m_ui->confirmPasswordEdit->text()) {
        showError(tr("The two new passwords differ. Type the same password twice."));
        m_ui->confirmPasswordEdit->clear();
        m_ui->confirmPasswordEdit->setFocus();
        return;
    }
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const Status st = m_ws.auth().changePassword(
        m_user, m_verifiedPassword.isEmpty() ? m_ui->currentPasswordEdit->text() : m_verifiedPassword,
        m_ui->newPasswordEdit->text());
    QGuiApplication::restoreOverrideCursor();
    if (!st.ok()) {
        showError(st.error().message);
        return;
    }
    m_verifiedPassword.fill(QLatin1Char(' ')); // not kept in memory longer than needed
    m_verifiedPassword.clear();
    QDialog::accept();
}

} // namespace cb::gui
