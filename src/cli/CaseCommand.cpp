#include "cli/CaseCommand.h"

#include "cli/CaseIdArgument.h"
#include "cli/CaseJson.h"
#include "cli/CliContext.h"
#include "cli/CommandLine.h"
#include "cli/JsonFile.h"
#include "core/AuditKind.h"
#include "core/Clock.h"
#include "core/PermissionPolicy.h"
#include "services/CaseService.h"
#include "services/IntakeJson.h"
#include "services/IntakeService.h"
#include "services/Workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <limits>

namespace cb::cli {

QString CaseCommand::summary() const
{
    return tr("List, show and close cases");
}

QString CaseCommand::usage() const
{
    return tr("Usage:\n"
              "  cellboard-cli --user NAME case list [--state S] [--json]\n"
              "  cellboard-cli --user NAME case show ID [--json]\n"
              "  cellboard-cli --user NAME case close ID --reason R [--detail TEXT]\n"
              "  cellboard-cli --user NAME case add --file referral.json [--json]\n"
              "  cellboard-cli --user NAME case start-work-up ID\n"
              "  cellboard-cli --user NAME case reopen ID --reason R\n"
              "  cellboard-cli --user NAME case audit ID [--kind K] [--text T] [--before SEQ] [--limit N] "
              "[--json]\n"
              "referral.json holds \"patient\" (identifiers, family_name, given_name, name_zh, sex,\n"
              "birth_date) or \"patient_id\", and indication, subtype, intended_product, referral_date,\n"
              "urgency (routine, urgent, emergency), referrer {name, institution, contact},\n"
              "funding_reference.\n"
              "audit lists everything the audit trail holds about the case (its opinions, signatures,\n"
              "verdicts, meetings, pathway, monitoring, follow-up, exports, the patient's record), newest\n"
              "first, N entries (default 200) below entry SEQ; --kind keeps one kind, --text the entries\n"
              "whose action, user name or reason holds T.\n"
              "States: %1.\nClose reasons: %2.\nKinds: %3.")
        .arg(core::allIds(core::caseStates()).join(QStringLiteral(", ")),
             core::allIds(core::closeReasons()).join(QStringLiteral(", ")),
             core::allIds(core::auditKinds()).join(QStringLiteral(", ")));
}

int CaseCommand::run(CliContext& ctx, const QStringList& args)
{
    if (args.isEmpty())
        return ctx.usageError(usage());
    const QString sub = args.first();
    static const QStringList subs{QStringLiteral("list"),          QStringLiteral("show"),
                                  QStringLiteral("close"),         QStringLiteral("add"),
                                  QStringLiteral("start-work-up"), QStringLiteral("reopen"),
                                  QStringLiteral("audit")};
    if (!subs.contains(sub))
        return ctx.usageError(tr("Unknown case command \"%1\".\n").arg(sub) + usage());
    // authentication, then permission, then arguments and state (DESIGN.md §5)
    auto user = ctx.authenticate();
    if (!user.ok())
        return ctx.fail(user.error());
    const auto action =
        sub == QLatin1String("close") || sub == QLatin1String("reopen")        ? core::Action::CloseCase
        : sub == QLatin1String("add") || sub == QLatin1String("start-work-up") ? core::Action::EditCaseData
                                                                               : core::Action::ReadCases;
    if (auto st = core::PermissionPolicy::check(*user, action); !st.ok()) {
        // the service refuses (and audits the denial) before it looks at any case
        auto ws = ctx.workspace();
        if (ws.ok())
            return ctx.fail(
                (*ws)
                    ->require(*user, {action,
                                      {},
                                      QStringLiteral("case.") +
                                          QString(sub).replace(QLatin1Char('-'), QLatin1Char('_'))})
                    .error());
        return ctx.fail(st.error());
    }
    const QStringList rest = args.mid(1);
    if (sub == QLatin1String("list"))
        return list(ctx, rest);
    if (sub == QLatin1String("show"))
        return show(ctx, rest);
    if (sub == QLatin1String("add"))
        return add(ctx, rest);
    if (sub == QLatin1String("start-work-up"))
        return startWorkUp(ctx, rest);
    if (sub == QLatin1String("reopen"))
        return reopen(ctx, rest);
    if (sub == QLatin1String("audit"))
        return audit(ctx, rest);
    return close(ctx, rest);
}

int CaseCommand::list(CliContext& ctx, const QStringList& args)
{
    CommandLine cl({QCommandLineOption(QStringLiteral("state"), {}, QStringLiteral("S")),
                    QCommandLineOption(QStringLiteral("json"))});
    if (!cl.parse(args))
        return ctx.usageError(cl.errorText() + QLatin1Char('\n') + usage());
    if (!cl.positional().isEmpty())
        return ctx.usageError(tr("Unexpected argument \"%1\".").arg(cl.positional().first()));
    std::optional<core::CaseState> state;
    if (cl.isSet(QStringLiteral("state"))) {
        state = core::fromId(core::caseStates(), cl.value(QStringLiteral("state")));
        if (!state)
            return ctx.usageError(tr("Unknown state \"%1\"; expected one of: %2.")
                                      .arg(cl.value(QStringLiteral("state")),
                                           core::allIds(core::caseStates()).join(QStringLiteral(", "))));
    }
    auto ws = ctx.workspace();
    if (!ws.ok())
        return ctx.fail(ws.error());
    auto user = ctx.authenticate();
    auto cases = (*ws)->cases().listCases(*user, state);
    if (!cases.ok())
        return ctx.fail(cases.error());
    if (cl.isSet(QStringLiteral("json"))) {
        QJsonArray arr;
        for (const auto& c : *cases)
            arr << CaseJson::summary(c);
        return ctx.printJson(QJsonDocument(arr));
    }
    for (const auto& c : *cases)
        ctx.out() << QStringLiteral("%1  %2  %3  %4  %5  %6")
                         .arg(c.caseId, 6)
                         .arg(core::toId(c.state), -16)
                         .arg(core::toId(c.indication), -24)
                         .arg(c.referralDate.toString(Qt::ISODate))
                         .arg(c.mrn, -16)
                         .arg(c.patientName)
                  << Qt::endl;
    return ExitOk;
}

int CaseCommand::show(CliContext& ctx, const QStringList& args)
{
    CommandLine cl({QCommandLineOption(QStringLiteral("json"))});
    if (!cl.parse(args))
        return ctx.usageError(cl.errorText() + QLatin1Char('\n') + usage());
    if (cl.positional().size() != 1)
        return ctx.usageError(tr("Give one case id: cellboard-cli --user NAME case show ID [--json]"));
    const auto id = parseCaseId(cl.positional().first());
    if (!id)
        return ctx.usageError(
            tr("\"%1\" is not a case id (a positive number).").arg(cl.positional().first()));
    auto ws = ctx.workspace();
    if (!ws.ok())
        return ctx.fail(ws.error());
    auto rec = (*ws)->cases().openCase(*ctx.authenticate(), *id);
    if (!rec.ok())
        return ctx.fail(rec.error());
    if (cl.isSet(QStringLiteral("json")))
        return ctx.printJson(QJsonDocument(CaseJson::record(*rec, (*ws)->clock().todayUtc())));
    const auto& r = *rec;
    QTextStream& o = ctx.out();
    o << tr("Case %1 — %2").arg(r.id).arg(core::label(r.state)) << Qt::endl;
    o << tr("Patient: %1 (MRN %2), born %3, %4")
             .arg(r.patient.displayName(), r.patient.mrn, r.patient.birthDate.toString(Qt::ISODate),
                  core::label(r.patient.sex))
      << Qt::endl;
    o << tr("Indication: %1; intended product: %2").arg(core::label(r.indication), r.intendedProduct)
      << Qt::endl;
    o << tr("Referred %1 by %2").arg(r.referralDate.toString(Qt::ISODate), r.referrer) << Qt::endl;
    o << tr("Diagnosis: %1 (%2); staging: %3; cytogenetics: %4")
             .arg(r.diagnosis, r.diagnosisDate.toString(), r.staging, r.cytogeneticRisk)
      << Qt::endl;
    o << tr("Extramedullary disease: %1 %2; CNS disease: %3")
             .arg(r.extramedullaryDisease ? tr("yes") : tr("no"), r.extramedullarySites, r.cnsDisease)
      << Qt::endl;
    o << tr("Prior therapy lines: %1").arg(r.therapyLines.size()) << Qt::endl;
    for (const auto& l : r.therapyLines)
        o << QStringLiteral("  %1. %2 [%3] %4–%5 %6%7")
                 .arg(l.lineNumber)
                 .arg(l.regimen, l.drugClasses.join(QLatin1Char(',')), l.startDate.toString(),
                      l.endDate.toString(), l.bestResponse, l.refractory ? tr(" refractory") : QString())
          << Qt::endl;
    for (const auto& t : r.transplants)
        o << tr("Transplant: %1 %2 %3").arg(t.kind, t.date.toString(), t.notes) << Qt::endl;
    o << tr("Observations:") << Qt::endl;
    for (const auto& ob : r.observations)
        o << QStringLiteral("  %1  %2 %3 %4")
                 .arg(ob.observedOn.toString(Qt::ISODate), ob.code,
                      ob.value ? QString::number(*ob.value) : ob.valueText, ob.unit)
          << Qt::endl;
    return ExitOk;
}

int CaseCommand::close(CliContext& ctx, const QStringList& args)
{
    CommandLine cl({QCommandLineOption(QStringLiteral("reason"), {}, QStringLiteral("R")),
                    QCommandLineOption(QStringLiteral("detail"), {}, QStringLiteral("TEXT"))});
    if (!cl.parse(args))
        return ctx.usageError(cl.errorText() + QLatin1Char('\n') + usage());
    if (cl.positional().size() != 1)
        return ctx.usageError(tr("Give one case id: cellboard-cli --user NAME case close ID --reason R"));
    const auto id = parseCaseId(cl.positional().first());
    if (!id)
        return ctx.usageError(
            tr("\"%1\" is not a case id (a positive number).").arg(cl.positional().first()));
    if (!cl.isSet(QStringLiteral("reason")))
        return ctx.usageError(tr("Closing needs --reason: one of %1.")
                                  .arg(core::allIds(core::closeReasons()).join(QStringLiteral(", "))));
    const auto reason = core::fromId(core::closeReasons(), cl.value(QStringLiteral("reason")));
    if (!reason)
        return ctx.usageError(tr("Unknown close reason \"%1\"; expected one of: %2.")
                                  .arg(cl.value(QStringLiteral("reason")),
                                       core::allIds(core::closeReasons()).join(QStringLiteral(", "))));
    auto ws = ctx.workspace();
    if (!ws.ok())
        return ctx.fail(ws.error());
    if (auto st =
            (*ws)->cases().closeCase(*ctx.authenticate(), *id, *reason, cl.value(QStringLiteral("detail")));
        !st.ok())
        return ctx.fail(st.error());
    ctx.out() << tr("Case %1 closed (%2).").arg(*id).arg(core::toId(*reason)) << Qt::endl;
    return ExitOk;
}

int CaseCommand::add(CliContext& ctx, const QStringList& args)
{
    CommandLine cl({QCommandLineOption(QStringLiteral("file"), {}, QStringLiteral("F")),
                    QCommandLineOption(QStringLiteral("json"))});
    if (!cl.parse(args))
        return ctx.usageError(cl.errorText() + QLatin1Char('\n') + usage());
    if (!cl.positional().isEmpty())
        return ctx.usageError(tr("Unexpected argument \"%1\".").arg(cl.positional().first()));
    auto json = readJsonFile(cl.value(QStringLiteral("file")));
    if (!json.ok())
        return ctx.fail(json.error());
    auto referral = services::IntakeJson::readReferral(*json);
    if (!referral.ok())
        return ctx.fail(referral.error());
    const QJsonValue pid = json->value(QStringLiteral("patient_id"));
    if (pid.isDouble()) {
        if (pid.toDouble() < 1 || pid.toDouble() != double(pid.toInteger()))
            return ctx.usageError(tr("patient_id must be a positive whole number."));
        referral->patient.id = pid.toInteger();
    } else if (json->value(QStringLiteral("patient")).isObject()) {
        auto patient = services::IntakeJson::readPatient(json->value(QStringLiteral("patient")).toObject());
        if (!patient.ok())
            return ctx.fail(patient.error());
        referral->patient = *patient;
    } else {
        return ctx.usageError(tr("The referral needs \"patient\" (an object) or \"patient_id\"."));
    }
    auto ws = ctx.workspace();
    if (!ws.ok())
        return ctx.fail(ws.error());
    if (!json->contains(QStringLiteral("referral_date"))) // left out: referred today
        referral->referralDate = (*ws)->clock().todayUtc();
    auto reg = (*ws)->intake().registerReferral(*ctx.authenticate(), *referral);
    if (!reg.ok())
        return ctx.fail(reg.error());
    for (const QString& w : reg->warnings)
        ctx.err() << w << Qt::endl;
    if (cl.isSet(QStringLiteral("json"))) {
        QJsonArray warnings;
        for (const QString& w : reg->warnings)
            warnings << w;
        return ctx.printJson(QJsonDocument(QJsonObject{{QStringLiteral("id"), reg->caseId},
                                                       {QStringLiteral("patient_id"), reg->patientId},
                                                       {QStringLiteral("warnings"), warnings}}));
    }
    ctx.out() << tr("Case %1 registered for patient %2.").arg(reg->caseId).arg(reg->patientId) << Qt::endl;
    return ExitOk;
}

int CaseCommand::startWorkUp(CliContext& ctx, const QStringList& args)
{
    CommandLine cl({});
    if (!cl.parse(args))
        return ctx.usageError(cl.errorText() + QLatin1Char('\n') + usage());
    if (cl.positional().size() != 1)
        return ctx.usageError(tr("Give one case id: cellboard-cli --user NAME case start-work-up ID"));
    const auto id = parseCaseId(cl.positional().first());
    if (!id)
        return ctx.usageError(
            tr("\"%1\" is not a case id (a positive number).").arg(cl.positional().first()));
    auto ws = ctx.workspace();
    if (!ws.ok())
        return ctx.fail(ws.error());
    if (auto st = (*ws)->intake().startWorkUp(*ctx.authenticate(), *id); !st.ok())
        return ctx.fail(st.error());
    ctx.out() << tr("Case %1: work-up started.").arg(*id) << Qt::endl;
    return ExitOk;
}

int CaseCommand::reopen(CliContext& ctx, const QStringList& args)
{
    CommandLine cl({QCommandLineOption(QStringLiteral("reason"), {}, QStringLiteral("R"))});
    if (!cl.parse(args))
        return ctx.usageError(cl.errorText() + QLatin1Char('\n') + usage());
    if (cl.positional().size() != 1)
        return ctx.usageError(tr("Give one case id: cellboard-cli --user NAME case reopen ID --reason R"));
    const auto id = parseCaseId(cl.positional().first());
    if (!id)
        return ctx.usageError(
            tr("\"%1\" is not a case id (a positive number).").arg(cl.positional().first()));
    if (cl.value(QStringLiteral("reason")).trimmed().isEmpty())
        return ctx.usageError(tr("Reopening needs --reason R."));
    auto ws = ctx.workspace();
    if (!ws.ok())
        return ctx.fail(ws.error());
    if (auto st = (*ws)->intake().reopenCase(*ctx.authenticate(), *id, cl.value(QStringLiteral("reason")));
        !st.ok())
        return ctx.fail(st.error());
    auto rec = (*ws)->cases().openCase(*ctx.authenticate(), *id);
    ctx.out() << tr("Case %1 reopened (%2).").arg(*id).arg(rec.ok() ? core::toId(rec->state) : QString())
              << Qt::endl;
    return ExitOk;
}

int CaseCommand::audit(CliContext& ctx, const QStringList& args)
{
    CommandLine cl({QCommandLineOption(QStringLiteral("kind"), {}, QStringLiteral("K")),
                    QCommandLineOption(QStringLiteral("text"), {}, QStringLiteral("T")),
                    QCommandLineOption(QStringLiteral("before"), {}, QStringLiteral("SEQ")),
                    QCommandLineOption(QStringLiteral("limit"), {}, QStringLiteral("N")),
                    QCommandLineOption(QStringLiteral("json"))});
    if (!cl.parse(args))
        return ctx.usageError(cl.errorText() + QLatin1Char('\n') + usage());
    if (cl.positional().size() != 1)
        return ctx.usageError(
            tr("Give one case id: cellboard-cli --user NAME case audit ID [--kind K] [--json]"));
    const auto id = parseCaseId(cl.positional().first());
    if (!id)
        return ctx.usageError(
            tr("\"%1\" is not a case id (a positive number).").arg(cl.positional().first()));
    core::AuditQuery query;
    if (cl.isSet(QStringLiteral("kind"))) {
        const auto kind = core::fromId(core::auditKinds(), cl.value(QStringLiteral("kind")));
        if (!kind)
            return ctx.usageError(tr("Unknown kind \"%1\"; expected one of: %2.")
                                      .arg(cl.value(QStringLiteral("kind")),
                                           core::allIds(core::auditKinds()).join(QStringLiteral(", "))));
        query.kind = *kind;
    }
    query.text = cl.value(QStringLiteral("text")).trimmed();
    const auto number = [&](const char* option, qint64 max, qint64* out) {
        if (!cl.isSet(QString::fromLatin1(option)))
            return true;
        bool ok = false;
        *out = cl.value(QString::fromLatin1(option)).toLongLong(&ok);
        return ok && *out >= 1 && *out <= max;
    };
    qint64 before = 0;
    if (!number("before", std::numeric_limits<qint64>::max(), &before))
        return ctx.usageError(tr("--before needs an audit entry's sequence number (a positive number)."));
    qint64 limit = query.limit;
    if (!number("limit", 10000, &limit))
        return ctx.usageError(tr("--limit needs a number of entries from 1 to 10000."));
    query.beforeSeq = before;
    query.limit = int(limit);
    auto ws = ctx.workspace();
    if (!ws.ok())
        return ctx.fail(ws.error());
    auto page = (*ws)->cases().auditTrail(*ctx.authenticate(), *id, query);
    if (!page.ok())
        return ctx.fail(page.error());
    // how many there are and where the next page starts: on standard error, beside the JSON too
    ctx.err() << tr("%1 of %2 entries; %3")
                     .arg(page->entries.size())
                     .arg(page->total)
                     .arg(page->hasOlder ? tr("older ones with --before %1").arg(page->entries.last().seq)
                                         : tr("no older ones"))
              << Qt::endl;
    if (cl.isSet(QStringLiteral("json"))) {
        const auto object = [](const QString& json) {
            return json.isEmpty() ? QJsonValue(QJsonObject{})
                                  : QJsonValue(QJsonDocument::fromJson(json.toUtf8()).object());
        };
        QJsonArray arr;
        for (const auto& e : page->entries)
            arr << QJsonObject{{QStringLiteral("id"), e.seq},
                               {QStringLiteral("seq"), e.seq},
                               {QStringLiteral("at"), core::toIsoUtc(e.at)},
                               {QStringLiteral("user_id"), e.userId},
                               {QStringLiteral("username"), e.username},
                               {QStringLiteral("action"), e.action},
                               {QStringLiteral("kind"), core::toId(core::auditKindOf(e.action))},
                               {QStringLiteral("entity"), e.entity},
                               {QStringLiteral("entity_id"), e.entityId},
                               {QStringLiteral("before"), object(e.before)},
                               {QStringLiteral("after"), object(e.after)},
                               {QStringLiteral("reason"), e.reason}};
        return ctx.printJson(QJsonDocument(arr));
    }
    for (const auto& e : page->entries)
        ctx.out() << QStringLiteral("%1  %2  %3  %4  %5 %6%7")
                         .arg(e.seq, 6)
                         .arg(core::toIsoUtc(e.at), e.username.isEmpty() ? QStringLiteral("-") : e.username)
                         .arg(e.action, -26)
                         .arg(e.entity, e.entityId)
                         .arg(e.reason.isEmpty() ? QString() : QStringLiteral("  “%1”").arg(e.reason))
                  << Qt::endl;
    return ExitOk;
}

} // namespace cb::cli
