#include "gui/intake/PatientMergeDialog.h"

#include "core/PermissionPolicy.h"
#include "core/TextLimits.h"
#include "gui/widgets/MessageBox.h"
#include "gui/widgets/TextLimit.h"
#include "services/Workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QVBoxLayout>

namespace cb::gui {

namespace {

QGroupBox* recordBox(const QString& title, const QString& name, QLabel*& label, QRadioButton*& keep,
                     const QString& keepText, QWidget* parent)
{
    auto* box = new QGroupBox(title, parent);
    box->setObjectName(name + QStringLiteral("Box"));
    auto* v = new QVBoxLayout(box);
    label = new QLabel(box);
    label->setObjectName(name + QStringLiteral("Label"));
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    label->setMinimumWidth(260);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    v->addWidget(label, 1);
    keep = new QRadioButton(keepText, box);
    keep->setObjectName(name + QStringLiteral("KeepRadio"));
    v->addWidget(keep);
    return box;
}

} // namespace

PatientMergeDialog::PatientMergeDialog(services::Workspace& ws, const core::UserIdentity& user,
                                       qint64 patientId, QWidget* parent)
    : RecordDialog(parent), m_ws(ws), m_user(user)
{
    setObjectName(QStringLiteral("patientMergeDialog"));
    setWindowTitle(tr("Merge patient records"));

    auto* intro = new QLabel(tr("Two records of one person become one: every identifier of the merged record "
                                "stays as an alias of the kept one, and its cases and record entries move to "
                                "it. A merge cannot be undone, and is refused while both have open cases."),
                             this);
    intro->setWordWrap(true);
    body()->insertWidget(0, intro);

    m_find = new QLineEdit(this);
    m_find->setObjectName(QStringLiteral("mergeFindEdit"));
    m_find->setPlaceholderText(tr("Identifier or name of the other record"));
    m_findButton = new QPushButton(tr("&Find"), this);
    m_findButton->setObjectName(QStringLiteral("mergeFindButton"));
    m_findButton->setAutoDefault(false);
    auto* findRow = new QHBoxLayout;
    findRow->addWidget(m_find, 1);
    findRow->addWidget(m_findButton);
    form()->addRow(tr("&Other record:"), findRow);
    if (auto* label = qobject_cast<QLabel*>(form()->labelForField(findRow)))
        label->setBuddy(m_find);
    m_hits = new QComboBox(this);
    m_hits->setObjectName(QStringLiteral("mergeHitsCombo"));
    m_hits->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_hits->setEnabled(false);
    form()->addRow(tr("Found:"), m_hits);

    auto* sides = new QHBoxLayout;
    sides->addWidget(recordBox(tr("This record"), QStringLiteral("thisRecord"), m_thisLabel, m_keepThis,
                               tr("&Keep this record"), this),
                     1);
    sides->addWidget(recordBox(tr("Other record"), QStringLiteral("otherRecord"), m_otherLabel, m_keepOther,
                               tr("Keep the o&ther record"), this),
                     1);
    body()->insertLayout(2, sides, 1); // after the introduction and the search, before the reason
    m_keepThis->setChecked(true);
    m_keepOther->setEnabled(false);
    m_otherLabel->setText(tr("Find the other record above."));

    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("mergeReasonEdit"));
    m_reason->setTabChangesFocus(true);
    m_reason->setMaximumHeight(80);
    auto* details = new QFormLayout;
    details->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    body()->insertLayout(3, details);
    QLabel* reasonLimit = TextLimit::apply(m_reason, 2000);
    details->addRow(tr("&Reason *:"), m_reason);
    details->addRow(QString(), reasonLimit);

    m_approval = new QGroupBox(tr("Approval by an administrator"), this);
    m_approval->setObjectName(QStringLiteral("approvalGroup"));
    auto* approvalForm = new QFormLayout(m_approval);
    auto* approvalNote = new QLabel(tr("A coordinator merges records with an administrator's approval: the "
                                       "administrator types their own username and password here."),
                                    m_approval);
    approvalNote->setWordWrap(true);
    approvalForm->addRow(approvalNote);
    m_approver = new QLineEdit(m_approval);
    m_approver->setObjectName(QStringLiteral("approverEdit"));
    TextLimit::apply(m_approver, core::TextLimits::kShort);
    approvalForm->addRow(tr("&Administrator *:"), m_approver);
    m_approverPassword = new QLineEdit(m_approval);
    m_approverPassword->setObjectName(QStringLiteral("approverPasswordEdit"));
    m_approverPassword->setEchoMode(QLineEdit::Password);
    approvalForm->addRow(tr("&Password *:"), m_approverPassword);
    m_approval->setVisible(core::PermissionPolicy::mergeNeedsApproval(m_user));
    details->addRow(m_approval);

    if (auto* save = buttons()->button(QDialogButtonBox::Save)) {
        save->setText(tr("&Merge records"));
        save->setObjectName(QStringLiteral("mergeButton"));
    }
    for (QWidget* w : {static_cast<QWidget*>(m_reason), static_cast<QWidget*>(m_approver),
                       static_cast<QWidget*>(m_keepOther)})
        watch(w);

    connect(m_findButton, &QPushButton::clicked, this, &PatientMergeDialog::search);
    connect(m_find, &QLineEdit::returnPressed, this, &PatientMergeDialog::search);
    connect(m_hits, &QComboBox::activated, this, &PatientMergeDialog::chooseOther);

    auto o = m_ws.intake().showPatient(m_user, patientId);
    if (!o.ok()) {
        setProblem(o.error().message);
        m_thisLabel->setText(tr("Patient %1 cannot be shown.").arg(patientId));
    } else {
        m_this = *o;
        showRecord(m_thisLabel, *m_this);
    }
    setTabOrder(m_find, m_findButton);
    setTabOrder(m_findButton, m_hits);
    setTabOrder(m_hits, m_keepThis);
    setTabOrder(m_keepThis, m_keepOther);
    setTabOrder(m_keepOther, m_reason);
    setTabOrder(m_reason, m_approver);
    setTabOrder(m_approver, m_approverPassword);
    m_find->setFocus();
    resize(760, sizeHint().height());
    growToContents();
}

void PatientMergeDialog::growToContents()
{
    layout()->activate();
    int h = layout()->totalHeightForWidth(width());
    if (h <= 0)
        h = sizeHint().height();
    const QScreen* screen = parentWidget() ? parentWidget()->screen() : this->screen();
    const int most = screen ? screen->availableGeometry().height() - 60 : h;
    resize(width(), qMin(qMax(height(), h), most));
}

QString PatientMergeDialog::typeLabel(const QString& type)
{
    if (type == QLatin1String("MR"))
        return tr("record number");
    if (type == QLatin1String("NH"))
        return tr("national health number");
    if (type == QLatin1String("NI"))
        return tr("national identity number");
    if (type == QLatin1String("PPN"))
        return tr("passport");
    if (type == QLatin1String("PI"))
        return tr("internal id");
    return tr("other identifier");
}

void PatientMergeDialog::showRecord(QLabel* label, const services::PatientOverview& o) const
{
    const core::Patient& p = o.patient;
    QStringList lines;
    QString name = QStringLiteral("<b>%1</b>").arg(p.displayName().toHtmlEscaped());
    if (!p.nameZh.isEmpty())
        name += QStringLiteral(" · ") + p.nameZh.toHtmlEscaped();
    lines << name + QStringLiteral(" &nbsp;(") + tr("patient %1").arg(p.id) + QLatin1Char(')');
    const QString birth = p.birth.isNull() ? tr("unknown") : p.birth.toString();
    lines << tr("%1, born %2").arg(core::label(p.sex), birth);
    QStringList ids;
    for (const auto& id : p.identifiers) {
        const QString authority = id.authority == QLatin1String("local") ? tr("this hospital") : id.authority;
        //: an identifier: its value, its type and who issued it
        QString text = tr("%1 (%2, %3)")
                           .arg(QStringLiteral("<b>%1</b>").arg(id.value.toHtmlEscaped()),
                                typeLabel(id.type).toHtmlEscaped(), authority.toHtmlEscaped());
        if (id.alias)
            text += QStringLiteral(" — ") + tr("alias of a merged record");
        ids << text;
    }
    lines << tr("Identifiers:") + QStringLiteral("<br>&nbsp;&nbsp;") +
                 (ids.isEmpty() ? tr("none") : ids.join(QStringLiteral("<br>&nbsp;&nbsp;")));
    QStringList cases;
    for (const auto& c : o.cases)
        cases << tr("Case %1: %2 — %3").arg(c.caseId).arg(core::label(c.indication), core::label(c.state));
    lines << tr("Cases:") + QStringLiteral("<br>&nbsp;&nbsp;") +
                 (cases.isEmpty() ? tr("none") : cases.join(QStringLiteral("<br>&nbsp;&nbsp;")));
    label->setText(lines.join(QStringLiteral("<br>")));
}

void PatientMergeDialog::search()
{
    const QString text = m_find->text().trimmed();
    m_hits->clear();
    m_hitIds.clear();
    m_hits->setEnabled(false);
    if (text.isEmpty()) {
        setProblem(tr("Type an identifier or a name of the other record."));
        return;
    }
    auto hits = m_ws.intake().findPatients(m_user, text, text, {});
    if (!hits.ok()) {
        setProblem(hits.error().message);
        return;
    }
    for (const auto& h : *hits) {
        if (m_this && h.patient.id == m_this->patient.id)
            continue;
        if (m_hitIds.contains(h.patient.id))
            continue;
        m_hitIds << h.patient.id;
        const QString birth = h.patient.birth.isNull() ? tr("unknown") : h.patient.birth.toString();
        m_hits->addItem(
            tr("%1 (patient %2, born %3)").arg(h.patient.displayName()).arg(h.patient.id).arg(birth));
    }
    if (m_hitIds.isEmpty()) {
        setProblem(tr("No other record found for \"%1\".").arg(text.left(60)));
        return;
    }
    setProblem({});
    m_hits->setEnabled(true);
    m_hits->setCurrentIndex(0);
    chooseOther(0);
}

void PatientMergeDialog::chooseOther(int index)
{
    if (index < 0 || index >= m_hitIds.size())
        return;
    auto o = m_ws.intake().showPatient(m_user, m_hitIds.at(index));
    if (!o.ok()) {
        setProblem(o.error().message);
        return;
    }
    m_other = *o;
    showRecord(m_otherLabel, *m_other);
    m_keepOther->setEnabled(true);
    markDirty();
    growToContents(); // the records side by side grow with their identifiers and cases
}

QString PatientMergeDialog::save()
{
    if (!m_this)
        return tr("This record cannot be shown, so it cannot be merged.");
    if (!m_other)
        return tr("Find and choose the other record first.");
    const QString reason = m_reason->toPlainText().trimmed();
    if (reason.isEmpty())
        return tr("Give the reason for the merge (kept in the audit trail).");
    std::optional<services::MergeApproval> approval;
    if (core::PermissionPolicy::mergeNeedsApproval(m_user)) {
        if (m_approver->text().trimmed().isEmpty() || m_approverPassword->text().isEmpty())
            return tr("The approving administrator types their username and password.");
        approval = services::MergeApproval{m_approver->text().trimmed(), m_approverPassword->text()};
    }
    const bool keepThis = m_keepThis->isChecked();
    const qint64 keep = keepThis ? m_this->patient.id : m_other->patient.id;
    const qint64 gone = keepThis ? m_other->patient.id : m_this->patient.id;
    if (MessageBox::question(
            this, tr("Merge patient records"),
            tr("Merge patient %1 into patient %2? Every identifier, case and record entry of "
               "patient %1 moves to patient %2. This cannot be undone.")
                .arg(gone)
                .arg(keep),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return tr("The records were not merged.");
    const auto st = m_ws.intake().mergePatients(m_user, keep, gone, reason, approval);
    m_approverPassword->clear(); // a password is typed for one act only
    if (!st.ok())
        return st.error().message;
    m_keptId = keep;
    return {};
}

} // namespace cb::gui
