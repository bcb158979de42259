#include "gui/session/FirstRunDialog.h"

#include "services/UserService.h"
#include "services/Workspace.h"
#include "ui_FirstRunDialog.h"

#include <QGuiApplication>
#include <QPushButton>

namespace cb::gui {

FirstRunDialog::FirstRunDialog(services::Workspace& ws, QWidget* parent)
    : QDialog(parent), m_ws(ws), m_ui(std::make_unique<Ui::FirstRunDialog>())
{
    m_ui->setupUi(this);
    QPushButton* ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setText(tr("Create administrator"));
    ok->setObjectName(QStringLiteral("createAdministratorButton"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &FirstRunDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &FirstRunDialog::reject);
    m_ui->errorLabel->hide();
    m_ui->usernameEdit->setFocus();
}

FirstRunDialog::~FirstRunDialog() = default;

QString FirstRunDialog::errorText() const
{
    return m_ui->errorLabel->text();
}

void FirstRunDialog::showError(const QString& message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setVisible(!message.isEmpty());
}

void FirstRunDialog::accept()
{
    if (m_ui->passwordEdit->text() != m_ui->confirmPasswordEdit->text()) {
        showError(tr("The two passwords differ. Type the same password twice."));
        m_ui->confirmPasswordEdit->clear();
        m_ui->confirmPasswordEdit->setFocus();
        return;
    }
    services::NewUser user;
    user.username = m_ui->usernameEdit->text().trimmed().toLower();
    user.printedName = m_ui->printedNameEdit->text().trimmed();
    user.roles = {core::Role::Administrator};
    user.password = m_ui->passwordEdit->text();
    user.mustChangePassword = false; // chosen just now, by the person who will use it
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto added = m_ws.users().addUser(core::UserIdentity{}, user);
    QGuiApplication::restoreOverrideCursor();
    if (!added.ok()) {
        showError(added.error().message);
        return;
    }
    m_createdUsername = user.username;
    QDialog::accept();
}

} // namespace cb::gui
