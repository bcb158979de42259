#include "gui/intake/TransplantDialog.h"

#include "gui/intake/PartialDateEdit.h"
#include "services/IntakeService.h"
#include "services/Workspace.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

namespace cb::gui {

TransplantDialog::TransplantDialog(services::Workspace& ws, const core::UserIdentity& user, qint64 caseId,
                                   const core::Transplant* original, QWidget* parent)
    : RecordDialog(parent), m_ws(ws), m_user(user), m_caseId(caseId)
{
    setObjectName(QStringLiteral("transplantDialog"));
    setWindowTitle(original ? tr("Correct a transplant") : tr("Add a transplant"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    m_kind->addItem(tr("— choose —"), QString());
    m_kind->addItem(tr("Autologous"), QStringLiteral("autologous"));
    m_kind->addItem(tr("Allogeneic"), QStringLiteral("allogeneic"));
    form()->addRow(tr("&Kind: *"), m_kind);
    m_date = new PartialDateEdit(this);
    m_date->setObjectName(QStringLiteral("transplantDateEdit"));
    m_date->setRequired(true);
    m_date->setLatest(m_ws.clock().todayUtc());
    form()->addRow(tr("&Date: *"), m_date);
    m_conditioning = new QLineEdit(this);
    m_conditioning->setObjectName(QStringLiteral("conditioningEdit"));
    m_conditioning->setMaxLength(200);
    m_conditioning->setPlaceholderText(tr("e.g. melphalan 200 mg/m², BEAM, Flu/Bu4"));
    form()->addRow(tr("&Conditioning:"), m_conditioning);
    m_donor = new QComboBox(this);
    m_donor->setObjectName(QStringLiteral("donorCombo"));
    m_donor->addItem(tr("— choose —"), QString());
    m_donor->addItem(tr("Matched related"), QStringLiteral("matched_related"));
    m_donor->addItem(tr("Matched unrelated"), QStringLiteral("matched_unrelated"));
    m_donor->addItem(tr("Mismatched unrelated"), QStringLiteral("mismatched_unrelated"));
    m_donor->addItem(tr("Haploidentical"), QStringLiteral("haploidentical"));
    m_donor->addItem(tr("Cord blood"), QStringLiteral("cord"));
    m_donor->addItem(tr("Unknown"), QStringLiteral("unknown"));
    form()->addRow(tr("D&onor:"), m_donor);
    m_gvhd = new QComboBox(this);
    m_gvhd->setObjectName(QStringLiteral("gvhdCombo"));
    m_gvhd->addItem(tr("— choose —"), QString());
    m_gvhd->addItem(tr("None"), QStringLiteral("none"));
    m_gvhd->addItem(tr("Acute"), QStringLiteral("acute"));
    m_gvhd->addItem(tr("Chronic"), QStringLiteral("chronic"));
    m_gvhd->addItem(tr("Unknown"), QStringLiteral("unknown"));
    form()->addRow(tr("&GVHD:"), m_gvhd);
    m_notes = new QLineEdit(this);
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setMaxLength(2000);
    form()->addRow(tr("&Notes:"), m_notes);
    if (original) {
        m_originalId = original->id;
        m_reason = new QLineEdit(this);
        m_reason->setObjectName(QStringLiteral("correctionReasonEdit"));
        m_reason->setMaxLength(2000);
        form()->addRow(tr("&Reason for the correction: *"), m_reason);
        watch(m_reason);
        m_kind->setCurrentIndex(qMax(0, m_kind->findData(original->kind)));
        m_date->setDate(original->date);
        m_conditioning->setText(original->conditioning);
        m_donor->setCurrentIndex(qMax(0, m_donor->findData(original->donor)));
        m_gvhd->setCurrentIndex(qMax(0, m_gvhd->findData(original->gvhd)));
        m_notes->setText(original->notes);
    }
    connect(m_kind, &QComboBox::currentIndexChanged, this, &TransplantDialog::kindChanged);
    connect(m_date, &PartialDateEdit::problemChanged, this, &RecordDialog::setProblem);
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_kind, m_date, m_conditioning, m_donor, m_gvhd, m_notes})
        watch(w);
    kindChanged();
    markClean();
    fitToScreen();
}

void TransplantDialog::kindChanged()
{
    const bool allo = m_kind->currentData().toString() == QLatin1String("allogeneic");
    m_donor->setEnabled(allo);
    m_gvhd->setEnabled(allo);
    if (!allo) {
        m_donor->setCurrentIndex(0);
        m_gvhd->setCurrentIndex(0);
    }
}

QString TransplantDialog::save()
{
    if (const QString why = m_date->problem(); !why.isEmpty())
        return tr("Date: %1").arg(why);
    core::Transplant t;
    t.kind = m_kind->currentData().toString();
    if (t.kind.isEmpty())
        return tr("Choose autologous or allogeneic.");
    t.date = *m_date->date();
    t.conditioning = m_conditioning->text().trimmed();
    t.donor = m_donor->currentData().toString();
    t.gvhd = m_gvhd->currentData().toString();
    t.notes = m_notes->text().trimmed();
    if (m_originalId) {
        const QString reason = m_reason->text().trimmed();
        if (reason.isEmpty())
            return tr("Give the reason for the correction.");
        auto id = m_ws.intake().correctTransplant(m_user, m_caseId, m_originalId, t, reason);
        if (!id.ok())
            return id.error().message;
        m_savedId = *id;
        return {};
    }
    auto id = m_ws.intake().addTransplant(m_user, m_caseId, t);
    if (!id.ok())
        return id.error().message;
    m_savedId = *id;
    return {};
}

} // namespace cb::gui
