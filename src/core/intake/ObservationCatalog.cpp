#include "core/intake/ObservationCatalog.h"

#include "core/checklist/ChecklistUnits.h"
#include "core/checklist/JsonReader.h"
#include "core/checklist/PrefillCodes.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>
#include <cmath>

namespace cb::core {

namespace {

// The form two spellings of a unit are compared in: ChecklistUnits' normalisation, plus UCUM's
// "10*9" written as "10^9", a leading multiplication sign dropped and "mm^3" as "mm3".
QString unitKey(const QString& unit)
{
    QString u = ChecklistUnits::normalise(unit);
    u.replace(QLatin1String("10*"), QLatin1String("10^"));
    u.replace(QLatin1String("mm^3"), QLatin1String("mm3"));
    if (u.startsWith(QChar(0x00D7)))
        u.remove(0, 1);
    return u;
}

QString number(double v)
{
    return QString::number(v, 'g', 10);
}

QString withUnit(double v, const QString& unit)
{
    return unit.isEmpty() ? number(v) : number(v) + QLatin1Char(' ') + unit;
}

// Ten significant digits: enough for any lab value, and no 25.000000000000004 from a factor.
double rounded(double v)
{
    return QString::number(v, 'g', 10).toDouble();
}

void readDefinition(JsonReader& r, const QJsonObject& o, const QString& where, ObservationDefinition& d)
{
    r.allowOnly(o,
                {QStringLiteral("code"), QStringLiteral("loinc"), QStringLiteral("loinc_alternatives"),
                 QStringLiteral("loinc_evidence"), QStringLiteral("ucum"), QStringLiteral("unit"),
                 QStringLiteral("accepted_units"), QStringLiteral("minimum"), QStringLiteral("maximum"),
                 QStringLiteral("integer"), QStringLiteral("multiple_of"), QStringLiteral("label_en"),
                 QStringLiteral("label_zh"), QStringLiteral("evidence"), QStringLiteral("source")},
                where);
    d.loinc = r.optionalString(o, QStringLiteral("loinc"), where).value_or(QString());
    d.loincAlternatives = r.stringList(o, QStringLiteral("loinc_alternatives"), where);
    d.ucum = r.string(o, QStringLiteral("ucum"), where);
    if (!o.contains(QLatin1String("unit")))
        r.fail(where, QStringLiteral("\"unit\" is missing"));
    d.unit = r.optionalString(o, QStringLiteral("unit"), where).value_or(QString());
    d.minimum = r.number(o, QStringLiteral("minimum"), where);
    d.maximum = r.number(o, QStringLiteral("maximum"), where);
    if (d.minimum > d.maximum)
        r.fail(where, QStringLiteral("\"minimum\" is above \"maximum\""));
    d.integer = r.boolean(o, QStringLiteral("integer"), where, false);
    d.multipleOf = r.optionalInteger(o, QStringLiteral("multiple_of"), where).value_or(0);
    d.labelEn = r.string(o, QStringLiteral("label_en"), where);
    d.labelZh = r.string(o, QStringLiteral("label_zh"), where);
    d.source = r.optionalString(o, QStringLiteral("source"), where).value_or(QString());
    d.evidence = r.evidence(o, where, nullptr);
    static const QStringList kTags{QStringLiteral("V"), QStringLiteral("V2"), QStringLiteral("U"),
                                   QStringLiteral("CONV")};
    d.loincEvidence = r.string(o, QStringLiteral("loinc_evidence"), where);
    if (!d.loincEvidence.isEmpty() && !kTags.contains(d.loincEvidence))
        r.fail(where, QStringLiteral("loinc_evidence must be one of V, V2, U, CONV"));

    QSet<QString> keys;
    for (const QJsonValue& v : r.array(o, QStringLiteral("accepted_units"), where, true)) {
        const QJsonObject u = v.toObject();
        const QString at = where + QStringLiteral(", accepted unit");
        r.allowOnly(u, {QStringLiteral("unit"), QStringLiteral("factor")}, at);
        if (!u.value(QLatin1String("unit")).isString())
            r.fail(at, QStringLiteral("\"unit\" must be a string"));
        const QString spelling = u.value(QLatin1String("unit")).toString();
        const double factor = r.number(u, QStringLiteral("factor"), at);
        if (!(factor > 0))
            r.fail(at, QStringLiteral("\"factor\" must be above 0"));
        if (keys.contains(unitKey(spelling)))
            r.fail(at, QStringLiteral("\"%1\" is listed twice").arg(spelling));
        keys.insert(unitKey(spelling));
        d.acceptedUnits << spelling;
        d.factors << factor;
    }
    const qsizetype canonical = d.acceptedUnits.indexOf(d.unit);
    if (canonical < 0)
        r.fail(where,
               QStringLiteral("the canonical unit \"%1\" is not among the accepted units").arg(d.unit));
    else if (d.factors.at(canonical) != 1.0)
        r.fail(where, QStringLiteral("the canonical unit must have the factor 1"));
    if (PrefillCodes::isObservationCode(d.code) && PrefillCodes::canonicalUnit(d.code) != d.unit)
        r.fail(
            where,
            QStringLiteral("the unit must be PrefillCodes' \"%1\"").arg(PrefillCodes::canonicalUnit(d.code)));
}

} // namespace

QString ObservationDefinition::label() const
{
    if (QLocale().name().startsWith(QLatin1String("zh")) && !labelZh.isEmpty())
        return labelZh;
    return labelEn;
}

Result<ObservationCatalog> ObservationCatalog::parse(const QByteArray& json, const QString& sourceName)
{
    JsonReader r(QStringLiteral("Observation catalogue ") + sourceName);
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        r.fail({}, QStringLiteral("not a JSON object (%1)").arg(pe.errorString()));
        return r.error();
    }
    const QJsonObject root = doc.object();
    r.allowOnly(root, {QStringLiteral("version"), QStringLiteral("about"), QStringLiteral("observations")},
                {});
    ObservationCatalog catalog;
    catalog.m_version = r.string(root, QStringLiteral("version"), {});
    QSet<QString> codes;
    for (const QJsonValue& v : r.array(root, QStringLiteral("observations"), {}, true)) {
        if (!v.isObject()) {
            r.fail({}, QStringLiteral("every observation must be an object"));
            break;
        }
        const QJsonObject o = v.toObject();
        ObservationDefinition d;
        d.code = r.string(o, QStringLiteral("code"), QStringLiteral("an observation"));
        const QString where = QStringLiteral("observation ") + d.code;
        if (codes.contains(d.code))
            r.fail(where, QStringLiteral("the code is listed twice"));
        codes.insert(d.code);
        readDefinition(r, o, where, d);
        if (!r.ok())
            break;
        catalog.m_definitions << d;
    }
    if (!r.ok())
        return r.error();
    return catalog;
}

const ObservationDefinition* ObservationCatalog::find(const QString& code) const
{
    const QString c = code.trimmed().toLower();
    for (const auto& d : m_definitions)
        if (d.code == c)
            return &d;
    return nullptr;
}

const ObservationDefinition* ObservationCatalog::findByLoinc(const QString& loinc) const
{
    const QString l = loinc.trimmed();
    if (l.isEmpty())
        return nullptr;
    for (const auto& d : m_definitions)
        if (d.loinc == l || d.loincAlternatives.contains(l))
            return &d;
    return nullptr;
}

std::optional<double> ObservationCatalog::factorFor(const ObservationDefinition& d, const QString& unit)
{
    if (unit.trimmed().isEmpty())
        return 1.0;
    const QString key = unitKey(unit);
    for (qsizetype i = 0; i < d.acceptedUnits.size(); ++i)
        if (unitKey(d.acceptedUnits.at(i)) == key)
            return d.factors.at(i);
    return std::nullopt;
}

Result<NormalisedValue> ObservationCatalog::normalise(const QString& code, double value,
                                                      const QString& unit) const
{
    const ObservationDefinition* d = find(code);
    if (!d)
        return Error::badInput(tr("Unknown observation code \"%1\".").arg(code));
    const QString label = d->label();
    if (!std::isfinite(value))
        return Error::badInput(tr("%1: the value is not a number.").arg(label));
    const auto factor = factorFor(*d, unit);
    if (!factor) {
        QStringList accepted;
        for (const QString& u : d->acceptedUnits)
            accepted << (u.isEmpty() ? tr("no unit") : u);
        return Error::badInput(tr("%1: unknown unit \"%2\"; accepted: %3.")
                                   .arg(label, unit.trimmed(), accepted.join(QStringLiteral(", "))));
    }
    NormalisedValue n;
    n.enteredValue = value;
    n.enteredUnit = unit.trimmed().isEmpty() ? d->unit : unit.trimmed();
    n.value = rounded(value * *factor);
    n.unit = d->unit;
    if (d->integer && n.value != std::round(n.value))
        return Error::badInput(tr("%1 must be a whole number, not %2.").arg(label, number(value)));
    if (d->multipleOf > 0 && std::fmod(n.value, double(d->multipleOf)) != 0.0)
        return Error::badInput(tr("%1 must be a multiple of %2, not %3.")
                                   .arg(label, QString::number(d->multipleOf), number(value)));
    if (n.value < d->minimum || n.value > d->maximum) {
        const QString range =
            d->unit.isEmpty()
                ? number(d->minimum) + QStringLiteral("–") + number(d->maximum)
                : number(d->minimum) + QStringLiteral("–") + number(d->maximum) + QLatin1Char(' ') + d->unit;
        if (*factor != 1.0)
            return Error::badInput(
                tr("%1 %2 (%3) is outside the plausible range %4.")
                    .arg(label, withUnit(value, n.enteredUnit), withUnit(n.value, d->unit), range));
        return Error::badInput(
            tr("%1 %2 is outside the plausible range %3.").arg(label, withUnit(value, n.enteredUnit), range));
    }
    return n;
}

} // namespace cb::core
