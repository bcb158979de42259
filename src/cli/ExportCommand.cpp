#include "cli/ExportCommand.h"

#include "cli/CaseIdArgument.h"
#include "cli/CliContext.h"
#include "cli/CommandLine.h"
#include "core/PermissionPolicy.h"
#include "exports/DocumentExport.h"
#include "exports/FhirBundle.h"
#include "exports/FhirExport.h"
#include "services/Workspace.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>

namespace cb::cli {

namespace {

QString tr(const char* s)
{
    return QCoreApplication::translate("cb::cli", s);
}

} // namespace

namespace {

int exportMinutes(CliContext& ctx, const QStringList& args, const QString& usage)
{
    auto user = ctx.authenticate();
    if (!user.ok())
        return ctx.fail(user.error());
    auto ws = ctx.workspace();
    if (!ws.ok())
        return ctx.fail(ws.error());
    if (auto st = (*ws)->require(*user, {core::Action::ReadCases,
                                         {},
                                         QStringLiteral("meeting.view"),
                                         0,
                                         false,
                                         QStringLiteral("meeting")});
        !st.ok())
        return ctx.fail(st.error());
    CommandLine cl(
        {QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")}, {}, QStringLiteral("FILE")),
         QCommandLineOption(QStringLiteral("json"))});
    if (!cl.parse(args))
        return ctx.usageError(cl.errorText() + QLatin1Char('\n') + usage);
    if (cl.positional().size() != 1)
        return ctx.usageError(
            tr("Give one meeting id: cellboard-cli --user NAME export minutes MEETING_ID -o FILE"));
    const auto id = parseCaseId(cl.positional().first());
    if (!id)
        return ctx.usageError(
            tr("\"%1\" is not a meeting id (a positive number).").arg(cl.positional().first()));
    const QString path = cl.value(QStringLiteral("o"));
    if (path.isEmpty())
        return ctx.usageError(tr("Give the output file with -o FILE."));
    auto doc = exports::DocumentExport(**ws).exportToFile(*user, exports::DocumentKind::Minutes, *id, path);
    if (!doc.ok())
        return ctx.fail(doc.error());
    const int pages = doc->pages;
    if (cl.isSet(QStringLiteral("json")))
        return ctx.printJson(
            QJsonDocument(QJsonObject{{QStringLiteral("id"), QString::number(*id)},
                                      {QStringLiteral("meeting_id"), QString::number(*id)},
                                      {QStringLiteral("kind"), QStringLiteral("minutes")},
                                      {QStringLiteral("file"), QFileInfo(path).absoluteFilePath()},
                                      {QStringLiteral("pages"), pages},
                                      {QStringLiteral("draft"), doc->isDraft()},
                                      {QStringLiteral("audit_seq"), doc->auditSeq()},
                                      {QStringLiteral("audit_hash"), doc->auditHash()}}));
    ctx.out() << tr("Minutes of meeting %1 written to %2 (%3%4)")
                     .arg(QString::number(*id), path, pages == 1 ? tr("1 page") : tr("%1 pages").arg(pages),
                          doc->isDraft() ? tr(", DRAFT") : QString())
              << Qt::endl;
    return ExitOk;
}

int exportFhir(CliContext& ctx, const QStringList& args, const QString& usage)
{
    // authentication, then permission, then arguments and state (DESIGN.md §5)
    auto user = ctx.authenticate();
    if (!user.ok())
        return ctx.fail(user.error());
    auto ws = ctx.workspace();
    if (!ws.ok())
        return ctx.fail(ws.error());
    if (auto st = (*ws)->require(*user, {core::Action::ReadCases, {}, QStringLiteral("case.export")});
        !st.ok())
        return ctx.fail(st.error());
    CommandLine cl(
        {QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")}, {}, QStringLiteral("FILE")),
         QCommandLineOption(QStringLiteral("document")), QCommandLineOption(QStringLiteral("json"))});
    if (!cl.parse(args))
        return ctx.usageError(cl.errorText() + QLatin1Char('\n') + usage);
    if (cl.positional().size() != 1)
        return ctx.usageError(
            tr("Give one case id: cellboard-cli --user NAME export fhir CASE_ID -o FILE [--document]"));
    const auto id = parseCaseId(cl.positional().first());
    if (!id)
        return ctx.usageError(
            tr("\"%1\" is not a case id (a positive number).").arg(cl.positional().first()));
    const QString path = cl.value(QStringLiteral("o"));
    if (path.isEmpty())
        return ctx.usageError(tr("Give the output file with -o FILE."));
    const auto variant = cl.isSet(QStringLiteral("document")) ? exports::FhirExport::Variant::Document
                                                              : exports::FhirExport::Variant::Collection;
    auto exported = exports::FhirExport(**ws).exportToFile(*user, *id, variant, path);
    if (!exported.ok())
        return ctx.fail(exported.error());
    const QString variantId = exports::FhirExport::variantId(variant);
    if (cl.isSet(QStringLiteral("json")))
        return ctx.printJson(QJsonDocument(
            QJsonObject{{QStringLiteral("id"), QString::number(*id)},
                        {QStringLiteral("case_id"), QString::number(*id)},
                        {QStringLiteral("kind"), variantId},
                        {QStringLiteral("file"), QFileInfo(path).absoluteFilePath()},
                        {QStringLiteral("bundle_id"), exported->identifier},
                        {QStringLiteral("entries"), exported->entries()},
                        {QStringLiteral("resources"), exports::FhirBundle::resourceCounts(exported->bundle)},
                        {QStringLiteral("draft"), !exported->dossier.isFinal()},
                        {QStringLiteral("fingerprint"), exported->dossier.fingerprint},
                        {QStringLiteral("audit_seq"), exported->dossier.auditSeq},
                        {QStringLiteral("audit_hash"), exported->dossier.auditHash}}));
    ctx.out()
        << (variant == exports::FhirExport::Variant::Document
                ? tr("Case %1: FHIR document of the signed verdict written to %2 (%3 entries, bundle %4)")
                : tr("Case %1: FHIR bundle written to %2 (%3 entries, bundle %4)"))
               .arg(QString::number(*id), path, QString::number(exported->entries()), exported->identifier)
        << Qt::endl;
    return ExitOk;
}

} // namespace

QString ExportCommand::summary() const
{
    return tr("Export a case summary or outcome letter as PDF, or a case as a FHIR R4 bundle");
}

QString ExportCommand::usage() const
{
    return tr(
        "Usage:\n"
        "  cellboard-cli --user NAME export pdf CASE_ID -o FILE [--letter] [--json]\n"
        "Writes the case summary (with --letter: the outcome letter to the referring physician) as a PDF.\n"
        "The file is replaced atomically and readable by its owner only; every export is audited.\n"
        "An incomplete or unsigned case prints with a DRAFT watermark.\n"
        "  cellboard-cli --user NAME export minutes MEETING_ID -o FILE [--json]\n"
        "Writes the minutes of a meeting (attendance, verdicts, dissent, actions); a meeting not yet held\n"
        "or whose minutes the chair has not signed prints as a DRAFT with its planned attendance and "
        "agenda.\n"
        "  cellboard-cli --user NAME export fhir CASE_ID -o FILE [--document] [--json]\n"
        "Writes the patient's record as a FHIR R4 JSON collection bundle (one Patient with every identifier, "
        "the\n"
        "primary cancer, stage, observations with LOINC and UCUM, prior lines, transplants, the infusion, "
        "the\n"
        "highest CRS and ICANS grades, follow-up responses). With --document: a FHIR document of the "
        "board's\n"
        "signed verdict (Composition first) carrying the case summary PDF; refused while the verdict is "
        "unsigned.");
}

int ExportCommand::run(CliContext& ctx, const QStringList& args)
{
    if (args.isEmpty())
        return ctx.usageError(usage());
    if (args.first() == QLatin1String("minutes"))
        return exportMinutes(ctx, args.mid(1), usage());
    if (args.first() == QLatin1String("fhir"))
        return exportFhir(ctx, args.mid(1), usage());
    if (args.first() != QLatin1String("pdf"))
        return ctx.usageError(tr("Unknown export \"%1\": use \"pdf\" (a case), \"fhir\" (a case as a FHIR "
                                 "bundle) or \"minutes\" (a meeting).\n")
                                  .arg(args.first()) +
                              usage());
    // authentication, then permission, then arguments and state (DESIGN.md §5)
    auto user = ctx.authenticate();
    if (!user.ok())
        return ctx.fail(user.error());
    auto ws = ctx.workspace();
    if (!ws.ok())
        return ctx.fail(ws.error());
    if (auto st = (*ws)->require(*user, {core::Action::ReadCases, {}, QStringLiteral("case.export")});
        !st.ok())
        return ctx.fail(st.error());

    CommandLine cl(
        {QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")}, {}, QStringLiteral("FILE")),
         QCommandLineOption(QStringLiteral("letter")), QCommandLineOption(QStringLiteral("json"))});
    if (!cl.parse(args.mid(1)))
        return ctx.usageError(cl.errorText() + QLatin1Char('\n') + usage());
    if (cl.positional().size() != 1)
        return ctx.usageError(tr("Give one case id: cellboard-cli --user NAME export pdf CASE_ID -o FILE"));
    const auto id = parseCaseId(cl.positional().first());
    if (!id)
        return ctx.usageError(
            tr("\"%1\" is not a case id (a positive number).").arg(cl.positional().first()));
    const QString path = cl.value(QStringLiteral("o"));
    if (path.isEmpty())
        return ctx.usageError(tr("Give the output file with -o FILE."));
    const auto kind =
        cl.isSet(QStringLiteral("letter")) ? exports::DocumentKind::Letter : exports::DocumentKind::Summary;

    auto doc = exports::DocumentExport(**ws).exportToFile(*user, kind, *id, path);
    if (!doc.ok())
        return ctx.fail(doc.error());
    const int pages = doc->pages;
    const QString kindId = exports::kindId(kind);
    if (cl.isSet(QStringLiteral("json")))
        return ctx.printJson(
            QJsonDocument(QJsonObject{{QStringLiteral("id"), QString::number(*id)},
                                      {QStringLiteral("case_id"), QString::number(*id)},
                                      {QStringLiteral("kind"), kindId},
                                      {QStringLiteral("file"), QFileInfo(path).absoluteFilePath()},
                                      {QStringLiteral("pages"), pages},
                                      {QStringLiteral("draft"), doc->isDraft()},
                                      {QStringLiteral("fingerprint"), doc->fingerprint()},
                                      {QStringLiteral("audit_seq"), doc->auditSeq()},
                                      {QStringLiteral("audit_hash"), doc->auditHash()}}));
    ctx.out() << tr("Case %1 %2 written to %3 (%4%5); record fingerprint %6")
                     .arg(QString::number(*id), kindId, path,
                          pages == 1 ? tr("1 page") : tr("%1 pages").arg(pages),
                          doc->isDraft() ? tr(", DRAFT") : QString(), doc->fingerprint())
              << Qt::endl;
    return ExitOk;
}

} // namespace cb::cli
