#include "cli/PathwayCommand.h"

#include "cli/CaseIdArgument.h"
#include "cli/CliContext.h"
#include "cli/CommandLine.h"
#include "cli/PathwayJson.h"
#include "core/Clock.h"
#include "core/PermissionPolicy.h"
#include "core/pathway/PathwayDetails.h"
#include "services/PathwayService.h"
#include "services/Workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <optional>

namespace cb::cli {

namespace {

const QString kEvent = QStringLiteral("event");
const QString kDate = QStringLiteral("date");
const QString kDetails = QStringLiteral("details");
const QString kJson = QStringLiteral("json");
const QString kEventId = QStringLiteral("event-id");
const QString kReason = QStringLiteral("reason");
const QString kRowVersion = QStringLiteral("row-version");

// A positive record id or row version; 0 when malformed.
qint64 positiveNumber(const QString& text)
{
    bool ok = false;
    const qint64 n = text.trimmed().toLongLong(&ok);
    return ok && n > 0 ? n : 0;
}

QString eventList()
{
    return core::allIds(core::pathwayEventTypes()).join(QStringLiteral(", "));
}

} // namespace

QString PathwayCommand::summary() const
{
    return tr("Record and show a case's treatment pathway (apheresis … infusion, discharge)");
}

QString PathwayCommand::usage() const
{
    QString fields;
    for (const auto& e : core::pathwayEventTypes())
        fields += QStringLiteral("  %1: %2\n")
                      .arg(QString::fromLatin1(e.id),
                           core::PathwayDetails::fieldsOf(e.value).join(QStringLiteral(", ")));
    return tr("Usage:\n"
              "  cellboard-cli --user NAME pathway record CASE --event E --date YYYY-MM-DD [--details "
              "FILE.json]\n"
              "  cellboard-cli --user NAME pathway show CASE [--json]\n"
              "  cellboard-cli --user NAME pathway void CASE --event-id ID --reason TEXT [--row-version V]\n"
              "  cellboard-cli --user NAME pathway correct CASE --event-id ID --date YYYY-MM-DD [--details "
              "FILE.json]\n"
              "                [--row-version V]\n"
              "Steps, in order: %1.\n"
              "Recording the infusion (day 0) moves a decided case to treatment and schedules its "
              "follow-up;\n"
              "the discharge moves it to follow-up. Out-of-order or impossible dates are refused.\n"
              "A recorded step is never deleted: \"void\" marks it voided with the reason (it stays listed, "
              "no longer\n"
              "counts); \"correct\" records a replacement that supersedes it (without --details the step's "
              "details\n"
              "are kept). The infusion cannot be voided or moved once anything is dated from it.\n"
              "--row-version: the version you saw (pathway show --json); a newer one is a conflict (exit "
              "4).\n"
              "FILE.json holds the step's details (required ones first):\n%2"
              "e.g. lymphodepletion: {\"regimen\": \"Flu/Cy\", \"end_date\": \"2026-12-22\", \"hematotox\": "
              "{\"platelets_10e9_per_l\": 120,\n"
              "     \"anc_per_ul\": 1500, \"hemoglobin_g_dl\": 9.8, \"crp_mg_l\": 12, \"ferritin_ng_ml\": "
              "700}}")
        .arg(eventList(), fields);
}

int PathwayCommand::run(CliContext& ctx, const QStringList& args)
{
    if (args.isEmpty())
        return ctx.usageError(usage());
    const QString sub = args.first();
    if (sub != QLatin1String("record") && sub != QLatin1String("show") && sub != QLatin1String("void") &&
        sub != QLatin1String("correct"))
        return ctx.usageError(tr("Unknown pathway command \"%1\".\n").arg(sub) + usage());
    // authentication, then permission, then arguments and state (DESIGN.md §5)
    auto user = ctx.authenticate();
    if (!user.ok())
        return ctx.fail(user.error());
    const bool recording = sub != QLatin1String("show");
    QList<QCommandLineOption> options{QCommandLineOption(kJson)};
    if (sub == QLatin1String("record"))
        options = {QCommandLineOption(kEvent, {}, QStringLiteral("E")),
                   QCommandLineOption(kDate, {}, QStringLiteral("D")),
                   QCommandLineOption(kDetails, {}, QStringLiteral("FILE"))};
    else if (sub == QLatin1String("void"))
        options = {QCommandLineOption(kEventId, {}, QStringLiteral("ID")),
                   QCommandLineOption(kReason, {}, QStringLiteral("TEXT")),
                   QCommandLineOption(kRowVersion, {}, QStringLiteral("V"))};
    else if (sub == QLatin1String("correct"))
        options = {QCommandLineOption(kEventId, {}, QStringLiteral("ID")),
                   QCommandLineOption(kDate, {}, QStringLiteral("D")),
                   QCommandLineOption(kDetails, {}, QStringLiteral("FILE")),
                   QCommandLineOption(kRowVersion, {}, QStringLiteral("V"))};
    CommandLine cl(options);
    const bool parsed = cl.parse(args.mid(1));
    const QStringList positional = parsed ? cl.positional() : QStringList();
    qint64 caseNumber = 0; // a plain number: GCC -O2 warns on std::optional here
    if (positional.size() == 1)
        caseNumber = parseCaseId(positional.first()).value_or(0);
    const auto action = recording ? core::Action::RecordPathway : core::Action::ReadCases;
    if (!core::PermissionPolicy::allows(*user, action)) {
        auto ws = ctx.workspace(); // the service refuses before it looks at the case, and audits it
        if (!ws.ok())
            return ctx.fail(ws.error());
        const QString name = sub == QLatin1String("void")      ? QStringLiteral("pathway.void")
                             : sub == QLatin1String("correct") ? QStringLiteral("pathway.correct")
                             : recording                       ? QStringLiteral("pathway.record")
                                                               : QStringLiteral("pathway.view");
        return ctx.fail((*ws)->require(*user, {action, {}, name, caseNumber}).error());
    }
    if (!parsed)
        return ctx.usageError(cl.errorText() + QLatin1Char('\n') + usage());
    if (positional.size() != 1)
        return ctx.usageError(tr("Give one case id: cellboard-cli --user NAME pathway %1 CASE …").arg(sub));
    if (caseNumber == 0)
        return ctx.usageError(tr("\"%1\" is not a case id (a positive number).").arg(positional.first()));
    if (sub == QLatin1String("void") || sub == QLatin1String("correct"))
        return amend(ctx, *user, cl, caseNumber, sub == QLatin1String("void"));
    return recording ? record(ctx, *user, cl, caseNumber) : show(ctx, *user, cl, caseNumber);
}

int PathwayCommand::amend(CliContext& ctx, const core::UserIdentity& user, const CommandLine& cl,
                          qint64 caseId, bool voiding)
{
    if (!cl.isSet(kEventId))
        return ctx.usageError(tr("Give the step: --event-id ID (the \"id\" of pathway show --json)."));
    const qint64 eventId = positiveNumber(cl.value(kEventId));
    if (eventId == 0)
        return ctx.usageError(tr("\"%1\" is not a step id (a positive number).").arg(cl.value(kEventId)));
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
        auto done = (*ws)->pathway().voidStep(user, caseId, eventId, cl.value(kReason), rowVersion);
        if (!done.ok())
            return ctx.fail(done.error());
        ctx.out() << tr("Step %1 (%2 on %3) of case %4 voided.")
                         .arg(eventId)
                         .arg(core::label(done->event.type), done->event.date.toString(Qt::ISODate))
                         .arg(caseId)
                  << Qt::endl;
        if (done->stateAfter != done->stateBefore)
            ctx.out() << tr("Case %1 moved to %2.").arg(caseId).arg(core::toId(done->stateAfter)) << Qt::endl;
        return ExitOk;
    }
    if (!cl.isSet(kDate))
        return ctx.usageError(tr("Give the step's corrected date: --date YYYY-MM-DD."));
    const QDate date = QDate::fromString(cl.value(kDate), Qt::ISODate);
    if (!date.isValid())
        return ctx.usageError(tr("\"%1\" is not a date (YYYY-MM-DD).").arg(cl.value(kDate)));
    core::PathwayEvent replacement;
    replacement.date = date;
    std::optional<QJsonObject> details;
    if (cl.isSet(kDetails)) {
        auto read = PathwayJson::readObjectFile(cl.value(kDetails), tr("details"));
        if (!read.ok())
            return ctx.fail(read.error());
        details = *read;
    }
    auto ws = ctx.workspace();
    if (!ws.ok())
        return ctx.fail(ws.error());
    auto& pathway = (*ws)->pathway();
    if (!details) {
        // without --details the step keeps what was entered for it
        auto view = pathway.pathway(user, caseId);
        if (!view.ok())
            return ctx.fail(view.error());
        for (const auto& e : view->events)
            if (e.id == eventId)
                details = services::PathwayService::enteredDetails(e);
    }
    replacement.details = details.value_or(QJsonObject());
    auto done = pathway.correctStep(user, caseId, eventId, replacement, rowVersion);
    if (!done.ok())
        return ctx.fail(done.error());
    ctx.out() << tr("Step %1 of case %2 corrected: %3 on %4 recorded as step %5.")
                     .arg(eventId)
                     .arg(caseId)
                     .arg(core::label(done->event.type), date.toString(Qt::ISODate))
                     .arg(done->event.id)
              << Qt::endl;
    for (const QString& note : done->event.notes)
        ctx.out() << tr("Note: %1").arg(note) << Qt::endl;
    if (done->followUpsScheduled > 0)
        ctx.out() << tr("%1 follow-up visits scheduled from day 0.").arg(done->followUpsScheduled)
                  << Qt::endl;
    return ExitOk;
}

int PathwayCommand::record(CliContext& ctx, const core::UserIdentity& user, const CommandLine& cl,
                           qint64 caseId)
{
    if (!cl.isSet(kEvent))
        return ctx.usageError(tr("Give the step: --event E (one of %1).").arg(eventList()));
    const auto type = core::fromId(core::pathwayEventTypes(), cl.value(kEvent));
    if (!type)
        return ctx.usageError(
            tr("Unknown step \"%1\"; expected one of: %2.").arg(cl.value(kEvent), eventList()));
    if (!cl.isSet(kDate))
        return ctx.usageError(tr("Give the step's date: --date YYYY-MM-DD."));
    const QDate date = QDate::fromString(cl.value(kDate), Qt::ISODate);
    if (!date.isValid())
        return ctx.usageError(tr("\"%1\" is not a date (YYYY-MM-DD).").arg(cl.value(kDate)));
    core::PathwayEvent step;
    step.type = *type;
    step.date = date;
    if (cl.isSet(kDetails)) {
        auto details = PathwayJson::readObjectFile(cl.value(kDetails), tr("details"));
        if (!details.ok())
            return ctx.fail(details.error());
        step.details = *details;
    }
    auto ws = ctx.workspace();
    if (!ws.ok())
        return ctx.fail(ws.error());
    auto done = (*ws)->pathway().recordStep(user, caseId, step);
    if (!done.ok())
        return ctx.fail(done.error());
    ctx.out() << tr("%1 on %2 recorded for case %3 (step %4).")
                     .arg(core::label(*type), date.toString(Qt::ISODate))
                     .arg(caseId)
                     .arg(done->event.id)
              << Qt::endl;
    const QJsonObject ht = done->event.details.value(QStringLiteral("hematotox_result")).toObject();
    if (!ht.isEmpty())
        ctx.out() << tr("CAR-HEMATOTOX %1 (%2 risk, %3).")
                         .arg(ht.value(QStringLiteral("score")).toInt())
                         .arg(ht.value(QStringLiteral("risk")).toString(),
                              ht.value(QStringLiteral("rule_version")).toString())
                  << Qt::endl;
    for (const QString& note : done->event.notes)
        ctx.out() << tr("Note: %1").arg(note) << Qt::endl;
    if (done->stateAfter != done->stateBefore)
        ctx.out() << tr("Case %1 moved to %2.").arg(caseId).arg(core::toId(done->stateAfter)) << Qt::endl;
    if (done->followUpsScheduled > 0)
        ctx.out() << tr("%1 follow-up visits scheduled from day 0.").arg(done->followUpsScheduled)
                  << Qt::endl;
    return ExitOk;
}

int PathwayCommand::show(CliContext& ctx, const core::UserIdentity& user, const CommandLine& cl,
                         qint64 caseId)
{
    auto ws = ctx.workspace();
    if (!ws.ok())
        return ctx.fail(ws.error());
    auto view = (*ws)->pathway().pathway(user, caseId);
    if (!view.ok())
        return ctx.fail(view.error());
    if (cl.isSet(kJson)) {
        QJsonArray events;
        for (const auto& e : view->events)
            events << PathwayJson::event(e, view->infusionDate);
        QJsonObject timing{
            {QStringLiteral("product"), view->timing.id},
            {QStringLiteral("ld_days"), view->timing.ldDays},
            {QStringLiteral("infusion_min_days_after_ld"), view->timing.infusionMinDaysAfterLd},
            {QStringLiteral("infusion_max_days_after_ld"), view->timing.infusionMaxDaysAfterLd},
            {QStringLiteral("repeat_ld_after_days"), view->timing.repeatLdAfterDays},
            {QStringLiteral("evidence"), view->timing.evidence}};
        QJsonObject out{{QStringLiteral("case_id"), caseId},
                        {QStringLiteral("state"), core::toId(view->state)},
                        {QStringLiteral("product_timing"), timing},
                        {QStringLiteral("events"), events}};
        if (view->infusionDate.isValid())
            out.insert(QStringLiteral("infusion_date"), view->infusionDate.toString(Qt::ISODate));
        return ctx.printJson(QJsonDocument(out));
    }
    ctx.out()
        << tr("Case %1 (%2), product timings: %3").arg(caseId).arg(core::toId(view->state), view->timing.id)
        << Qt::endl;
    if (view->events.isEmpty())
        ctx.out() << tr("No pathway step recorded yet.") << Qt::endl;
    for (const auto& e : view->events) {
        QString when = e.date.toString(Qt::ISODate);
        if (e.endDate.isValid() && e.endDate != e.date)
            when += QStringLiteral("..") + e.endDate.toString(Qt::ISODate);
        const QString day =
            view->infusionDate.isValid() ? tr("day %1").arg(view->infusionDate.daysTo(e.date)) : QString();
        ctx.out() << QStringLiteral("%1  %2  %3  %4")
                         .arg(core::toId(e.type), -16)
                         .arg(when, -22)
                         .arg(day, -9)
                         .arg(e.recordedByName)
                  << Qt::endl;
        if (e.correction.isVoided())
            ctx.out() << QStringLiteral("    ")
                      << tr("VOIDED (step %1) by %2 at %3: %4")
                             .arg(e.id)
                             .arg(e.correction.voidedByName, core::toIsoUtc(e.correction.voidedAt),
                                  e.correction.voidReason)
                      << Qt::endl;
        else if (e.correction.isSuperseded())
            ctx.out()
                << QStringLiteral("    ")
                << tr("SUPERSEDED (step %1): corrected by step %2").arg(e.id).arg(e.correction.supersededBy)
                << Qt::endl;
        for (const QString& note : e.notes)
            ctx.out() << QStringLiteral("    ") << tr("Note: %1").arg(note) << Qt::endl;
    }
    return ExitOk;
}

} // namespace cb::cli
