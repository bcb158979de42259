#include "cli/GradeCommand.h"

#include "cli/CliContext.h"
#include "core/grading/JsonCalculator.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

namespace cb::cli {

namespace {

QString tr(const char* s)
{
    return QCoreApplication::translate("cb::cli", s);
}

// The one JSON object on standard input, or a bad-input error naming "input".
Result<QJsonObject> readInputObject(CliContext& ctx)
{
    const QByteArray bytes = ctx.readAllStdin();
    if (bytes.trimmed().isEmpty())
        return Error::badInput(tr("input: expected one JSON object on standard input, got nothing"));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error::badInput(tr("input: malformed JSON at offset %1: %2")
                                   .arg(parseError.offset)
                                   .arg(parseError.errorString()));
    if (!doc.isObject())
        return Error::badInput(tr("input: expected one JSON object, got an array"));
    return doc.object();
}

} // namespace

GradeCommand::GradeCommand(const core::GradingOptions& options) : m_options(options) {}

QString GradeCommand::summary() const
{
    return tr("Grade CRS or ICANS, score ICE or CAR-HEMATOTOX from JSON on standard input");
}

QString GradeCommand::usage() const
{
    return tr(
        "Usage: cellboard-cli grade crs|icans|ice|hematotox < input.json\n"
        "Reads one JSON object (field names of the clinical specification, e.g.\n"
        "  {\"temperature_c\": 38.4, \"hypotension\": true, \"vasopressors\": [\"norepinephrine\"],\n"
        "   \"oxygen\": {\"device\": \"nasal_cannula\", \"flow_l_min\": 4}})\n"
        "and prints one JSON object: the grade or score (crs_grade, icans_grade,\n"
        "ice_score/unable_to_perform/ice_domain_grade, score/risk/points), rule_version and explanation.\n"
        "Bad input exits with 2 and one line on standard error naming the field.\n"
        "Fields that are not understood are ignored with a warning on standard error.\n"
        "No database or user is needed.");
}

int GradeCommand::run(CliContext& ctx, const QStringList& args)
{
    QStringList positional;
    for (const QString& a : args)
        if (a != QLatin1String("--json")) // the output is always JSON
            positional << a;
    if (positional.size() != 1)
        return ctx.usageError(tr("grade: expected one calculator name: crs, icans, ice or hematotox"));

    const auto calculator = core::JsonCalculator::resolve(positional.first());
    if (!calculator)
        return ctx.fail(calculator.error());
    const auto input = readInputObject(ctx);
    if (!input)
        return ctx.fail(input.error());
    const auto output = core::JsonCalculator::run(*calculator, *input, m_options);
    if (!output)
        return ctx.fail(output.error());

    for (const QString& field : output->ignoredFields)
        ctx.err() << tr("warning: ignored unknown field '%1'").arg(field) << Qt::endl;
    return ctx.printJson(QJsonDocument(output->result));
}

} // namespace cb::cli
