#include "gui/case/CloseCaseDialog.h"

#include "core/TextLimits.h"
#include "gui/widgets/TextLimit.h"
#include "services/CaseService.h"
#include "services/Workspace.h"
#include "ui_CloseCaseDialog.h"

#include <QPlainTextEdit>
#include <QPushButton>

namespace cb::gui {

CloseCaseDialog::CloseCaseDialog(services::Workspace& ws, const core::UserIdentity& user, qint64 caseId,
                                 qint64 rowVersion, const QString& patientName, QWidget* parent)
    : QDialog(parent), m_ws(ws), m_user(user), m_caseId(caseId), m_rowVersion(rowVersion),
      m_ui(std::make_unique<Ui::CloseCaseDialog>())
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Close case %1").arg(caseId));
    m_ui->introLabel->setText(
        tr("Close case %1 (%2). A closed case stays readable; the reason is recorded in "
           "the audit trail.")
            .arg(caseId)
            .arg(patientName));
    // no reason is preselected: closing is a deliberate act with its reason
    m_ui->reasonCombo->addItem(tr("— choose the reason —"), QString());
    for (const auto& r : core::closeReasons())
        m_ui->reasonCombo->addItem(core::label(r.value), core::toId(r.value));
    m_ui->formLayout->addRow(QString(), TextLimit::apply(m_ui->detailEdit, core::TextLimits::kLong));
    QPushButton* ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setText(tr("Close case"));
    ok->setEnabled(false);
    ok->setToolTip(tr("Choose the reason first."));
    connect(m_ui->reasonCombo, &QComboBox::currentIndexChanged, ok, [this, ok] {
        const bool chosen = !m_ui->reasonCombo->currentData().toString().isEmpty();
        ok->setEnabled(chosen);
        ok->setToolTip(chosen ? QString() : tr("Choose the reason first."));
    });
    ok->setObjectName(QStringLiteral("confirmCloseButton"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &CloseCaseDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &CloseCaseDialog::reject);
    m_ui->errorLabel->hide();
}

CloseCaseDialog::~CloseCaseDialog() = default;

QString CloseCaseDialog::errorText() const
{
    return m_ui->errorLabel->text();
}

void CloseCaseDialog::accept()
{
    const auto reason = core::fromId(core::closeReasons(), m_ui->reasonCombo->currentData().toString());
    if (!reason)
        return;
    const Status st =
        m_ws.cases().closeCase(m_user, m_caseId, *reason, m_ui->detailEdit->toPlainText(), m_rowVersion);
    if (!st.ok()) {
        m_ui->errorLabel->setText(st.error().message);
        m_ui->errorLabel->show();
        return;
    }
    QDialog::accept();
}

} // namespace cb::gui
