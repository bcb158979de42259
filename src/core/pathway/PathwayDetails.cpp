#include "core/pathway/PathwayDetails.h"

#include "core/TextLimits.h"
#include "core/grading/GradingOptionsJson.h"
#include "core/grading/HematotoxJson.h"
#include "core/grading/HematotoxScorer.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace cb::core {

namespace {

QString tr(const char* s)
{
    return QCoreApplication::translate("cb::core", s);
}

enum class Kind { Text, Bool, Number, Date, Object };

struct Field
{
    const char* key;
    Kind kind;
    bool required;
    double min;
    double max;
};

QList<Field> fields(PathwayEventType type)
{
    // text: `max` is the length limit (0: a one-line field, TextLimits::kShort)
    const Field comment{"comment", Kind::Text, false, 0, double(TextLimits::kLong)};
    switch (type) {
    case PathwayEventType::Apheresis:
        return {{"washouts_met", Kind::Bool, true, 0, 0},
                {"alc_per_ul", Kind::Number, false, 0, 100000},
                {"cd3_per_ul", Kind::Number, false, 0, 100000},
                {"chain_of_identity", Kind::Text, false, 0, 0},
                comment};
    case PathwayEventType::Bridging:
        return {{"regimen", Kind::Text, true, 0, 0},
                {"cardiotoxic", Kind::Bool, true, 0, 0},
                {"response", Kind::Text, false, 0, 0},
                {"end_date", Kind::Date, false, 0, 0},
                comment};
    case PathwayEventType::ProductReceipt:
        return {{"lot", Kind::Text, false, 0, 0}, {"chain_of_identity", Kind::Text, false, 0, 0}, comment};
    case PathwayEventType::Lymphodepletion:
        return {{"hematotox", Kind::Object, true, 0, 0},
                {"labs_date", Kind::Date, false, 0, 0},
                {"regimen", Kind::Text, false, 0, 0},
                {"fludarabine_mg_m2", Kind::Number, false, 0, 100},
                {"cyclophosphamide_mg_m2", Kind::Number, false, 0, 3000},
                {"bsa_m2", Kind::Number, false, 0.2, 3.5},
                {"end_date", Kind::Date, false, 0, 0},
                comment};
    case PathwayEventType::Infusion:
        return {{"lot", Kind::Text, true, 0, 0},
                {"dose", Kind::Text, true, 0, 0},
                {"product", Kind::Text, false, 0, 0},
                {"premedication", Kind::Text, false, 0, 0},
                comment};
    case PathwayEventType::Discharge:
        return {{"caregiver_confirmed", Kind::Bool, false, 0, 0},
                {"driving_restriction_until", Kind::Date, false, 0, 0},
                {"prophylaxis", Kind::Text, false, 0, double(TextLimits::kLong)},
                comment};
    }
    return {comment};
}

QString kindText(Kind k)
{
    switch (k) {
    case Kind::Text:
        return tr("text");
    case Kind::Bool:
        return tr("true or false");
    case Kind::Number:
        return tr("a number");
    case Kind::Date:
        return tr("a date (YYYY-MM-DD)");
    case Kind::Object:
        return tr("an object");
    }
    return {};
}

Error fieldError(PathwayEventType type, const QString& key, const QString& problem)
{
    return Error::badInput(tr("%1 details, \"%2\": %3").arg(toId(type), key, problem)).atField(key);
}

} // namespace

QStringList PathwayDetails::fieldsOf(PathwayEventType type)
{
    QStringList out;
    for (const auto& f : fields(type))
        out << QString::fromLatin1(f.key);
    return out;
}

QStringList PathwayDetails::requiredFieldsOf(PathwayEventType type)
{
    QStringList out;
    for (const auto& f : fields(type))
        if (f.required)
            out << QString::fromLatin1(f.key);
    return out;
}

QString PathwayDetails::htHighNote(int score)
{
    return tr("CAR-HEMATOTOX high risk (score %1): consider G-CSF from day +2 (5 µg/kg/day) and "
              "antibacterial "
              "prophylaxis (e.g. levofloxacin) once ANC is below 500/µL (EHA/EBMT 2023).")
        .arg(score);
}

Result<PathwayDetails::Checked> PathwayDetails::check(PathwayEventType type, const QJsonObject& details,
                                                      const QDate& date, const HematotoxTies& ties)
{
    Checked out;
    const QList<Field> known = fields(type);
    for (auto it = details.begin(); it != details.end(); ++it) {
        bool found = false;
        for (const auto& f : known)
            found = found || it.key() == QLatin1String(f.key);
        if (!found)
            return fieldError(
                type, it.key(),
                tr("unknown field; expected one of %1").arg(fieldsOf(type).join(QStringLiteral(", "))));
    }
    for (const auto& f : known) {
        const QString key = QString::fromLatin1(f.key);
        const QJsonValue v = details.value(key);
        if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().trimmed().isEmpty())) {
            if (f.required)
                return fieldError(type, key, tr("required (%1)").arg(kindText(f.kind)));
            continue;
        }
        switch (f.kind) {
        case Kind::Text: {
            if (!v.isString())
                return fieldError(type, key, tr("must be %1").arg(kindText(f.kind)));
            const qsizetype limit = f.max > 0 ? qsizetype(f.max) : TextLimits::kShort;
            if (auto st = TextLimits::check(key, v.toString().trimmed(), limit); !st.ok())
                return st.error();
            out.details.insert(key, v.toString().trimmed());
            break;
        }
        case Kind::Bool:
            if (!v.isBool())
                return fieldError(type, key, tr("must be %1").arg(kindText(f.kind)));
            out.details.insert(key, v);
            break;
        case Kind::Number:
            if (!v.isDouble())
                return fieldError(type, key, tr("must be %1").arg(kindText(f.kind)));
            if (v.toDouble() < f.min || v.toDouble() > f.max)
                return fieldError(type, key,
                                  tr("%1 is outside %2-%3").arg(v.toDouble()).arg(f.min).arg(f.max));
            out.details.insert(key, v);
            break;
        case Kind::Date: {
            const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
            if (!v.isString() || !d.isValid())
                return fieldError(type, key, tr("must be %1").arg(kindText(f.kind)));
            out.details.insert(key, d.toString(Qt::ISODate));
            break;
        }
        case Kind::Object:
            if (!v.isObject())
                return fieldError(type, key, tr("must be %1").arg(kindText(f.kind)));
            out.details.insert(key, v);
            break;
        }
    }
    if (out.details.contains(QStringLiteral("end_date"))) {
        out.endDate =
            QDate::fromString(out.details.value(QStringLiteral("end_date")).toString(), Qt::ISODate);
        if (date.isValid() && out.endDate < date)
            return fieldError(type, QStringLiteral("end_date"),
                              tr("%1 is before the start date %2")
                                  .arg(out.endDate.toString(Qt::ISODate), date.toString(Qt::ISODate)));
    }
    if (type == PathwayEventType::Lymphodepletion) {
        if (out.details.contains(QStringLiteral("labs_date"))) {
            const QDate labs =
                QDate::fromString(out.details.value(QStringLiteral("labs_date")).toString(), Qt::ISODate);
            if (date.isValid() && labs > date)
                return fieldError(
                    type, QStringLiteral("labs_date"),
                    tr("CAR-HEMATOTOX uses the labs taken before lymphodepletion; %1 is after its "
                       "start %2")
                        .arg(labs.toString(Qt::ISODate), date.toString(Qt::ISODate)));
        }
        auto input = HematotoxJson::parse(out.details.value(QStringLiteral("hematotox")).toObject());
        if (!input.ok())
            return Error::badInput(tr("lymphodepletion details, \"hematotox.%1\"").arg(input.error().message))
                .atField(input.error().field.isEmpty() ? QStringLiteral("hematotox")
                                                       : QStringLiteral("hematotox.") + input.error().field);
        const HematotoxResult result = HematotoxScorer(ties).score(*input);
        QJsonObject stored = HematotoxJson::toJson(result);
        stored.insert(QStringLiteral("conversions"), QJsonArray::fromStringList(input->conversions));
        stored.insert(QStringLiteral("conventions"),
                      QJsonObject{{QStringLiteral("hematotox_ties"), GradingOptionsJson::tiesToJson(ties)}});
        out.details.insert(QStringLiteral("hematotox_result"), stored);
        if (result.risk == HematotoxRisk::High)
            out.notes << htHighNote(result.score);
    }
    return out;
}

} // namespace cb::core
