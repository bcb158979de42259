#include "gui/review/DecisionDialog.h"

#include "core/TextLimits.h"
#include "gui/review/SignatureDialog.h"
#include "gui/widgets/MessageBox.h"
#include "gui/widgets/ScreenFit.h"
#include "gui/widgets/TextLimit.h"
#include "gui/widgets/UnsavedChanges.h"
#include "services/DecisionService.h"
#include "services/ReviewService.h"
#include "services/Workspace.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTimeZone>
#include <QVBoxLayout>

namespace cb::gui {

DecisionDialog::DecisionDialog(services::Workspace& ws, const core::UserIdentity& user,
                               const core::CaseRecord& record, QWidget* parent)
    : QDialog(parent), m_ws(ws), m_user(user), m_record(record)
{
    setObjectName(QStringLiteral("DecisionDialog"));
    setWindowTitle(tr("Board verdict — %1").arg(record.patient.displayName()));
    auto* layout = new QVBoxLayout(this);
    m_readiness = new QLabel(this);
    m_readiness->setWordWrap(true);
    m_readiness->setObjectName(QStringLiteral("decisionReadinessLabel"));
    layout->addWidget(m_readiness);
    m_where = new QLabel(this);
    m_where->setWordWrap(true);
    m_where->setObjectName(QStringLiteral("decisionWhereLabel"));
    layout->addWidget(m_where);
    // the fields scroll on a small screen; the buttons stay in view
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("decisionScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* fields = new QWidget(scroll);
    auto* form = new QFormLayout(fields);
    form->setContentsMargins(0, 0, 0, 0);
    m_verdict = new QComboBox(this);
    m_verdict->setObjectName(QStringLiteral("verdictCombo"));
    for (const auto& v : core::verdicts())
        m_verdict->addItem(core::label(v.value), QString::fromLatin1(v.id));
    form->addRow(tr("Verdict:"), m_verdict);
    m_conditions = new QPlainTextEdit(this);
    m_conditions->setObjectName(QStringLiteral("decisionConditionsEdit"));
    m_conditions->setFixedHeight(54);
    form->addRow(tr("Conditions:"), m_conditions);
    form->addRow(QString(), TextLimit::apply(m_conditions, core::TextLimits::kLong));
    m_product = new QLineEdit(record.intendedProduct, this);
    m_product->setObjectName(QStringLiteral("productEdit"));
    form->addRow(tr("Product:"), m_product);
    TextLimit::apply(m_product, core::TextLimits::kShort);
    m_bridging = new QPlainTextEdit(this);
    m_bridging->setObjectName(QStringLiteral("bridgingEdit"));
    m_bridging->setFixedHeight(54);
    form->addRow(tr("Bridging plan:"), m_bridging);
    form->addRow(QString(), TextLimit::apply(m_bridging, core::TextLimits::kLong));
    m_rationale = new QPlainTextEdit(this);
    m_rationale->setObjectName(QStringLiteral("rationaleEdit"));
    m_rationale->setFixedHeight(80);
    form->addRow(tr("Rationale:"), m_rationale);
    form->addRow(QString(), TextLimit::apply(m_rationale, core::TextLimits::kLong));
    m_deferReason = new QLineEdit(this);
    m_deferReason->setObjectName(QStringLiteral("deferReasonEdit"));
    form->addRow(tr("Deferral reason:"), m_deferReason);
    TextLimit::apply(m_deferReason, core::TextLimits::kLong);
    m_reassess = new QDateEdit(ws.clock().nowUtc().toLocalTime().date().addDays(21), this);
    m_reassess->setObjectName(QStringLiteral("reassessDateEdit"));
    m_reassess->setCalendarPopup(true);
    m_reassess->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    form->addRow(tr("Reassess on:"), m_reassess);
    m_approver = new QLineEdit(this);
    m_approver->setObjectName(QStringLiteral("overrideApproverEdit"));
    m_approver->setPlaceholderText(tr("Only to override a contraindication"));
    form->addRow(tr("Override approved by:"), m_approver);
    TextLimit::apply(m_approver, core::TextLimits::kShort);
    m_overrideReason = new QLineEdit(this);
    m_overrideReason->setObjectName(QStringLiteral("overrideReasonEdit"));
    form->addRow(tr("Override reason:"), m_overrideReason);
    TextLimit::apply(m_overrideReason, core::TextLimits::kLong);
    m_consent = new QComboBox(this);
    m_consent->setObjectName(QStringLiteral("consentCombo"));
    m_consent->addItem(tr("Pending"), QStringLiteral("pending"));
    m_consent->addItem(tr("Consented"), QStringLiteral("consented"));
    m_consent->addItem(tr("Declined"), QStringLiteral("declined"));
    m_consent->addItem(tr("Not applicable"), QStringLiteral("not_applicable"));
    form->addRow(tr("Patient consent:"), m_consent);
    m_preference = new QLineEdit(this);
    m_preference->setObjectName(QStringLiteral("preferenceEdit"));
    form->addRow(tr("Patient preference:"), m_preference);
    TextLimit::apply(m_preference, core::TextLimits::kLong);
    scroll->setWidget(fields);
    layout->addWidget(scroll, 1);
    auto* buttons = new QDialogButtonBox(this);
    auto* save = buttons->addButton(tr("Save verdict"), QDialogButtonBox::ActionRole);
    save->setObjectName(QStringLiteral("saveDecisionButton"));
    auto* sign = buttons->addButton(tr("Sign verdict…"), QDialogButtonBox::ActionRole);
    sign->setObjectName(QStringLiteral("signDecisionButton"));
    auto* close = buttons->addButton(QDialogButtonBox::Close);
    layout->addWidget(buttons);
    connect(save, &QPushButton::clicked, this, [this] { this->save(); });
    connect(sign, &QPushButton::clicked, this, [this] { this->sign(); });
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_verdict, &QComboBox::currentIndexChanged, this, &DecisionDialog::updateFields);

    auto overview = m_ws.reviews().overview(m_user, m_record.id);
    if (overview.ok()) {
        m_readiness->setText(
            overview->quorumMet
                ? tr("Review quorum met. %1 concern(s), %2 contraindication(s) in the signed opinions.")
                      .arg(overview->concerns)
                      .arg(overview->standingContraindications)
                : tr("<b>Review quorum not met:</b> %1")
                      .arg(overview->readinessProblems.join(QStringLiteral("; ")).toHtmlEscaped()));
    }
    if (auto where = m_ws.decisions().verdictMeetingNow(m_user, m_record.id); where.ok()) {
        const bool outside = where->where == core::VerdictMeeting::Where::Outside;
        QString text = outside ? tr("Signed now, the verdict is recorded as taken outside a meeting.")
                               : tr("Signed now, the verdict is recorded with its meeting: %1.")
                                     .arg(where->statement(QTimeZone::systemTimeZone()));
        if (outside && where->meetingRequired)
            text += QStringLiteral(" <b>%1</b>")
                        .arg(tr("This program requires a meeting for the verdict: signing is refused "
                                "outside one.")
                                 .toHtmlEscaped());
        m_where->setText(outside ? QStringLiteral("<span style='color:#8a4b00'>%1</span>").arg(text) : text);
    }
    auto decisions = m_ws.decisions().decisions(m_user, m_record.id);
    if (decisions.ok() && !decisions->isEmpty() && !decisions->last().isSigned)
        load(decisions->last());
    updateFields();
    m_saved = entered();
    resizeWithinScreen(this, QSize(760, fields->sizeHint().height() + m_readiness->sizeHint().height() +
                                            m_where->sizeHint().height() + 90));
}

QStringList DecisionDialog::entered() const
{
    return {m_verdict->currentData().toString(),
            m_conditions->toPlainText(),
            m_rationale->toPlainText(),
            m_product->text(),
            m_bridging->toPlainText(),
            m_deferReason->text(),
            m_reassess->date().toString(Qt::ISODate),
            m_approver->text(),
            m_overrideReason->text(),
            m_consent->currentData().toString(),
            m_preference->text()};
}

void DecisionDialog::reject()
{
    if (UnsavedChanges::mayClose(this, hasUnsavedChanges(), tr("The verdict"), [this] { return save(); }))
        QDialog::reject();
}

void DecisionDialog::load(const core::Decision& d)
{
    m_rowVersion = d.rowVersion;
    m_verdict->setCurrentIndex(m_verdict->findData(core::toId(d.verdict)));
    m_conditions->setPlainText(d.conditions);
    m_rationale->setPlainText(d.rationale);
    m_product->setText(d.product);
    m_bridging->setPlainText(d.bridgingPlan);
    m_deferReason->setText(d.deferReason);
    if (d.reassessDate.isValid())
        m_reassess->setDate(d.reassessDate);
    m_approver->setText(d.overrideApprover);
    m_overrideReason->setText(d.overrideReason);
    const int c = m_consent->findData(d.consentStatus);
    m_consent->setCurrentIndex(c >= 0 ? c : 0);
    m_preference->setText(d.patientPreference);
}

void DecisionDialog::updateFields()
{
    const bool deferred = m_verdict->currentData().toString() == QLatin1String("deferred");
    m_deferReason->setEnabled(deferred);
    m_reassess->setEnabled(deferred);
}

bool DecisionDialog::save()
{
    services::DecisionInput in;
    in.verdict =
        core::fromId(core::verdicts(), m_verdict->currentData().toString()).value_or(core::Verdict::Deferred);
    in.conditions = m_conditions->toPlainText();
    in.rationale = m_rationale->toPlainText();
    in.product = m_product->text();
    in.bridgingPlan = m_bridging->toPlainText();
    if (in.verdict == core::Verdict::Deferred) {
        in.deferReason = m_deferReason->text();
        in.reassessDate = m_reassess->date();
    }
    in.overrideApprover = m_approver->text();
    in.overrideReason = m_overrideReason->text();
    in.consentStatus = m_consent->currentData().toString();
    in.patientPreference = m_preference->text();
    auto d = m_ws.decisions().recordDecision(m_user, m_record.id, in, m_rowVersion);
    if (!d.ok()) {
        const bool conflict = d.error().code == ErrorCode::Conflict;
        MessageBox::warning(this, tr("Verdict not saved"),
                            conflict ? d.error().message + QStringLiteral("\n\n") +
                                           tr("The case page now shows what was saved meanwhile; your text "
                                              "stays here to compare.")
                                     : d.error().message);
        if (conflict)
            emit decisionChanged(); // the case page reloads what changed
        return false;
    }
    m_rowVersion = d->rowVersion;
    m_saved = entered();
    emit decisionChanged();
    return true;
}

bool DecisionDialog::sign()
{
    if (!save())
        return false;
    const auto verdict =
        core::fromId(core::verdicts(), m_verdict->currentData().toString()).value_or(core::Verdict::Deferred);
    SignatureDialog dialog(m_user.printedName, tr("Board chair"),
                           services::DecisionService::signatureMeaning(verdict), this);
    while (dialog.exec() == QDialog::Accepted) {
        auto s = m_ws.decisions().signDecision(m_user, m_record.id, dialog.password());
        if (s.ok()) {
            emit decisionChanged();
            accept();
            return true;
        }
        dialog.showError(s.error().message);
    }
    return false;
}

} // namespace cb::gui
