#include "gui/intake/ObservationDialog.h"

#include "core/intake/ObservationCatalog.h"
#include "services/IntakeCatalog.h"
#include "services/IntakeService.h"
#include "services/Workspace.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>

namespace cb::gui {

ObservationDialog::ObservationDialog(services::Workspace& ws, const core::UserIdentity& user, qint64 caseId,
                                     const core::Observation* original, QWidget* parent)
    : RecordDialog(parent), m_ws(ws), m_user(user), m_caseId(caseId)
{
    setObjectName(QStringLiteral("observationDialog"));
    setWindowTitle(original ? tr("Correct an observation") : tr("Add an observation"));
    m_code = new QComboBox(this);
    m_code->setObjectName(QStringLiteral("codeCombo"));
    m_code->addItem(tr("— choose —"), QString());
    for (const auto& d : services::IntakeCatalog::observations().definitions())
        m_code->addItem(d.label() + QStringLiteral("  (") + d.code + QLatin1Char(')'), d.code);
    form()->addRow(tr("&Observation: *"), m_code);
    m_comparator = new QComboBox(this);
    m_comparator->setObjectName(QStringLiteral("comparatorCombo"));
    for (const char* c : {"", "<", "<=", ">", ">="})
        m_comparator->addItem(QString::fromLatin1(c).isEmpty() ? QStringLiteral("=") : QString::fromLatin1(c),
                              QString::fromLatin1(c));
    m_value = new QLineEdit(this);
    m_value->setObjectName(QStringLiteral("valueEdit"));
    m_value->setMaxLength(20);
    m_unit = new QComboBox(this);
    m_unit->setObjectName(QStringLiteral("unitCombo"));
    auto* valueRow = new QHBoxLayout;
    valueRow->addWidget(m_comparator);
    valueRow->addWidget(m_value, 1);
    valueRow->addWidget(m_unit, 1);
    form()->addRow(tr("&Value: *"), valueRow);
    m_valueHint = new QLabel(this);
    m_valueHint->setObjectName(QStringLiteral("valueHint"));
    m_valueHint->setWordWrap(true);
    form()->addRow(QString(), m_valueHint);
    m_taken = new QDateTimeEdit(m_ws.clock().nowUtc().toLocalTime(), this);
    m_taken->setObjectName(QStringLiteral("takenEdit"));
    m_taken->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_taken->setCalendarPopup(true);
    m_taken->setMaximumDateTime(m_ws.clock().nowUtc().toLocalTime().addSecs(60));
    m_precision = new QComboBox(this);
    m_precision->setObjectName(QStringLiteral("takenPrecisionCombo"));
    m_precision->addItem(tr("day only"), QStringLiteral("day"));
    m_precision->addItem(tr("with the time"), QStringLiteral("datetime"));
    auto* takenRow = new QHBoxLayout;
    takenRow->addWidget(m_taken, 1);
    takenRow->addWidget(m_precision);
    form()->addRow(tr("&Taken: *"), takenRow);
    m_source = new QLineEdit(this);
    m_source->setObjectName(QStringLiteral("sourceEdit"));
    m_source->setMaxLength(200);
    m_source->setPlaceholderText(tr("e.g. echocardiogram report, hospital lab"));
    form()->addRow(tr("&Source:"), m_source);
    if (original) {
        m_originalId = original->id;
        m_reason = new QLineEdit(this);
        m_reason->setObjectName(QStringLiteral("correctionReasonEdit"));
        m_reason->setMaxLength(2000);
        form()->addRow(tr("&Reason for the correction: *"), m_reason);
        watch(m_reason);
        m_code->setCurrentIndex(m_code->findData(original->code));
        m_code->setEnabled(false);
    }
    connect(m_code, &QComboBox::currentIndexChanged, this, &ObservationDialog::codeChanged);
    connect(m_value, &QLineEdit::textChanged, this, &ObservationDialog::checkValue);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &ObservationDialog::checkValue);
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_code, m_comparator, m_value, m_unit, m_taken, m_source})
        watch(w);
    codeChanged();
    if (original) {
        m_comparator->setCurrentIndex(qMax(0, m_comparator->findData(original->comparator)));
        const double v = original->enteredValue.value_or(original->value.value_or(0));
        m_value->setText(QLocale().toString(v, 'g', 10));
        const int unit =
            m_unit->findData(original->enteredUnit.isEmpty() ? original->unit : original->enteredUnit);
        if (unit >= 0)
            m_unit->setCurrentIndex(unit);
        m_taken->setDateTime(original->observedAt.isValid() ? original->observedAt.toLocalTime()
                                                            : QDateTime(original->observedOn, QTime(12, 0)));
        m_precision->setCurrentIndex(original->observedAt.isValid() ? 1 : 0);
        m_source->setText(original->source);
        markClean();
    }
    fitToScreen();
}

void ObservationDialog::codeChanged()
{
    m_unit->clear();
    const auto* def = services::IntakeCatalog::observations().find(m_code->currentData().toString());
    if (!def) {
        m_valueHint->clear();
        return;
    }
    m_unit->addItem(def->unit.isEmpty() ? tr("(no unit)") : def->unit, def->unit);
    for (const QString& u : def->acceptedUnits)
        if (u != def->unit && m_unit->findData(u) < 0)
            m_unit->addItem(u, u);
    checkValue();
}

void ObservationDialog::checkValue()
{
    const auto* def = services::IntakeCatalog::observations().find(m_code->currentData().toString());
    if (!def)
        return;
    const QString range =
        tr("Plausible: %1–%2 %3")
            .arg(QLocale().toString(def->minimum), QLocale().toString(def->maximum), def->unit);
    if (m_value->text().trimmed().isEmpty()) {
        m_valueHint->setText(range);
        return;
    }
    bool ok = false;
    double v = QLocale().toDouble(m_value->text().trimmed(), &ok);
    if (!ok)
        v = m_value->text().trimmed().toDouble(&ok);
    if (!ok) {
        m_valueHint->setText(tr("\"%1\" is not a number.").arg(m_value->text().trimmed()));
        return;
    }
    auto n =
        services::IntakeCatalog::observations().normalise(def->code, v, m_unit->currentData().toString());
    if (!n.ok())
        m_valueHint->setText(n.error().message);
    else if (n->unit != n->enteredUnit && !n->enteredUnit.isEmpty())
        m_valueHint->setText(tr("= %1 %2 (stored), as entered %3 %4")
                                 .arg(QLocale().toString(n->value, 'g', 6), n->unit,
                                      QLocale().toString(n->enteredValue, 'g', 6), n->enteredUnit));
    else
        m_valueHint->setText(range);
}

QString ObservationDialog::save()
{
    services::ObservationInput in;
    in.code = m_code->currentData().toString();
    if (in.code.isEmpty())
        return tr("Choose the observation.");
    bool ok = false;
    in.value = QLocale().toDouble(m_value->text().trimmed(), &ok);
    if (!ok)
        in.value = m_value->text().trimmed().toDouble(&ok);
    if (!ok)
        return tr("Value: \"%1\" is not a number.").arg(m_value->text().trimmed());
    in.comparator = m_comparator->currentData().toString();
    in.unit = m_unit->currentData().toString();
    const QDateTime taken = m_taken->dateTime();
    in.date = m_precision->currentData().toString() == QLatin1String("datetime")
                  ? taken.toUTC().toString(Qt::ISODate)
                  : taken.date().toString(Qt::ISODate);
    in.source = m_source->text().trimmed();
    if (m_originalId) {
        const QString reason = m_reason->text().trimmed();
        if (reason.isEmpty())
            return tr("Give the reason for the correction.");
        auto saved = m_ws.intake().correctObservation(m_user, m_caseId, m_originalId, in, reason);
        if (!saved.ok())
            return saved.error().message;
        m_savedId = saved->id;
        return {};
    }
    auto saved = m_ws.intake().addObservation(m_user, m_caseId, in);
    if (!saved.ok())
        return saved.error().message;
    m_savedId = saved->id;
    return {};
}

} // namespace cb::gui
