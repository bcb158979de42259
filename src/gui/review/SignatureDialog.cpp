#include "gui/review/SignatureDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <optional>

namespace cb::gui {

namespace {
std::optional<QString> g_nextPassword;
int g_shown = 0;
} // namespace

void SignatureDialog::setNextPassword(const QString& password)
{
    g_nextPassword = password;
}

int SignatureDialog::shownCount()
{
    return g_shown;
}

int SignatureDialog::exec()
{
    ++g_shown;
    if (m_answeredBySeam) // a test answered once; a retry after an error ends the dialog
        return QDialog::Rejected;
    if (g_nextPassword) {
        m_answeredBySeam = true;
        const QString pw = *g_nextPassword;
        g_nextPassword.reset();
        if (pw.isEmpty())
            return QDialog::Rejected;
        m_confirm->setChecked(true);
        m_password->setText(pw);
        return QDialog::Accepted;
    }
    return QDialog::exec();
}

SignatureDialog::SignatureDialog(const QString& signer, const QString& role, const QString& meaning,
                                 QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("SignatureDialog"));
    setWindowTitle(tr("Sign"));
    setMinimumWidth(520);
    auto* layout = new QVBoxLayout(this);
    auto* meaningLabel = new QLabel(
        QStringLiteral("<p style='font-size:12pt'><b>%1</b></p>").arg(meaning.toHtmlEscaped()), this);
    meaningLabel->setObjectName(QStringLiteral("signatureMeaningLabel"));
    meaningLabel->setWordWrap(true);
    layout->addWidget(meaningLabel);
    auto* form = new QFormLayout;
    form->addRow(tr("Signer:"), new QLabel(signer, this));
    form->addRow(tr("Signing as:"), new QLabel(role, this));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("signaturePasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Your password:"), m_password);
    layout->addLayout(form);
    m_confirm = new QCheckBox(tr("I confirm the meaning of this signature."), this);
    m_confirm->setObjectName(QStringLiteral("signatureConfirmCheck"));
    layout->addWidget(m_confirm);
    auto* lasting = new QLabel(tr("A signed record cannot be changed, only amended with a reason."), this);
    lasting->setWordWrap(true);
    lasting->setProperty("role", QStringLiteral("caption"));
    layout->addWidget(lasting);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("signatureErrorLabel"));
    m_error->setStyleSheet(QStringLiteral("color:#a11d2b"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Sign"));
    m_ok->setObjectName(QStringLiteral("signButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_password, &QLineEdit::textChanged, this, &SignatureDialog::updateOk);
    connect(m_confirm, &QCheckBox::toggled, this, &SignatureDialog::updateOk);
    updateOk();
}

QString SignatureDialog::password() const
{
    return m_password->text();
}

void SignatureDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
    m_password->clear();
    m_password->setFocus();
}

void SignatureDialog::updateOk()
{
    m_ok->setEnabled(m_confirm->isChecked() && !m_password->text().isEmpty());
}

} // namespace cb::gui
