#include "cli/ImportCommand.h"

#include "cli/CliContext.h"
#include "cli/CommandLine.h"
#include "cli/Hl7ImportCli.h"
#include "core/PermissionPolicy.h"
#include "services/FhirImportService.h"
#include "services/Workspace.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cb::cli {

namespace {

QString opt(const char* name)
{
    return QString::fromLatin1(name);
}

} // namespace

QString ImportCommand::summary() const
{
    return tr("Import a referral from a FHIR R4 bundle, or lab results from HL7 v2 messages");
}

QString ImportCommand::usage() const
{
    return tr("Usage:\n"
              "  cellboard-cli --user NAME import fhir FILE [--dry-run] [--json] [--referrer NAME]\n"
              "                [--institution TEXT] [--contact TEXT] [--urgency routine|urgent|emergency]\n"
              "                [--referral-date YYYY-MM-DD] [--product P]\n"
              "Reads Patient, Condition, Observation, MedicationRequest, MedicationStatement,\n"
              "MedicationAdministration and Procedure into a new referral. The patient is matched by\n"
              "identifier (authority, type and value) or registered; what CellBoard cannot code is kept\n"
              "as text with a warning. --dry-run shows what would be created or attached and writes\n"
              "nothing. A malformed file or an invalid resource is refused whole, with the JSON path of\n"
              "the first problem. The referrer is the document's author unless --referrer names one.") +
           QLatin1Char('\n') + Hl7ImportCli::usage();
}

int ImportCommand::run(CliContext& ctx, const QStringList& args)
{
    if (args.isEmpty())
        return ctx.usageError(usage());
    if (args.first() == QLatin1String("hl7"))
        return Hl7ImportCli::runHl7(ctx, args.mid(1));
    if (args.first() == QLatin1String("queue"))
        return Hl7ImportCli::runQueue(ctx, args.mid(1));
    if (args.first() != QLatin1String("fhir"))
        return ctx.usageError(
            tr("Unknown import \"%1\": use \"fhir\", \"hl7\" or \"queue\".\n").arg(args.first()) + usage());
    // authentication, then permission, then arguments and state (DESIGN.md §5)
    auto user = ctx.authenticate();
    if (!user.ok())
        return ctx.fail(user.error());
    auto ws = ctx.workspace();
    if (!ws.ok())
        return ctx.fail(ws.error());
    if (auto st = (*ws)->require(*user, {core::Action::EditCaseData, {}, QStringLiteral("case.import")});
        !st.ok())
        return ctx.fail(st.error());
    CommandLine cl({QCommandLineOption(opt("dry-run")), QCommandLineOption(opt("json")),
                    QCommandLineOption(opt("referrer"), {}, opt("NAME")),
                    QCommandLineOption(opt("institution"), {}, opt("TEXT")),
                    QCommandLineOption(opt("contact"), {}, opt("TEXT")),
                    QCommandLineOption(opt("urgency"), {}, opt("U")),
                    QCommandLineOption(opt("referral-date"), {}, opt("D")),
                    QCommandLineOption(opt("product"), {}, opt("P"))});
    if (!cl.parse(args.mid(1)))
        return ctx.usageError(cl.errorText() + QLatin1Char('\n') + usage());
    if (cl.positional().size() != 1)
        return ctx.usageError(tr("Give one file: cellboard-cli --user NAME import fhir FILE [--dry-run]"));
    const QString path = cl.positional().first();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return ctx.fail(Error::badInput(tr("Cannot read %1: %2").arg(path, f.errorString())));
    if (f.size() > 64 * 1024 * 1024)
        return ctx.fail(Error::badInput(tr("%1 is larger than 64 MB.").arg(path)));
    services::FhirImportOptions options;
    options.referrer = cl.value(opt("referrer"));
    options.institution = cl.value(opt("institution"));
    options.contact = cl.value(opt("contact"));
    options.urgency = cl.value(opt("urgency"));
    options.intendedProduct = cl.value(opt("product"));
    if (const QString d = cl.value(opt("referral-date")); !d.isEmpty()) {
        options.referralDate = QDate::fromString(d, Qt::ISODate);
        if (!options.referralDate.isValid())
            return ctx.usageError(tr("\"%1\" is not a date (YYYY-MM-DD).").arg(d));
    }
    services::FhirImportService importer((*ws)->database(), (*ws)->clock(), (*ws)->intake());
    auto plan = importer.plan(*user, f.readAll(), options);
    if (!plan.ok())
        return ctx.fail(Error{plan.error().code,
                              QFileInfo(path).fileName() + QStringLiteral(" ") + plan.error().message,
                              plan.error().detail, plan.error().field});
    QJsonObject answer = plan->toJson();
    const bool dryRun = cl.isSet(opt("dry-run"));
    answer.insert(opt("dry_run"), dryRun);
    if (!dryRun) {
        auto imported = importer.apply(*user, *plan);
        if (!imported.ok())
            return ctx.fail(imported.error());
        answer.insert(opt("id"), QString::number(imported->caseId));
        answer.insert(opt("case_id"), QString::number(imported->caseId));
        QJsonObject patient = answer.value(opt("patient")).toObject();
        patient.insert(opt("id"), QString::number(imported->patientId));
        answer.insert(opt("patient"), patient);
    }
    if (cl.isSet(opt("json")))
        return ctx.printJson(QJsonDocument(answer));
    const QJsonObject created = answer.value(opt("created")).toObject();
    const QString who =
        plan->attaches() ? tr("attached to patient %1").arg(plan->patientId) : tr("a new patient");
    const QString what = tr("%1 therapy line(s), %2 transplant(s), %3 observation(s), %4 kept as text")
                             .arg(created.value(opt("therapy_lines")).toInt())
                             .arg(created.value(opt("transplants")).toInt())
                             .arg(created.value(opt("observations")).toInt())
                             .arg(plan->referral.keptAsText.size());
    if (dryRun)
        ctx.out() << tr("Dry run, nothing written: a referral for %1; %2.").arg(who, what) << Qt::endl;
    else
        ctx.out() << tr("Case %1 registered, %2; %3.").arg(answer.value(opt("case_id")).toString(), who, what)
                  << Qt::endl;
    for (const QJsonValue& w : answer.value(opt("warnings")).toArray())
        ctx.out() << tr("Warning: %1").arg(w.toString()) << Qt::endl;
    return ExitOk;
}

} // namespace cb::cli
