#include "cli/PatientCommand.h"

#include "cli/CaseIdArgument.h"
#include "cli/CaseJson.h"
#include "cli/CliContext.h"
#include "cli/CommandLine.h"
#include "cli/JsonFile.h"
#include "core/PermissionPolicy.h"
#include "services/IntakeJson.h"
#include "services/IntakeService.h"
#include "services/Workspace.h"

#include <QJsonArray>

namespace cb::cli {

QString PatientCommand::summary() const
{
    return tr("Find, show, register, correct and merge patients");
}

QString PatientCommand::usage() const
{
    return tr(
        "Usage:\n"
        "  cellboard-cli --user NAME patient find [--identifier AUTHORITY:TYPE:VALUE | --identifier VALUE]\n"
        "                [--name TEXT] [--birth-date D] [--json]\n"
        "  cellboard-cli --user NAME patient show ID [--json]\n"
        "  cellboard-cli --user NAME patient add --file F [--json]\n"
        "  cellboard-cli --user NAME patient correct ID --file F --reason R\n"
        "  cellboard-cli --user NAME patient merge KEEP_ID MERGED_ID --reason R [--approver NAME]\n"
        "F holds {identifiers: [{authority, type, value}], family_name, given_name, name_zh, sex,\n"
        "birth_date}; dates are YYYY, YYYY-MM or YYYY-MM-DD. A correction keeps every identifier\n"
        "and adds the new ones. An administrator merges alone; a coordinator names the approving\n"
        "administrator with --approver, whose password is the second line of standard input (after\n"
        "the user's own). A merge is refused while both patients have open cases.");
}

int PatientCommand::run(CliContext& ctx, const QStringList& args)
{
    if (args.isEmpty())
        return ctx.usageError(usage());
    const QString sub = args.first();
    static const QStringList subs{QStringLiteral("find"), QStringLiteral("show"), QStringLiteral("add"),
                                  QStringLiteral("correct"), QStringLiteral("merge")};
    if (!subs.contains(sub))
        return ctx.usageError(tr("Unknown patient command \"%1\".\n").arg(sub) + usage());
    auto user = ctx.authenticate();
    if (!user.ok())
        return ctx.fail(user.error());
    if (sub == QLatin1String("merge")) {
        // an administrator alone, or a coordinator with an administrator's approval
        if (!core::PermissionPolicy::mayMerge(*user)) {
            auto ws = ctx.workspace();
            if (!ws.ok())
                return ctx.fail(ws.error());
            return ctx.fail((*ws)->intake().requireMerge(*user, false).error());
        }
        return merge(ctx, args.mid(1));
    }
    const auto action = sub == QLatin1String("show") ? core::Action::ReadCases : core::Action::EditCaseData;
    if (!core::PermissionPolicy::allows(*user, action)) {
        auto ws = ctx.workspace();
        if (!ws.ok())
            return ctx.fail(ws.error());
        return ctx.fail((*ws)->require(*user, {action, {}, QStringLiteral("patient.") + sub}).error());
    }
    const QStringList rest = args.mid(1);
    if (sub == QLatin1String("find"))
        return find(ctx, rest);
    if (sub == QLatin1String("show"))
        return show(ctx, rest);
    if (sub == QLatin1String("add"))
        return add(ctx, rest);
    return correct(ctx, rest);
}

int PatientCommand::find(CliContext& ctx, const QStringList& args)
{
    CommandLine cl({QCommandLineOption(QStringLiteral("identifier"), {}, QStringLiteral("ID")),
                    QCommandLineOption(QStringLiteral("name"), {}, QStringLiteral("TEXT")),
                    QCommandLineOption(QStringLiteral("birth-date"), {}, QStringLiteral("D")),
                    QCommandLineOption(QStringLiteral("json"))});
    if (!cl.parse(args))
        return ctx.usageError(cl.errorText() + QLatin1Char('\n') + usage());
    if (!cl.positional().isEmpty())
        return ctx.usageError(tr("Unexpected argument \"%1\".").arg(cl.positional().first()));
    // AUTHORITY:TYPE:VALUE or a bare value (any authority)
    QString identifier = cl.value(QStringLiteral("identifier")).trimmed();
    std::optional<core::PatientIdentifier> exact;
    const QStringList parts = identifier.split(QLatin1Char(':'));
    if (parts.size() >= 3) {
        exact = core::PatientIdentifier{parts.at(0), parts.at(1), parts.mid(2).join(QLatin1Char(':'))};
        identifier = exact->value;
    }
    core::PartialDate birth;
    if (cl.isSet(QStringLiteral("birth-date"))) {
        auto d = core::PartialDate::parseInput(cl.value(QStringLiteral("birth-date")));
        if (!d)
            return ctx.usageError(tr("--birth-date: \"%1\" is not a date (YYYY, YYYY-MM or YYYY-MM-DD).")
                                      .arg(cl.value(QStringLiteral("birth-date"))));
        birth = *d;
    }
    if (identifier.isEmpty() && cl.value(QStringLiteral("name")).trimmed().isEmpty() && birth.isNull())
        return ctx.usageError(tr("Search with --identifier, --name or --birth-date."));
    auto ws = ctx.workspace();
    if (!ws.ok())
        return ctx.fail(ws.error());
    auto hits = (*ws)->intake().findPatients(*ctx.authenticate(), identifier,
                                             cl.value(QStringLiteral("name")), birth);
    if (!hits.ok())
        return ctx.fail(hits.error());
    QList<services::PatientHit> shown;
    for (const auto& h : *hits) {
        if (exact && h.match == QLatin1String("identifier") && !h.patient.identifiers.contains(*exact))
            continue;
        shown << h;
    }
    if (cl.isSet(QStringLiteral("json"))) {
        QJsonArray arr;
        for (const auto& h : shown) {
            const QJsonObject p = services::IntakeJson::patientJson(h.patient);
            arr << QJsonObject{{QStringLiteral("id"), h.patient.id},
                               {QStringLiteral("display_name"), p.value(QStringLiteral("display_name"))},
                               {QStringLiteral("name_zh"), h.patient.nameZh},
                               {QStringLiteral("sex"), core::toId(h.patient.sex)},
                               {QStringLiteral("birth_date"), p.value(QStringLiteral("birth_date"))},
                               {QStringLiteral("identifiers"), p.value(QStringLiteral("identifiers"))},
                               {QStringLiteral("match"), h.match == QLatin1String("identifier")
                                                             ? QStringLiteral("identifier")
                                                             : QStringLiteral("name_birth_sex")}};
        }
        return ctx.printJson(QJsonDocument(arr));
    }
    for (const auto& h : shown)
        ctx.out() << QStringLiteral("%1  %2  %3  %4  %5")
                         .arg(h.patient.id, 6)
                         .arg(h.patient.mrn, -16)
                         .arg(h.patient.birth.isNull() ? h.patient.birthDate.toString(Qt::ISODate)
                                                       : h.patient.birth.toString(),
                              -10)
                         .arg(core::toId(h.patient.sex), -7)
                         .arg(h.patient.displayName() + (h.patient.nameZh.isEmpty()
                                                             ? QString()
                                                             : QStringLiteral(" ") + h.patient.nameZh))
                  << Qt::endl;
    if (shown.isEmpty())
        ctx.err() << tr("No patient matches.") << Qt::endl;
    return ExitOk;
}

int PatientCommand::show(CliContext& ctx, const QStringList& args)
{
    CommandLine cl({QCommandLineOption(QStringLiteral("json"))});
    if (!cl.parse(args))
        return ctx.usageError(cl.errorText() + QLatin1Char('\n') + usage());
    if (cl.positional().size() != 1)
        return ctx.usageError(tr("Give one patient id: cellboard-cli --user NAME patient show ID"));
    const auto id = parseCaseId(cl.positional().first());
    if (!id)
        return ctx.usageError(
            tr("\"%1\" is not a patient id (a positive number).").arg(cl.positional().first()));
    auto ws = ctx.workspace();
    if (!ws.ok())
        return ctx.fail(ws.error());
    auto o = (*ws)->intake().showPatient(*ctx.authenticate(), *id);
    if (!o.ok())
        return ctx.fail(o.error());
    if (cl.isSet(QStringLiteral("json"))) {
        QJsonObject p = services::IntakeJson::patientJson(o->patient);
        QJsonArray cases;
        for (const auto& c : o->cases)
            cases << CaseJson::summary(c);
        p.insert(QStringLiteral("cases"), cases);
        return ctx.printJson(QJsonDocument(p));
    }
    const auto& p = o->patient;
    QTextStream& out = ctx.out();
    out << tr("Patient %1: %2 %3").arg(p.id).arg(p.displayName(), p.nameZh) << Qt::endl;
    out << tr("Sex %1, born %2").arg(core::toId(p.sex), p.birth.toString()) << Qt::endl;
    for (const auto& i : p.identifiers)
        out << QStringLiteral("  %1:%2:%3%4")
                   .arg(i.authority, i.type, i.value, i.alias ? tr(" (alias)") : QString())
            << Qt::endl;
    for (const auto& c : o->cases)
        out << tr("Case %1  %2  %3  referred %4")
                   .arg(c.caseId)
                   .arg(core::toId(c.state), core::toId(c.indication), c.referralDate.toString(Qt::ISODate))
            << Qt::endl;
    return ExitOk;
}

int PatientCommand::add(CliContext& ctx, const QStringList& args)
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
    auto patient = services::IntakeJson::readPatient(*json);
    if (!patient.ok())
        return ctx.fail(patient.error());
    auto ws = ctx.workspace();
    if (!ws.ok())
        return ctx.fail(ws.error());
    auto reg = (*ws)->intake().addPatient(*ctx.authenticate(), *patient);
    if (!reg.ok())
        return ctx.fail(reg.error());
    for (const QString& w : reg->warnings)
        ctx.err() << w << Qt::endl;
    if (cl.isSet(QStringLiteral("json"))) {
        QJsonArray warnings;
        for (const QString& w : reg->warnings)
            warnings << w;
        return ctx.printJson(QJsonDocument(
            QJsonObject{{QStringLiteral("id"), reg->patientId}, {QStringLiteral("warnings"), warnings}}));
    }
    ctx.out() << tr("Patient %1 registered.").arg(reg->patientId) << Qt::endl;
    return ExitOk;
}

int PatientCommand::correct(CliContext& ctx, const QStringList& args)
{
    CommandLine cl({QCommandLineOption(QStringLiteral("file"), {}, QStringLiteral("F")),
                    QCommandLineOption(QStringLiteral("reason"), {}, QStringLiteral("R"))});
    if (!cl.parse(args))
        return ctx.usageError(cl.errorText() + QLatin1Char('\n') + usage());
    if (cl.positional().size() != 1)
        return ctx.usageError(
            tr("Give one patient id: cellboard-cli --user NAME patient correct ID --file F --reason R"));
    const auto id = parseCaseId(cl.positional().first());
    if (!id)
        return ctx.usageError(
            tr("\"%1\" is not a patient id (a positive number).").arg(cl.positional().first()));
    if (cl.value(QStringLiteral("reason")).trimmed().isEmpty())
        return ctx.usageError(tr("A correction needs --reason R."));
    auto json = readJsonFile(cl.value(QStringLiteral("file")));
    if (!json.ok())
        return ctx.fail(json.error());
    auto patient = services::IntakeJson::readPatient(*json);
    if (!patient.ok())
        return ctx.fail(patient.error());
    patient->id = *id;
    patient->rowVersion = json->value(QStringLiteral("row_version")).toInteger();
    auto ws = ctx.workspace();
    if (!ws.ok())
        return ctx.fail(ws.error());
    if (auto st =
            (*ws)->intake().correctPatient(*ctx.authenticate(), *patient, cl.value(QStringLiteral("reason")));
        !st.ok())
        return ctx.fail(st.error());
    ctx.out() << tr("Patient %1 corrected.").arg(*id) << Qt::endl;
    return ExitOk;
}

int PatientCommand::merge(CliContext& ctx, const QStringList& args)
{
    CommandLine cl({QCommandLineOption(QStringLiteral("reason"), {}, QStringLiteral("R")),
                    QCommandLineOption(QStringLiteral("approver"), {}, QStringLiteral("NAME"))});
    if (!cl.parse(args))
        return ctx.usageError(cl.errorText() + QLatin1Char('\n') + usage());
    auto ws = ctx.workspace();
    if (!ws.ok())
        return ctx.fail(ws.error());
    const core::UserIdentity user = *ctx.authenticate();
    const QString approver = cl.value(QStringLiteral("approver")).trimmed();
    // A coordinator without an approving administrator may not merge, whatever the arguments.
    if (auto st = (*ws)->intake().requireMerge(user, !approver.isEmpty()); !st.ok())
        return ctx.fail(st.error());
    if (cl.positional().size() != 2)
        return ctx.usageError(
            tr("Give two patient ids: cellboard-cli --user NAME patient merge KEEP_ID MERGED_ID "
               "--reason R [--approver NAME]"));
    // The approving administrator's password is the next line of standard input, after the
    // user's own; the service checks who approves before the ids, the reason and the state.
    std::optional<services::MergeApproval> approval;
    if (core::PermissionPolicy::mergeNeedsApproval(user))
        approval = services::MergeApproval{
            approver, ctx.nextStdinLine(tr("Password of %1 (approving the merge): ").arg(approver))};
    const qint64 keep = parseCaseId(cl.positional().at(0)).value_or(0);
    const qint64 gone = parseCaseId(cl.positional().at(1)).value_or(0);
    if (auto st =
            (*ws)->intake().mergePatients(user, keep, gone, cl.value(QStringLiteral("reason")), approval);
        !st.ok())
        return ctx.fail(st.error());
    ctx.out() << tr("Patient %1 merged into patient %2.").arg(gone).arg(keep) << Qt::endl;
    return ExitOk;
}

} // namespace cb::cli
