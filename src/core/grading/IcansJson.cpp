#include "core/grading/IcansJson.h"

#include "core/grading/IcansGrader.h"
#include "core/grading/JsonFieldReader.h"

namespace cb::core {

namespace {

constexpr double kMaxAgeYears = 130.0;
constexpr int kMaxCapdScore = 32;

void readIce(JsonFieldReader& r, IcansInput& in, bool required)
{
    const QString score = QStringLiteral("ice_score");
    const QString unable = QStringLiteral("ice_unable_unarousable");
    if (required && !r.contains(score))
        r.fail(score, QStringLiteral("required field is missing (0-10, or null when not assessed)"));
    in.iceScore = r.optionalInteger(score, 0, 10);
    in.iceUnableUnarousable = required ? r.boolean(unable) : r.optionalBoolean(unable);
    if (in.iceUnableUnarousable && in.iceScore.value_or(0) != 0)
        r.fail(score,
               QStringLiteral("%1 is not possible when ice_unable_unarousable is true; expected 0 or null")
                   .arg(*in.iceScore));
}

} // namespace

Result<IcansInput> IcansJson::parse(const QJsonObject& json, QStringList* ignored)
{
    JsonFieldReader r(json);
    IcansInput in;
    in.ageYears = r.number(QStringLiteral("age_years"), 0.0, kMaxAgeYears, QStringLiteral("years"));
    const bool child = IcansGrader::usesCapd(in.ageYears);
    readIce(r, in, !child);
    in.consciousness = r.enumValue(QStringLiteral("consciousness"), consciousnessLevels());
    in.seizure = r.enumValue(QStringLiteral("seizure"), seizures());
    in.motor = r.enumValue(QStringLiteral("motor"), motorFindings());
    in.cerebralEdema = r.enumValue(QStringLiteral("cerebral_edema"), cerebralEdemaFindings());
    in.findingIsIntracranialHemorrhage =
        r.optionalBoolean(QStringLiteral("finding_is_intracranial_hemorrhage"));
    in.capdScore = r.optionalInteger(QStringLiteral("capd_score"), 0, kMaxCapdScore);
    in.capdUnable = r.optionalBoolean(QStringLiteral("capd_unable"));
    in.deathDueToIcans = r.optionalBoolean(QStringLiteral("death_due_to_icans"));

    if (r.failed())
        return r.error();
    if (ignored)
        *ignored = r.unreadFields();
    return in;
}

QJsonObject IcansJson::toJson(const IcansResult& result)
{
    return QJsonObject{
        {QStringLiteral("icans_grade"), result.grade},
        {QStringLiteral("rule_version"), result.ruleVersion},
        {QStringLiteral("explanation"), result.explanation},
    };
}

} // namespace cb::core
