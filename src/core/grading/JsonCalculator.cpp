#include "core/grading/JsonCalculator.h"

#include "core/StableId.h"
#include "core/grading/CrsGrader.h"
#include "core/grading/CrsJson.h"
#include "core/grading/HematotoxJson.h"
#include "core/grading/HematotoxScorer.h"
#include "core/grading/IcansGrader.h"
#include "core/grading/IcansJson.h"
#include "core/grading/IceJson.h"
#include "core/grading/IceScorer.h"

namespace cb::core {

namespace {

// Parses with Json::parse, grades with `grade`, writes with Json::toJson.
template <typename Json, typename Grade>
Result<JsonCalculator::Output> evaluate(const QJsonObject& input, Grade grade)
{
    JsonCalculator::Output out;
    auto parsed = Json::parse(input, &out.ignoredFields);
    if (!parsed)
        return parsed.error();
    out.result = Json::toJson(grade(parsed.value()));
    return out;
}

} // namespace

QStringList JsonCalculator::names()
{
    return {QStringLiteral("crs"), QStringLiteral("icans"), QStringLiteral("ice"),
            QStringLiteral("hematotox")};
}

Result<QString> JsonCalculator::resolve(const QString& name)
{
    const QString calc = normaliseId(name);
    if (names().contains(calc))
        return calc;
    return Error::badInput(QStringLiteral("calculator: unknown '%1'; expected one of %2")
                               .arg(name, names().join(QStringLiteral(", "))));
}

Result<JsonCalculator::Output> JsonCalculator::run(const QString& name, const QJsonObject& input,
                                                   const GradingOptions& options)
{
    const auto resolved = resolve(name);
    if (!resolved)
        return resolved.error();
    const QString& calc = resolved.value();
    if (calc == QLatin1String("crs"))
        return evaluate<CrsJson>(input, [&](const CrsInput& in) { return CrsGrader(options).grade(in); });
    if (calc == QLatin1String("icans"))
        return evaluate<IcansJson>(input, [](const IcansInput& in) { return IcansGrader::grade(in); });
    if (calc == QLatin1String("ice"))
        return evaluate<IceJson>(input, [](const IceInput& in) { return IceScorer::score(in); });
    if (calc == QLatin1String("hematotox"))
        return evaluate<HematotoxJson>(input, [&](const HematotoxInput& in) {
            return HematotoxScorer(options.hematotoxTies).score(in);
        });
    return Error::failure(QStringLiteral("calculator '%1' is listed but not wired").arg(calc));
}

} // namespace cb::core
