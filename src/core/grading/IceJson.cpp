#include "core/grading/IceJson.h"

#include "core/grading/JsonFieldReader.h"

namespace cb::core {

namespace {

// Reads a bool item: required when the patient is arousable, optional (type-checked) otherwise.
bool item(JsonFieldReader& r, const QString& key, bool required)
{
    return required ? r.boolean(key) : r.optionalBoolean(key);
}

} // namespace

Result<IceInput> IceJson::parse(const QJsonObject& json, QStringList* ignored)
{
    JsonFieldReader r(json);
    IceInput in;
    in.arousable = r.boolean(QStringLiteral("arousable"));
    const bool required = in.arousable;

    if (required || r.has(QStringLiteral("orientation"))) {
        JsonFieldReader o = r.object(QStringLiteral("orientation"));
        in.orientationYear = item(o, QStringLiteral("year"), required);
        in.orientationMonth = item(o, QStringLiteral("month"), required);
        in.orientationCity = item(o, QStringLiteral("city"), required);
        in.orientationHospital = item(o, QStringLiteral("hospital"), required);
    } else {
        r.skip(QStringLiteral("orientation"));
    }
    const QString naming = QStringLiteral("naming_correct_count");
    in.namingCorrectCount = required ? r.integer(naming, 0, 3) : r.optionalInteger(naming, 0, 3).value_or(0);
    in.followsCommands = item(r, QStringLiteral("follows_commands"), required);
    in.writesStandardSentence = item(r, QStringLiteral("writes_standard_sentence"), required);
    in.countsBackFrom100By10 = item(r, QStringLiteral("counts_back_from_100_by_10"), required);

    if (r.failed())
        return r.error();
    if (ignored)
        *ignored = r.unreadFields();
    return in;
}

QJsonObject IceJson::toJson(const IceResult& result)
{
    return QJsonObject{
        {QStringLiteral("ice_score"), result.score},
        {QStringLiteral("unable_to_perform"), result.unableToPerform},
        {QStringLiteral("ice_domain_grade"), result.domainGrade},
        {QStringLiteral("rule_version"), result.ruleVersion},
        {QStringLiteral("explanation"), result.explanation},
    };
}

} // namespace cb::core
