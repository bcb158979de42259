#include "core/pathway/AssessmentJson.h"

#include "core/TextLimits.h"
#include "core/grading/CrsGrader.h"
#include "core/grading/CrsJson.h"
#include "core/grading/GradingOptionsJson.h"
#include "core/grading/GradingVocabulary.h"
#include "core/grading/IcansGrader.h"
#include "core/grading/IcansJson.h"
#include "core/grading/IceJson.h"
#include "core/grading/IceScorer.h"

#include <QJsonArray>
#include <QSet>

namespace cb::core {

namespace {

const QString kTime = QStringLiteral("time");
const QString kInterventions = QStringLiteral("interventions");
const QString kAttributable = QStringLiteral("attributable_to_other_cause");
const QString kFreeText = QStringLiteral("free_text");
const QString kPrior = QStringLiteral("prior_crs_treated_with_antipyretic_or_anticytokine");

Result<Interventions> readInterventions(const QJsonValue& v)
{
    Interventions out;
    if (v.isUndefined() || v.isNull())
        return out;
    if (!v.isObject())
        return Error::badInput(QStringLiteral("interventions: expected an object"));
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString key = it.key();
        const QJsonValue x = it.value();
        if (x.isNull())
            continue;
        if (key == QLatin1String("tocilizumab_mg")) {
            if (!x.isDouble() || x.toDouble() < 0 || x.toDouble() > 800)
                return Error::badInput(
                    QStringLiteral("interventions.tocilizumab_mg: expected a dose 0-800 mg "
                                   "(8 mg/kg, at most 800 mg)"));
            out.tocilizumabMg = x.toDouble();
        } else if (key == QLatin1String("steroid") || key == QLatin1String("other")) {
            if (!x.isString())
                return Error::badInput(QStringLiteral("interventions.%1: expected text").arg(key));
            const QString text = x.toString().trimmed();
            if (auto st = TextLimits::check(QStringLiteral("interventions.") + key, text,
                                            key == QLatin1String("steroid") ? TextLimits::kShort
                                                                            : TextLimits::kLong);
                !st.ok())
                return st.error();
            (key == QLatin1String("steroid") ? out.steroid : out.other) = text;
        } else if (key == QLatin1String("icu_transfer")) {
            if (!x.isBool())
                return Error::badInput(QStringLiteral("interventions.icu_transfer: expected true or false"));
            out.icuTransfer = x.toBool();
        } else {
            return Error::badInput(
                QStringLiteral("interventions.%1: unknown field; expected tocilizumab_mg, steroid, "
                               "icu_transfer, other")
                    .arg(key));
        }
    }
    return out;
}

} // namespace

QJsonObject AssessmentJson::interventionsToJson(const Interventions& i)
{
    QJsonObject o;
    if (i.tocilizumabMg > 0)
        o.insert(QStringLiteral("tocilizumab_mg"), i.tocilizumabMg);
    if (!i.steroid.isEmpty())
        o.insert(QStringLiteral("steroid"), i.steroid);
    if (i.icuTransfer)
        o.insert(QStringLiteral("icu_transfer"), true);
    if (!i.other.isEmpty())
        o.insert(QStringLiteral("other"), i.other);
    return o;
}

Interventions AssessmentJson::interventionsFromJson(const QJsonObject& o)
{
    auto r = readInterventions(o);
    return r.ok() ? *r : Interventions{};
}

Result<AssessmentInput> AssessmentJson::parse(const QJsonObject& json, const Defaults& defaults)
{
    AssessmentInput in;
    in.raw = json;

    const QJsonValue t = json.value(kTime);
    if (!t.isString())
        return Error::badInput(QStringLiteral("time: required, e.g. \"2026-11-20T08:00:00+01:00\""))
            .atField(kTime);
    in.time = QDateTime::fromString(t.toString(), Qt::ISODateWithMs);
    if (!in.time.isValid())
        in.time = QDateTime::fromString(t.toString(), Qt::ISODate);
    if (!in.time.isValid())
        return Error::badInput(
                   QStringLiteral("time: '%1' is not a date and time (YYYY-MM-DDTHH:MM with an offset or Z)")
                       .arg(t.toString()))
            .atField(kTime);
    auto interventions = readInterventions(json.value(kInterventions));
    if (!interventions.ok())
        return interventions.error();
    in.interventions = *interventions;
    const QJsonValue attributable = json.value(kAttributable);
    if (!attributable.isUndefined() && !attributable.isNull() && !attributable.isBool())
        return Error::badInput(kAttributable + QStringLiteral(": expected true or false"));
    in.attributableToOtherCause = attributable.toBool(false);
    const QJsonValue freeText = json.value(kFreeText);
    if (!freeText.isUndefined() && !freeText.isNull() && !freeText.isString())
        return Error::badInput(kFreeText + QStringLiteral(": expected text"));
    in.freeText = freeText.toString().trimmed();
    if (auto st = TextLimits::check(kFreeText, in.freeText, TextLimits::kLong); !st.ok())
        return st.error();

    // A field that no calculator reads is a typing error, not something to drop silently; named
    // before any missing-field complaint it would otherwise cause.
    static const QStringList known{
        kTime, kInterventions, kAttributable, kFreeText,
        // CRS
        QStringLiteral("temperature_c"), QStringLiteral("temperature_f"), QStringLiteral("hypotension"),
        QStringLiteral("vasopressors"), QStringLiteral("oxygen"), kPrior,
        QStringLiteral("fever_attributable_to_other_cause"), QStringLiteral("death_due_to_crs"),
        QStringLiteral("spo2_percent"),
        // ICANS
        QStringLiteral("age_years"), QStringLiteral("ice_score"), QStringLiteral("ice_unable_unarousable"),
        QStringLiteral("consciousness"), QStringLiteral("seizure"), QStringLiteral("motor"),
        QStringLiteral("cerebral_edema"), QStringLiteral("finding_is_intracranial_hemorrhage"),
        QStringLiteral("capd_score"), QStringLiteral("capd_unable"), QStringLiteral("death_due_to_icans"),
        // ICE
        QStringLiteral("arousable"), QStringLiteral("orientation"), QStringLiteral("naming_correct_count"),
        QStringLiteral("follows_commands"), QStringLiteral("writes_standard_sentence"),
        QStringLiteral("counts_back_from_100_by_10")};
    for (auto it = json.begin(); it != json.end(); ++it)
        if (!known.contains(it.key()))
            return Error::badInput(QStringLiteral("%1: unknown field (not a CRS, ICANS or ICE input, time, "
                                                  "interventions, attributable_to_other_cause or free_text)")
                                       .arg(it.key()));

    QJsonObject calc = json;
    for (const QString& own : {kTime, kInterventions, kAttributable, kFreeText})
        calc.remove(own);

    // CRS: the prior-treatment flag defaults to what earlier assessments show.
    QJsonObject crsJson = calc;
    if (!crsJson.contains(kPrior) && defaults.priorCrsTreatedWithAnticytokine)
        crsJson.insert(kPrior, true);
    QStringList crsIgnored;
    auto crs = CrsJson::parse(crsJson, &crsIgnored);
    if (!crs.ok())
        return crs.error();
    in.crs = *crs;

    // ICE: the items when it was done (or a bare ice_score); its score feeds ICANS.
    QStringList iceIgnored;
    QJsonObject icansJson = calc;
    if (calc.contains(QStringLiteral("arousable"))) {
        if (calc.contains(QStringLiteral("ice_score")) ||
            calc.contains(QStringLiteral("ice_unable_unarousable")))
            return Error::badInput(QStringLiteral("ice_score: give the ICE items or ice_score, not both"));
        auto ice = IceJson::parse(calc, &iceIgnored);
        if (!ice.ok())
            return ice.error();
        in.iceDone = true;
        in.ice = *ice;
        const IceResult r = IceScorer::score(in.ice);
        icansJson.insert(QStringLiteral("ice_score"), r.unableToPerform ? 0 : r.score);
        icansJson.insert(QStringLiteral("ice_unable_unarousable"), r.unableToPerform);
    } else {
        if (!calc.contains(QStringLiteral("ice_score")))
            icansJson.insert(QStringLiteral("ice_score"), QJsonValue::Null); // not assessed
        if (!calc.contains(QStringLiteral("ice_unable_unarousable")))
            icansJson.insert(QStringLiteral("ice_unable_unarousable"), false);
    }
    if (!icansJson.contains(QStringLiteral("age_years"))) {
        if (defaults.ageYears < 0)
            return Error::badInput(
                QStringLiteral("age_years: required (the patient's birth date is not recorded)"));
        icansJson.insert(QStringLiteral("age_years"), defaults.ageYears);
    }
    QStringList icansIgnored;
    auto icans = IcansJson::parse(icansJson, &icansIgnored);
    if (!icans.ok())
        return icans.error();
    in.icans = *icans;

    // A field that no calculator read is a typing error, not something to drop silently.
    const QSet<QString> icansSet(icansIgnored.begin(), icansIgnored.end());
    const QSet<QString> iceSet(iceIgnored.begin(), iceIgnored.end());
    for (const QString& field : crsIgnored) {
        const bool nested = field.contains(QLatin1Char('.'));
        const bool unknown = nested ? !field.startsWith(QLatin1String("orientation."))
                                    : icansSet.contains(field) && (!in.iceDone || iceSet.contains(field));
        if (unknown)
            return Error::badInput(QStringLiteral("%1: unknown field (not a CRS, ICANS or ICE input, time, "
                                                  "interventions, attributable_to_other_cause or free_text)")
                                       .arg(field));
    }
    for (const QString& field : iceIgnored)
        if (field.startsWith(QLatin1String("orientation.")))
            return Error::badInput(QStringLiteral("%1: unknown field").arg(field));
    return in;
}

AssessmentResult AssessmentJson::evaluate(const AssessmentInput& input, const GradingOptions& options)
{
    AssessmentResult r;
    r.crs = CrsGrader(options).grade(input.crs);
    r.icans = IcansGrader::grade(input.icans);
    r.iceDone = input.iceDone;
    if (input.iceDone)
        r.ice = IceScorer::score(input.ice);
    return r;
}

QJsonObject AssessmentJson::outputsToJson(const AssessmentResult& r, const AssessmentInput& input,
                                          const GradingOptions& options)
{
    QJsonObject crs{{QStringLiteral("crs_grade"), r.crs.grade},
                    {QStringLiteral("hypotension_grade"), r.crs.hypotensionGrade},
                    {QStringLiteral("hypoxia_grade"), r.crs.hypoxiaGrade},
                    {QStringLiteral("fever"), r.crs.fever},
                    {QStringLiteral("fever_masked"), r.crs.feverMasked},
                    {QStringLiteral("temperature_c"), r.crs.temperatureC},
                    {QStringLiteral("counted_vasopressors"), r.crs.countedVasopressors},
                    {QStringLiteral("explanation"), r.crs.explanation}};
    QJsonObject icans{{QStringLiteral("icans_grade"), r.icans.grade},
                      {QStringLiteral("used_capd"), r.icans.usedCapd},
                      {QStringLiteral("encephalopathy_grade"), r.icans.encephalopathyGrade},
                      {QStringLiteral("consciousness_grade"), r.icans.consciousnessGrade},
                      {QStringLiteral("seizure_grade"), r.icans.seizureGrade},
                      {QStringLiteral("motor_grade"), r.icans.motorGrade},
                      {QStringLiteral("edema_grade"), r.icans.edemaGrade},
                      {QStringLiteral("age_years"), input.icans.ageYears},
                      {QStringLiteral("explanation"), r.icans.explanation}};
    QJsonObject out{
        {QStringLiteral("crs"), crs},
        {QStringLiteral("icans"), icans},
        {QStringLiteral("rule_version"), QString::fromLatin1(kRuleAstct2019)},
        {QStringLiteral("conversions"), QJsonArray::fromStringList(input.crs.conversions)},
        {QStringLiteral("units"), QJsonObject{{QStringLiteral("temperature"), QStringLiteral("°C")},
                                              {QStringLiteral("oxygen_flow"), QStringLiteral("L/min")},
                                              {QStringLiteral("tocilizumab"), QStringLiteral("mg")}}}};
    QJsonObject conventions = GradingOptionsJson::toJson(options);
    conventions.remove(QStringLiteral("hematotox_ties")); // not used by CRS/ICANS
    out.insert(QStringLiteral("conventions"), conventions);
    if (r.iceDone)
        out.insert(QStringLiteral("ice"),
                   QJsonObject{{QStringLiteral("ice_score"), r.ice.score},
                               {QStringLiteral("unable_to_perform"), r.ice.unableToPerform},
                               {QStringLiteral("ice_domain_grade"), r.ice.domainGrade},
                               {QStringLiteral("explanation"), r.ice.explanation}});
    return out;
}

} // namespace cb::core
