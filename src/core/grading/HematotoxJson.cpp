#include "core/grading/HematotoxJson.h"

#include "core/grading/JsonFieldReader.h"
#include "core/grading/UnitConversion.h"

namespace cb::core {

namespace {

using Convert = double (*)(double);

// One lab: its field in the score's unit and an optional alternative unit with its conversion.
struct LabField
{
    const char* key;
    const char* unit;
    double max;
    const char* altKey;
    const char* altUnit;
    double altMax;
    Convert fromAlt;
    const char* name;
};

double identity(double v)
{
    return v;
}

double readLab(JsonFieldReader& r, const LabField& f, QStringList& conversions)
{
    const QString key = QString::fromLatin1(f.key);
    const QString alt = f.altKey ? QString::fromLatin1(f.altKey) : QString();
    const bool hasAlt = !alt.isEmpty() && r.has(alt);
    if (!hasAlt) {
        if (!alt.isEmpty())
            r.skip(alt);
        if (!alt.isEmpty() && !r.has(key) && !r.failed()) {
            r.skip(key);
            r.fail(key, QStringLiteral("required field is missing (or give %1)").arg(alt));
            return 0.0;
        }
        return r.number(key, 0.0, f.max, QString::fromUtf8(f.unit));
    }
    if (r.has(key)) {
        r.fail(key, QStringLiteral("give either %1 or %2, not both").arg(key, alt));
        return 0.0;
    }
    r.skip(key);
    const double given = r.number(alt, 0.0, f.altMax, QString::fromUtf8(f.altUnit));
    const double value = f.fromAlt(given);
    if (!r.failed())
        conversions << QStringLiteral("%1 %2 %3 = %4 %5")
                           .arg(QString::fromLatin1(f.name), QString::number(given, 'g', 10),
                                QString::fromUtf8(f.altUnit), QString::number(value, 'g', 10),
                                QString::fromUtf8(f.unit));
    return value;
}

// Generous physiological limits: anything beyond is a unit or typing error.
const LabField kPlatelets{"platelets_10e9_per_l",
                          "×10⁹/L",
                          5000.0,
                          "platelets_per_ul",
                          "/µL",
                          5000000.0,
                          &UnitConversion::plateletsPerUlTo10e9PerL,
                          "Platelets"};
const LabField kAnc{
    "anc_per_ul", "/µL", 200000.0, "anc_10e9_per_l", "×10⁹/L", 200.0, &UnitConversion::anc10e9PerLToPerUl,
    "ANC"};
const LabField kHemoglobin{"hemoglobin_g_dl",
                           "g/dL",
                           25.0,
                           "hemoglobin_g_l",
                           "g/L",
                           250.0,
                           &UnitConversion::hemoglobinGPerLToGPerDl,
                           "Hb"};
const LabField kCrp{
    "crp_mg_dl", "mg/dL", 100.0, "crp_mg_l", "mg/L", 1000.0, &UnitConversion::crpMgPerLToMgPerDl, "CRP"};
const LabField kFerritin{"ferritin_ng_ml", "ng/mL", 500000.0, nullptr, nullptr, 0.0, &identity, "Ferritin"};

} // namespace

Result<HematotoxInput> HematotoxJson::parse(const QJsonObject& json, QStringList* ignored)
{
    JsonFieldReader r(json);
    HematotoxInput in;
    in.platelets10e9PerL = readLab(r, kPlatelets, in.conversions);
    in.ancPerUl = readLab(r, kAnc, in.conversions);
    in.hemoglobinGPerDl = readLab(r, kHemoglobin, in.conversions);
    in.crpMgPerDl = readLab(r, kCrp, in.conversions);
    in.ferritinNgPerMl = readLab(r, kFerritin, in.conversions);

    if (r.failed())
        return r.error();
    if (ignored)
        *ignored = r.unreadFields();
    return in;
}

QJsonObject HematotoxJson::inputsToJson(const HematotoxInput& in)
{
    return QJsonObject{
        {QString::fromLatin1(kPlatelets.key), in.platelets10e9PerL},
        {QString::fromLatin1(kAnc.key), in.ancPerUl},
        {QString::fromLatin1(kHemoglobin.key), in.hemoglobinGPerDl},
        {QString::fromLatin1(kCrp.key), in.crpMgPerDl},
        {QString::fromLatin1(kFerritin.key), in.ferritinNgPerMl},
    };
}

QJsonObject HematotoxJson::toJson(const HematotoxResult& result)
{
    const HematotoxPoints& p = result.points;
    return QJsonObject{
        {QStringLiteral("score"), result.score},
        {QStringLiteral("risk"), toId(result.risk)},
        {QStringLiteral("points"),
         QJsonObject{
             {QStringLiteral("platelets"), p.platelets},
             {QStringLiteral("anc"), p.anc},
             {QStringLiteral("hemoglobin"), p.hemoglobin},
             {QStringLiteral("crp"), p.crp},
             {QStringLiteral("ferritin"), p.ferritin},
         }},
        {QStringLiteral("inputs"), inputsToJson(result.inputs)},
        {QStringLiteral("rule_version"), result.ruleVersion},
        {QStringLiteral("explanation"), result.explanation},
    };
}

} // namespace cb::core
