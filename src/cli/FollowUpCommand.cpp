#include "cli/FollowUpCommand.h"

#include "cli/CaseIdArgument.h"
#include "cli/CliContext.h"
#include "cli/CommandLine.h"
#include "cli/PathwayJson.h"
#include "core/PermissionPolicy.h"
#include "core/pathway/FollowUpDetails.h"
#include "services/FollowUpService.h"
#include "services/Workspace.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace cb::cli {

namespace {

const QString kDue = QStringLiteral("due");
const QString kJson = QStringLiteral("json");
const QString kVisit = QStringLiteral("visit");
const QString kResponse = QStringLiteral("response");
const QString kMrd = QStringLiteral("mrd");
const QString kDate = QStringLiteral("date");
const QString kDetails = QStringLiteral("details");
const QString kRowVersion = QStringLiteral("row-version");

} // namespace

QString FollowUpCommand::summary() const
{
    return tr("List due follow-up visits and record a visit's response and late effects");
}

QString FollowUpCommand::usage() const
{
    return tr("Usage:\n"
              "  cellboard-cli --user NAME followup list [--due] [--json]\n"
              "  cellboard-cli --user NAME followup record CASE --visit V --response R [--mrd M] [--date D]\n"
              "                [--details FILE.json] [--row-version N]\n"
              "list shows the visits of the cases in treatment or follow-up; --due only those due or "
              "overdue.\n"
              "Visits: day_28, day_90, day_180, day_365, year_2 … year_15 (setting follow_up.schedule).\n"
              "Responses: myeloma (IMWG-2016) scr, cr, vgpr, pr, mr, sd, pd; lymphoma (Lugano-2014) cmr, "
              "pmr, "
              "nmr, pmd;\n"
              "B-ALL cr, cri, no_response, relapse; any: not_evaluable. MRD (myeloma, ALL): not_done, "
              "negative, "
              "positive.\n"
              "--date is the visit date (default today). FILE.json holds late effects: %1.\n"
              "--row-version corrects a visit already recorded (see list --json).")
        .arg(core::FollowUpDetails::fields().join(QStringLiteral(", ")));
}

int FollowUpCommand::run(CliContext& ctx, const QStringList& args)
{
    if (args.isEmpty())
        return ctx.usageError(usage());
    const QString sub = args.first();
    if (sub != QLatin1String("list") && sub != QLatin1String("record"))
        return ctx.usageError(tr("Unknown followup command \"%1\".\n").arg(sub) + usage());
    auto user = ctx.authenticate();
    if (!user.ok())
        return ctx.fail(user.error());
    const bool recording = sub == QLatin1String("record");
    auto valued = [](const QString& name, const QString& value) {
        return QCommandLineOption(name, {}, value);
    };
    CommandLine cl(recording
                       ? QList<QCommandLineOption>{valued(kVisit, QStringLiteral("V")),
                                                   valued(kResponse, QStringLiteral("R")),
                                                   valued(kMrd, QStringLiteral("M")),
                                                   valued(kDate, QStringLiteral("D")),
                                                   valued(kDetails, QStringLiteral("FILE")),
                                                   valued(kRowVersion, QStringLiteral("N"))}
                       : QList<QCommandLineOption>{QCommandLineOption(kDue), QCommandLineOption(kJson)});
    const bool parsed = cl.parse(args.mid(1));
    const QStringList positional = parsed ? cl.positional() : QStringList();
    qint64 caseNumber = 0;
    if (positional.size() == 1)
        caseNumber = parseCaseId(positional.first()).value_or(0);
    const auto action = recording ? core::Action::RecordFollowUp : core::Action::ReadCases;
    if (!core::PermissionPolicy::allows(*user, action)) {
        auto ws = ctx.workspace();
        if (!ws.ok())
            return ctx.fail(ws.error());
        return ctx.fail((*ws)
                            ->require(*user, {action,
                                              {},
                                              recording ? QStringLiteral("follow_up.record")
                                                        : QStringLiteral("follow_up.list"),
                                              recording ? caseNumber : 0})
                            .error());
    }
    if (!parsed)
        return ctx.usageError(cl.errorText() + QLatin1Char('\n') + usage());
    if (!recording) {
        if (!positional.isEmpty())
            return ctx.usageError(tr("Unexpected argument \"%1\".").arg(positional.first()));
        return list(ctx, *user, cl);
    }
    if (positional.size() != 1)
        return ctx.usageError(tr("Give one case id: cellboard-cli --user NAME followup record CASE …"));
    if (caseNumber == 0)
        return ctx.usageError(tr("\"%1\" is not a case id (a positive number).").arg(positional.first()));
    return record(ctx, *user, cl, caseNumber);
}

int FollowUpCommand::list(CliContext& ctx, const core::UserIdentity& user, const CommandLine& cl)
{
    auto ws = ctx.workspace();
    if (!ws.ok())
        return ctx.fail(ws.error());
    auto& fu = (*ws)->followUps();
    auto entries = fu.listFollowUps(user, cl.isSet(kDue));
    if (!entries.ok())
        return ctx.fail(entries.error());
    const core::FollowUpSchedule schedule = fu.schedule();
    const QDate today = (*ws)->clock().todayUtc();
    if (cl.isSet(kJson)) {
        QJsonArray arr;
        for (const auto& e : *entries) {
            QJsonObject o = PathwayJson::visit(
                e.visit, core::toId(schedule.status(e.visit.dueDate, e.visit.doneDate, today)));
            o.insert(QStringLiteral("patient"), e.patientName);
            o.insert(QStringLiteral("case_state"), e.caseState);
            arr << o;
        }
        return ctx.printJson(QJsonDocument(arr));
    }
    if (entries->isEmpty())
        ctx.out() << (cl.isSet(kDue) ? tr("No follow-up visit is due.")
                                     : tr("No follow-up visit is scheduled."))
                  << Qt::endl;
    for (const auto& e : *entries)
        ctx.out() << QStringLiteral("%1  %2  %3  %4  %5  %6")
                         .arg(e.visit.caseId, 6)
                         .arg(e.patientName, -24)
                         .arg(e.visit.visit, -8)
                         .arg(e.visit.dueDate.toString(Qt::ISODate))
                         .arg(core::toId(schedule.status(e.visit.dueDate, e.visit.doneDate, today)), -9)
                         .arg(e.visit.response)
                  << Qt::endl;
    return ExitOk;
}

int FollowUpCommand::record(CliContext& ctx, const core::UserIdentity& user, const CommandLine& cl,
                            qint64 caseId)
{
    if (!cl.isSet(kVisit))
        return ctx.usageError(tr("Give the visit: --visit V (e.g. day_28, year_2)."));
    if (!cl.isSet(kResponse))
        return ctx.usageError(tr("Give the response: --response R (see \"cellboard-cli help followup\")."));
    services::FollowUpInput in;
    in.visit = cl.value(kVisit);
    in.response = cl.value(kResponse);
    if (cl.isSet(kMrd)) {
        const auto mrd = core::fromId(core::mrdStatuses(), cl.value(kMrd));
        if (!mrd)
            return ctx.usageError(
                tr("Unknown MRD status \"%1\"; expected one of: %2.")
                    .arg(cl.value(kMrd), core::allIds(core::mrdStatuses()).join(QStringLiteral(", "))));
        in.mrd = *mrd;
    }
    if (cl.isSet(kDate)) {
        in.doneDate = QDate::fromString(cl.value(kDate), Qt::ISODate);
        if (!in.doneDate.isValid())
            return ctx.usageError(tr("\"%1\" is not a date (YYYY-MM-DD).").arg(cl.value(kDate)));
    }
    if (cl.isSet(kRowVersion)) {
        bool ok = false;
        in.expectedRowVersion = cl.value(kRowVersion).toLongLong(&ok);
        if (!ok || in.expectedRowVersion < 1)
            return ctx.usageError(tr("--row-version takes the visit's row version, a positive number."));
    }
    if (cl.isSet(kDetails)) {
        auto details = PathwayJson::readObjectFile(cl.value(kDetails), tr("details"));
        if (!details.ok())
            return ctx.fail(details.error());
        in.details = *details;
    }
    auto ws = ctx.workspace();
    if (!ws.ok())
        return ctx.fail(ws.error());
    auto v = (*ws)->followUps().recordVisit(user, caseId, in);
    if (!v.ok())
        return ctx.fail(v.error());
    ctx.out() << tr("Visit %1 of case %2 recorded on %3: %4 (%5), MRD %6.")
                     .arg(v->visit)
                     .arg(caseId)
                     .arg(v->doneDate.toString(Qt::ISODate), v->response, v->ruleVersion, core::toId(v->mrd))
              << Qt::endl;
    return ExitOk;
}

} // namespace cb::cli
