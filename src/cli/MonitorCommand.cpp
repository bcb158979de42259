#include "cli/MonitorCommand.h"

#include "cli/CaseIdArgument.h"
#include "cli/CliContext.h"
#include "cli/CommandLine.h"
#include "cli/PathwayJson.h"
#include "core/PermissionPolicy.h"
#include "services/MonitoringService.h"
#include "services/Workspace.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace cb::cli {

namespace {

QString tr(const char* s)
{
    return QCoreApplication::translate("cb::cli", s);
}

const QString kFile = QStringLiteral("file");
const QString kJson = QStringLiteral("json");
const QString kId = QStringLiteral("id");
const QString kReason = QStringLiteral("reason");
const QString kRowVersion = QStringLiteral("row-version");

// A positive record id or row version; 0 when malformed.
qint64 positiveNumber(const QString& text)
{
    bool ok = false;
    const qint64 n = text.trimmed().toLongLong(&ok);
    return ok && n > 0 ? n : 0;
}

QString interventionsText(const QJsonObject& i)
{
    QStringList parts;
    if (i.contains(QStringLiteral("tocilizumab_mg")))
        parts << tr("tocilizumab %1 mg").arg(i.value(QStringLiteral("tocilizumab_mg")).toDouble());
    if (i.contains(QStringLiteral("steroid")))
        parts << i.value(QStringLiteral("steroid")).toString();
    if (i.value(QStringLiteral("icu_transfer")).toBool())
        parts << tr("ICU transfer");
    return parts.join(QStringLiteral("; "));
}

} // namespace

QString MonitorCommand::summary() const
{
    return tr("Record and show CRS/ICANS monitoring assessments from day 0");
}

QString MonitorCommand::usage() const
{
    return tr(
        "Usage:\n"
        "  cellboard-cli --user NAME monitor record CASE --file ASSESSMENT.json\n"
        "  cellboard-cli --user NAME monitor show CASE [--json]\n"
        "  cellboard-cli --user NAME monitor void CASE --id ID --reason TEXT [--row-version V]\n"
        "  cellboard-cli --user NAME monitor correct CASE --id ID --file ASSESSMENT.json [--row-version V]\n"
        "ASSESSMENT.json: the input fields of \"grade crs\" and \"grade icans\" in one object, with the ICE\n"
        "items (arousable, orientation …) or ice_score, plus \"time\" (with its UTC offset) and optional\n"
        "\"interventions\" {tocilizumab_mg, steroid, icu_transfer, other}, attributable_to_other_cause,\n"
        "free_text. age_years comes from the birth date when left out. Example:\n"
        "  {\"time\": \"2026-12-26T08:00:00+01:00\", \"temperature_c\": 38.9, \"hypotension\": false,\n"
        "   \"vasopressors\": [], \"oxygen\": {\"device\": \"nasal_cannula\", \"flow_l_min\": 2},\n"
        "   \"ice_score\": 9, \"consciousness\": \"alert\", \"seizure\": \"none\", \"motor\": \"none\",\n"
        "   \"cerebral_edema\": \"none\", \"interventions\": {\"tocilizumab_mg\": 640}}\n"
        "The grades (ASTCT-2019) are computed and stored with the inputs, the rule version and you as the "
        "assessor.\n"
        "An assessment is never deleted: \"void\" marks it voided with the reason (it stays listed, no "
        "longer\n"
        "counts for grades); \"correct\" grades ASSESSMENT.json as its replacement and marks it superseded.");
}

int MonitorCommand::run(CliContext& ctx, const QStringList& args)
{
    if (args.isEmpty())
        return ctx.usageError(usage());
    const QString sub = args.first();
    if (sub != QLatin1String("record") && sub != QLatin1String("show") && sub != QLatin1String("void") &&
        sub != QLatin1String("correct"))
        return ctx.usageError(tr("Unknown monitor command \"%1\".\n").arg(sub) + usage());
    auto user = ctx.authenticate();
    if (!user.ok())
        return ctx.fail(user.error());
    const bool recording = sub != QLatin1String("show");
    QList<QCommandLineOption> options{QCommandLineOption(kJson)};
    if (sub == QLatin1String("record"))
        options = {QCommandLineOption(kFile, {}, QStringLiteral("FILE"))};
    else if (sub == QLatin1String("void"))
        options = {QCommandLineOption(kId, {}, QStringLiteral("ID")),
                   QCommandLineOption(kReason, {}, QStringLiteral("TEXT")),
                   QCommandLineOption(kRowVersion, {}, QStringLiteral("V"))};
    else if (sub == QLatin1String("correct"))
        options = {QCommandLineOption(kId, {}, QStringLiteral("ID")),
                   QCommandLineOption(kFile, {}, QStringLiteral("FILE")),
                   QCommandLineOption(kRowVersion, {}, QStringLiteral("V"))};
    CommandLine cl(options);
    const bool parsed = cl.parse(args.mid(1));
    const QStringList positional = parsed ? cl.positional() : QStringList();
    qint64 caseNumber = 0;
    if (positional.size() == 1)
        caseNumber = parseCaseId(positional.first()).value_or(0);
    const auto action = recording ? core::Action::RecordMonitoring : core::Action::ReadCases;
    if (!core::PermissionPolicy::allows(*user, action)) {
        auto ws = ctx.workspace();
        if (!ws.ok())
            return ctx.fail(ws.error());
        const QString name = sub == QLatin1String("void")      ? QStringLiteral("monitoring.void")
                             : sub == QLatin1String("correct") ? QStringLiteral("monitoring.correct")
                             : recording                       ? QStringLiteral("assessment.record")
                                                               : QStringLiteral("monitoring.view");
        return ctx.fail((*ws)->require(*user, {action, {}, name, caseNumber}).error());
    }
    if (!parsed)
        return ctx.usageError(cl.errorText() + QLatin1Char('\n') + usage());
    if (positional.size() != 1)
        return ctx.usageError(tr("Give one case id: cellboard-cli --user NAME monitor %1 CASE …").arg(sub));
    if (caseNumber == 0)
        return ctx.usageError(tr("\"%1\" is not a case id (a positive number).").arg(positional.first()));
    if (sub == QLatin1String("void") || sub == QLatin1String("correct"))
        return amend(ctx, *user, cl, caseNumber, sub == QLatin1String("void"));
    return recording ? record(ctx, *user, cl, caseNumber) : show(ctx, *user, cl, caseNumber);
}

int MonitorCommand::amend(CliContext& ctx, const core::UserIdentity& user, const CommandLine& cl,
                          qint64 caseId, bool voiding)
{
    if (!cl.isSet(kId))
        return ctx.usageError(tr("Give the assessment: --id ID (the \"id\" of monitor show --json)."));
    const qint64 id = positiveNumber(cl.value(kId));
    if (id == 0)
        return ctx.usageError(tr("\"%1\" is not an assessment id (a positive number).").arg(cl.value(kId)));
    qint64 rowVersion = 0;
    if (cl.isSet(kRowVersion)) {
        rowVersion = positiveNumber(cl.value(kRowVersion));
        if (rowVersion == 0)
            return ctx.usageError(
                tr("\"%1\" is not a row version (a positive number).").arg(cl.value(kRowVersion)));
    }
    if (voiding) {
        if (!cl.isSet(kReason))
            return ctx.usageError(tr("Give the reason for voiding: --reason TEXT."));
        auto ws = ctx.workspace();
        if (!ws.ok())
            return ctx.fail(ws.error());
        auto a = (*ws)->monitoring().voidAssessment(user, caseId, id, cl.value(kReason), rowVersion);
        if (!a.ok())
            return ctx.fail(a.error());
        ctx.out() << tr("Assessment %1 (day %2) of case %3 voided.").arg(id).arg(a->day).arg(caseId)
                  << Qt::endl;
        return ExitOk;
    }
    if (!cl.isSet(kFile))
        return ctx.usageError(tr("Give the corrected assessment: --file ASSESSMENT.json."));
    auto entry = PathwayJson::readObjectFile(cl.value(kFile), tr("assessment"));
    if (!entry.ok())
        return ctx.fail(entry.error());
    auto ws = ctx.workspace();
    if (!ws.ok())
        return ctx.fail(ws.error());
    auto a = (*ws)->monitoring().correctAssessment(user, caseId, id, *entry, rowVersion);
    if (!a.ok())
        return ctx.fail(a.error());
    ctx.out() << tr("Assessment %1 of case %2 corrected by assessment %3: CRS grade %4, ICANS grade %5 (%6).")
                     .arg(id)
                     .arg(caseId)
                     .arg(a->id)
                     .arg(a->crsGrade)
                     .arg(a->icansGrade)
                     .arg(a->ruleVersion)
              << Qt::endl;
    return ExitOk;
}

int MonitorCommand::record(CliContext& ctx, const core::UserIdentity& user, const CommandLine& cl,
                           qint64 caseId)
{
    if (!cl.isSet(kFile))
        return ctx.usageError(tr("Give the assessment: --file ASSESSMENT.json."));
    auto entry = PathwayJson::readObjectFile(cl.value(kFile), tr("assessment"));
    if (!entry.ok())
        return ctx.fail(entry.error());
    auto ws = ctx.workspace();
    if (!ws.ok())
        return ctx.fail(ws.error());
    auto a = (*ws)->monitoring().recordAssessment(user, caseId, *entry);
    if (!a.ok())
        return ctx.fail(a.error());
    ctx.out() << tr("Day %1 assessment recorded for case %2 (id %3): CRS grade %4, ICANS grade %5 (%6).")
                     .arg(a->day)
                     .arg(caseId)
                     .arg(a->id)
                     .arg(a->crsGrade)
                     .arg(a->icansGrade)
                     .arg(a->ruleVersion)
              << Qt::endl;
    for (const QJsonValue& c : a->outputs.value(QStringLiteral("conversions")).toArray())
        ctx.out() << tr("Converted: %1").arg(c.toString()) << Qt::endl;
    return ExitOk;
}

int MonitorCommand::show(CliContext& ctx, const core::UserIdentity& user, const CommandLine& cl,
                         qint64 caseId)
{
    auto ws = ctx.workspace();
    if (!ws.ok())
        return ctx.fail(ws.error());
    auto view = (*ws)->monitoring().monitoring(user, caseId);
    if (!view.ok())
        return ctx.fail(view.error());
    const auto& s = view->summary;
    if (cl.isSet(kJson)) {
        QJsonArray days;
        for (const auto& d : s.days)
            days << PathwayJson::day(d);
        QJsonArray assessments;
        for (const auto& a : view->assessments)
            assessments << PathwayJson::assessment(a);
        QJsonObject out{{QStringLiteral("case_id"), caseId},
                        {QStringLiteral("worst_crs_grade"), s.worstCrs},
                        {QStringLiteral("worst_icans_grade"), s.worstIcans},
                        {QStringLiteral("tocilizumab_doses"), s.tocilizumabDoses},
                        {QStringLiteral("steroids"), s.steroids},
                        {QStringLiteral("icu_transfer"), s.icuTransfer},
                        {QStringLiteral("days"), days},
                        {QStringLiteral("assessments"), assessments}};
        if (view->infusionDate.isValid())
            out.insert(QStringLiteral("infusion_date"), view->infusionDate.toString(Qt::ISODate));
        return ctx.printJson(QJsonDocument(out));
    }
    if (view->assessments.isEmpty()) {
        ctx.out() << tr("Case %1: no monitoring assessment recorded.").arg(caseId) << Qt::endl;
        return ExitOk;
    }
    for (const auto& a : view->assessments) {
        ctx.out() << tr("day %1  %2  %3 °C  CRS %4  ICANS %5  ICE %6  %7")
                         .arg(a.day, 3)
                         .arg(core::toIsoUtc(a.assessedAt))
                         .arg(a.temperatureC, 0, 'f', 1)
                         .arg(a.crsGrade)
                         .arg(a.icansGrade)
                         .arg(a.iceScore < 0 ? QStringLiteral("–") : QString::number(a.iceScore))
                         .arg(interventionsText(a.interventions))
                  << Qt::endl;
        if (a.correction.isVoided())
            ctx.out() << QStringLiteral("    ")
                      << tr("VOIDED (assessment %1) by %2 at %3: %4")
                             .arg(a.id)
                             .arg(a.correction.voidedByName, core::toIsoUtc(a.correction.voidedAt),
                                  a.correction.voidReason)
                      << Qt::endl;
        else if (a.correction.isSuperseded())
            ctx.out() << QStringLiteral("    ")
                      << tr("SUPERSEDED (assessment %1): corrected by assessment %2")
                             .arg(a.id)
                             .arg(a.correction.supersededBy)
                      << Qt::endl;
    }
    ctx.out() << tr("Worst CRS grade %1 (day %2), worst ICANS grade %3 (day %4); tocilizumab doses: %5.")
                     .arg(s.worstCrs)
                     .arg(s.worstCrsDay)
                     .arg(s.worstIcans)
                     .arg(s.worstIcansDay)
                     .arg(s.tocilizumabDoses)
              << Qt::endl;
    return ExitOk;
}

} // namespace cb::cli
