#include "gui/pathway/PathwayStepDialog.h"

#include "core/TextLimits.h"
#include "gui/widgets/TextLimit.h"
#include "gui/widgets/UnsavedChanges.h"
#include "services/PathwayService.h"
#include "services/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScopeGuard>
#include <QVBoxLayout>

namespace cb::gui {

namespace {

enum class Kind { Text, Number, Bool, Date, Lab };

struct FieldSpec
{
    const char* key;
    const char* label;
    Kind kind;
};

QList<FieldSpec> specs(core::PathwayEventType type)
{
    using T = core::PathwayEventType;
    QList<FieldSpec> out;
    switch (type) {
    case T::Apheresis:
        out = {{"washouts_met", QT_TRANSLATE_NOOP("cb::gui::PathwayStepDialog", "Washouts met"), Kind::Bool},
               {"alc_per_ul", QT_TRANSLATE_NOOP("cb::gui::PathwayStepDialog", "ALC (/µL)"), Kind::Number},
               {"cd3_per_ul", QT_TRANSLATE_NOOP("cb::gui::PathwayStepDialog", "CD3 (/µL)"), Kind::Number},
               {"chain_of_identity", QT_TRANSLATE_NOOP("cb::gui::PathwayStepDialog", "Chain of identity"),
                Kind::Text}};
        break;
    case T::Bridging:
        out = {
            {"regimen", QT_TRANSLATE_NOOP("cb::gui::PathwayStepDialog", "Regimen"), Kind::Text},
            {"end_date", QT_TRANSLATE_NOOP("cb::gui::PathwayStepDialog", "Last day"), Kind::Date},
            {"cardiotoxic", QT_TRANSLATE_NOOP("cb::gui::PathwayStepDialog", "Cardiotoxic agent"), Kind::Bool},
            {"response", QT_TRANSLATE_NOOP("cb::gui::PathwayStepDialog", "Response"), Kind::Text}};
        break;
    case T::ProductReceipt:
        out = {{"lot", QT_TRANSLATE_NOOP("cb::gui::PathwayStepDialog", "Lot"), Kind::Text},
               {"chain_of_identity", QT_TRANSLATE_NOOP("cb::gui::PathwayStepDialog", "Chain of identity"),
                Kind::Text}};
        break;
    case T::Lymphodepletion:
        out = {{"end_date", QT_TRANSLATE_NOOP("cb::gui::PathwayStepDialog", "Last day"), Kind::Date},
               {"regimen", QT_TRANSLATE_NOOP("cb::gui::PathwayStepDialog", "Regimen"), Kind::Text},
               {"fludarabine_mg_m2",
                QT_TRANSLATE_NOOP("cb::gui::PathwayStepDialog", "Fludarabine (mg/m²/day)"), Kind::Number},
               {"cyclophosphamide_mg_m2",
                QT_TRANSLATE_NOOP("cb::gui::PathwayStepDialog", "Cyclophosphamide (mg/m²/day)"),
                Kind::Number},
               {"bsa_m2", QT_TRANSLATE_NOOP("cb::gui::PathwayStepDialog", "BSA (m²)"), Kind::Number},
               {"labs_date", QT_TRANSLATE_NOOP("cb::gui::PathwayStepDialog", "Labs taken on"), Kind::Date},
               {"platelets_10e9_per_l", QT_TRANSLATE_NOOP("cb::gui::PathwayStepDialog", "Platelets (×10⁹/L)"),
                Kind::Lab},
               {"anc_per_ul", QT_TRANSLATE_NOOP("cb::gui::PathwayStepDialog", "ANC (/µL)"), Kind::Lab},
               {"hemoglobin_g_dl", QT_TRANSLATE_NOOP("cb::gui::PathwayStepDialog", "Hemoglobin (g/dL)"),
                Kind::Lab},
               {"crp", QT_TRANSLATE_NOOP("cb::gui::PathwayStepDialog", "CRP"), Kind::Lab},
               {"ferritin_ng_ml", QT_TRANSLATE_NOOP("cb::gui::PathwayStepDialog", "Ferritin (ng/mL)"),
                Kind::Lab}};
        break;
    case T::Infusion:
        out = {
            {"lot", QT_TRANSLATE_NOOP("cb::gui::PathwayStepDialog", "Lot"), Kind::Text},
            {"dose", QT_TRANSLATE_NOOP("cb::gui::PathwayStepDialog", "Dose"), Kind::Text},
            {"product", QT_TRANSLATE_NOOP("cb::gui::PathwayStepDialog", "Product"), Kind::Text},
            {"premedication", QT_TRANSLATE_NOOP("cb::gui::PathwayStepDialog", "Premedication"), Kind::Text}};
        break;
    case T::Discharge:
        out = {{"caregiver_confirmed", QT_TRANSLATE_NOOP("cb::gui::PathwayStepDialog", "Caregiver confirmed"),
                Kind::Bool},
               {"prophylaxis", QT_TRANSLATE_NOOP("cb::gui::PathwayStepDialog", "Prophylaxis"), Kind::Text},
               {"driving_restriction_until",
                QT_TRANSLATE_NOOP("cb::gui::PathwayStepDialog", "No driving until"), Kind::Date}};
        break;
    }
    out << FieldSpec{"comment", QT_TRANSLATE_NOOP("cb::gui::PathwayStepDialog", "Comment"), Kind::Text};
    return out;
}

} // namespace

PathwayStepDialog::PathwayStepDialog(services::Workspace& ws, const core::UserIdentity& user, qint64 caseId,
                                     const core::ProductTiming& timing, core::PathwayEventType suggested,
                                     QWidget* parent)
    : QDialog(parent), m_ws(ws), m_user(user), m_caseId(caseId), m_timing(timing)
{
    setObjectName(QStringLiteral("pathwayStepDialog"));
    setWindowTitle(tr("Record a pathway step"));
    setMinimumWidth(520);
    auto* layout = new QVBoxLayout(this);
    auto* top = new QFormLayout;
    m_event = new QComboBox(this);
    m_event->setObjectName(QStringLiteral("stepEvent"));
    for (const auto& e : core::pathwayEventTypes())
        m_event->addItem(core::label(e.value), int(e.value));
    m_event->setCurrentIndex(m_event->findData(int(suggested)));
    top->addRow(tr("Step"), m_event);
    m_date = new QDateEdit(m_ws.clock().todayUtc(), this);
    m_date->setObjectName(QStringLiteral("stepDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    top->addRow(tr("Date (first day)"), m_date);
    layout->addLayout(top);
    m_fields = new QFormLayout;
    layout->addLayout(m_fields);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("stepError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #a4161a; font-weight: 600; }"));
    m_error->hide();
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok = buttons->addButton(tr("Record step"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("recordStepButton"));
    m_ok->setDefault(true);
    connect(m_ok, &QPushButton::clicked, this, &PathwayStepDialog::record);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_event, &QComboBox::currentIndexChanged, this, &PathwayStepDialog::rebuildFields);
    rebuildFields();
}

bool PathwayStepDialog::hasUnsavedChanges() const
{
    return details() != m_initial || m_date->date() != m_initialDate;
}

void PathwayStepDialog::reject()
{
    if (UnsavedChanges::mayClose(this, hasUnsavedChanges(), tr("The %1 step").arg(core::label(type()))))
        QDialog::reject();
}

core::PathwayEventType PathwayStepDialog::type() const
{
    return core::PathwayEventType(m_event->currentData().toInt());
}

void PathwayStepDialog::rebuildFields()
{
    while (m_fields->rowCount() > 0)
        m_fields->removeRow(0);
    m_inputs.clear();
    m_fieldErrors = FieldErrors();
    m_fieldErrors.add(QStringLiteral("date"), m_date, tr("Date (first day)"));
    m_crpUnit = nullptr;
    m_error->hide();
    for (const FieldSpec& f : specs(type())) {
        const QString key = QString::fromLatin1(f.key);
        const QString label = tr(f.label);
        QWidget* input = nullptr;
        switch (f.kind) {
        case Kind::Bool:
            input = new QCheckBox(this);
            break;
        case Kind::Text:
        case Kind::Date:
        case Kind::Number:
        case Kind::Lab: {
            auto* edit = new QLineEdit(this);
            if (f.kind == Kind::Date)
                edit->setPlaceholderText(QStringLiteral("YYYY-MM-DD"));
            if (f.kind == Kind::Text)
                TextLimit::apply(edit, key == QLatin1String("comment") || key == QLatin1String("prophylaxis")
                                           ? core::TextLimits::kLong
                                           : core::TextLimits::kShort);
            // numbers have no validator: letters are not swallowed silently, the service refuses
            // them naming the field
            input = edit;
            break;
        }
        }
        input->setObjectName(QStringLiteral("field_") + key);
        m_inputs.insert(key, input);
        if (f.kind == Kind::Lab) {
            m_fieldErrors.add(QStringLiteral("hematotox.") + key, input, label);
            if (key == QLatin1String("crp"))
                for (const char* crp : {"hematotox.crp_mg_l", "hematotox.crp_mg_dl"})
                    m_fieldErrors.add(QLatin1String(crp), input, label);
        } else {
            m_fieldErrors.add(key, input, label);
        }
        if (key == QLatin1String("crp")) {
            auto* row = new QWidget(this);
            auto* h = new QHBoxLayout(row);
            h->setContentsMargins(0, 0, 0, 0);
            m_crpUnit = new QComboBox(row);
            m_crpUnit->setObjectName(QStringLiteral("field_crp_unit"));
            m_crpUnit->addItem(QStringLiteral("mg/L"), QStringLiteral("crp_mg_l"));
            m_crpUnit->addItem(QStringLiteral("mg/dL"), QStringLiteral("crp_mg_dl"));
            h->addWidget(input, 1);
            h->addWidget(m_crpUnit);
            m_fields->addRow(label, row);
        } else {
            m_fields->addRow(label, input);
        }
    }
    // product data as defaults
    if (type() == core::PathwayEventType::Lymphodepletion) {
        static_cast<QLineEdit*>(m_inputs.value(QStringLiteral("regimen")))->setText(m_timing.ldRegimen);
        static_cast<QLineEdit*>(m_inputs.value(QStringLiteral("end_date")))
            ->setText(m_date->date().addDays(m_timing.ldDays - 1).toString(Qt::ISODate));
        auto* hint =
            new QLabel(tr("CAR-HEMATOTOX is scored from these labs, taken before lymphodepletion."), this);
        hint->setWordWrap(true);
        m_fields->insertRow(6, QString(), hint);
    }
    if (type() == core::PathwayEventType::Infusion && !m_timing.name.isEmpty())
        static_cast<QLineEdit*>(m_inputs.value(QStringLiteral("product")))->setText(m_timing.name);
    m_initial = details();
    m_initialDate = m_date->date();
    adjustSize();
}

QJsonObject PathwayStepDialog::details() const
{
    QJsonObject out;
    QJsonObject labs;
    for (const FieldSpec& f : specs(type())) {
        const QString key = QString::fromLatin1(f.key);
        QWidget* w = m_inputs.value(key);
        if (auto* box = qobject_cast<QCheckBox*>(w)) {
            out.insert(key, box->isChecked());
            continue;
        }
        const QString text = static_cast<QLineEdit*>(w)->text().trimmed();
        if (text.isEmpty())
            continue;
        if (f.kind == Kind::Number || f.kind == Kind::Lab) {
            bool ok = false;
            const double value = QLocale::c().toDouble(text, &ok);
            const QJsonValue v = ok ? QJsonValue(value) : QJsonValue(text); // the service names a bad value
            if (f.kind == Kind::Lab)
                labs.insert(key == QLatin1String("crp") ? m_crpUnit->currentData().toString() : key, v);
            else
                out.insert(key, v);
        } else {
            out.insert(key, text);
        }
    }
    if (type() == core::PathwayEventType::Lymphodepletion)
        out.insert(QStringLiteral("hematotox"), labs);
    return out;
}

void PathwayStepDialog::setCorrecting(const core::PathwayEvent& original)
{
    m_original = original;
    setWindowTitle(tr("Correct a pathway step"));
    m_event->setCurrentIndex(m_event->findData(int(original.type)));
    m_event->setEnabled(false);
    m_date->setDate(original.date);
    m_ok->setText(tr("Record correction"));
    const QJsonObject d = services::PathwayService::enteredDetails(original);
    const auto remember = qScopeGuard([this] { // the correction starts from the step as recorded
        m_initial = details();
        m_initialDate = m_date->date();
    });
    const QJsonObject labs = d.value(QStringLiteral("hematotox")).toObject();
    for (auto it = m_inputs.begin(); it != m_inputs.end(); ++it) {
        const QString& key = it.key();
        if (auto* box = qobject_cast<QCheckBox*>(it.value())) {
            box->setChecked(d.value(key).toBool());
            continue;
        }
        auto* edit = static_cast<QLineEdit*>(it.value());
        QJsonValue v = d.contains(key) ? d.value(key) : labs.value(key);
        if (key == QLatin1String("crp") && m_crpUnit) {
            const bool perDl = labs.contains(QStringLiteral("crp_mg_dl"));
            m_crpUnit->setCurrentIndex(
                m_crpUnit->findData(perDl ? QStringLiteral("crp_mg_dl") : QStringLiteral("crp_mg_l")));
            v = labs.value(perDl ? QStringLiteral("crp_mg_dl") : QStringLiteral("crp_mg_l"));
        }
        if (key == QLatin1String("hemoglobin_g_dl") && v.isUndefined() &&
            labs.contains(QStringLiteral("hemoglobin_g_l")))
            v = labs.value(QStringLiteral("hemoglobin_g_l")).toDouble() / 10.0;
        edit->setText(v.isDouble() ? QLocale::c().toString(v.toDouble()) : v.toString());
    }
}

void PathwayStepDialog::record()
{
    core::PathwayEvent step;
    step.type = type();
    step.date = m_date->date();
    step.details = details();
    auto r = m_original.id > 0
                 ? m_ws.pathway().correctStep(m_user, m_caseId, m_original.id, step, m_original.rowVersion)
                 : m_ws.pathway().recordStep(m_user, m_caseId, step);
    if (!r.ok()) {
        m_error->setText(tr("Not recorded: %1").arg(m_fieldErrors.present(r.error())));
        m_error->show();
        adjustSize();
        return;
    }
    m_recorded = *r;
    accept();
}

} // namespace cb::gui
