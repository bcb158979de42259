#include "cli/Hl7ImportCli.h"

#include "cli/CliContext.h"
#include "cli/CommandLine.h"
#include "core/PermissionPolicy.h"
#include "services/Hl7ImportService.h"
#include "services/Workspace.h"

#include <QDir>
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

constexpr qint64 kMaxFileSize = 64 * 1024 * 1024;

// The files to read: FILE, or the HL7 files of DIR (*.hl7, *.txt, *.msg, *.oru), by name.
Result<QStringList> filesOf(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error::badInput(Hl7ImportCli::tr("%1 does not exist.").arg(path));
    if (!info.isDir())
        return QStringList{path};
    QDir dir(path);
    const QFileInfoList entries =
        dir.entryInfoList({opt("*.hl7"), opt("*.HL7"), opt("*.txt"), opt("*.msg"), opt("*.oru")},
                          QDir::Files | QDir::Readable, QDir::Name);
    QStringList out;
    for (const QFileInfo& e : entries)
        out << e.filePath();
    if (out.isEmpty())
        return Error::badInput(
            Hl7ImportCli::tr("%1 holds no HL7 file (*.hl7, *.txt, *.msg, *.oru).").arg(path));
    return out;
}

void printSummary(CliContext& ctx, const services::Hl7ImportSummary& s)
{
    ctx.out() << (s.dryRun ? Hl7ImportCli::tr("Dry run, nothing kept: ") : QString())
              << Hl7ImportCli::tr(
                     "%1 message(s): %2 accepted, %3 superseded, %4 retracted, %5 held, %6 refused "
                     "(%7 kept with the message only, %8 cancelled, %9 ignored, %10 already imported).")
                     .arg(s.messages)
                     .arg(s.accepted)
                     .arg(s.superseded)
                     .arg(s.retracted)
                     .arg(s.held)
                     .arg(s.refused)
                     .arg(s.kept)
                     .arg(s.cancelled)
                     .arg(s.ignored)
                     .arg(s.duplicates)
              << Qt::endl;
    for (const auto& i : s.items) {
        if (i.status == QLatin1String("accepted") && i.reason.isEmpty())
            continue;
        const QString what = i.setId.isEmpty()
                                 ? i.messageId
                                 : Hl7ImportCli::tr("%1 OBX %2 (%3)").arg(i.messageId, i.setId, i.code);
        ctx.out() << QStringLiteral("  %1 %2: %3").arg(i.status, what, i.reason) << Qt::endl;
    }
}

} // namespace

QString Hl7ImportCli::usage()
{
    return tr(
        "  cellboard-cli --user NAME import hl7 FILE|DIR [--dry-run] [--json]\n"
        "  cellboard-cli --user NAME import queue list [--json]\n"
        "  cellboard-cli --user NAME import queue assign QUEUE_ID PATIENT_ID --reason R [--json]\n"
        "Reads HL7 v2.5.1 ORU^R01 lab results (a file, or the *.hl7, *.txt, *.msg and *.oru files of a\n"
        "directory; several messages per file; CR, CRLF or LF) into the patient's record. The patient\n"
        "is matched on PID-3 authority, type and value; a message that matches nobody is held in the\n"
        "import queue until a coordinator assigns it to a patient. Statuses: F final, C/A corrected,\n"
        "P preliminary (superseded by the final), D/W retracted, X cancelled. A time without an offset\n"
        "is in the sending facility's time zone (setting hl7.facility_time_zones, e.g.\n"
        "'{\"HOSPA\": \"Asia/Shanghai\"}'); a message that needs an unknown one is refused. Importing\n"
        "the same facility and control id (MSH-4, MSH-10) again changes nothing. Exits 2 when a\n"
        "message was refused; the summary names each with its reason.");
}

int Hl7ImportCli::runHl7(CliContext& ctx, const QStringList& args)
{
    auto user = ctx.authenticate();
    if (!user.ok())
        return ctx.fail(user.error());
    auto ws = ctx.workspace();
    if (!ws.ok())
        return ctx.fail(ws.error());
    services::Hl7ImportService importer((*ws)->database(), (*ws)->clock(), (*ws)->intake(),
                                        (*ws)->settings());
    if (auto st = importer.requireImport(*user); !st.ok())
        return ctx.fail(st.error());
    CommandLine cl({QCommandLineOption(opt("dry-run")), QCommandLineOption(opt("json"))});
    if (!cl.parse(args))
        return ctx.usageError(cl.errorText() + QLatin1Char('\n') + usage());
    if (cl.positional().size() != 1)
        return ctx.usageError(
            tr("Give one file or directory: cellboard-cli --user NAME import hl7 FILE|DIR"));
    auto files = filesOf(cl.positional().first());
    if (!files.ok())
        return ctx.fail(files.error());
    const bool dryRun = cl.isSet(opt("dry-run"));
    services::Hl7ImportSummary total;
    total.dryRun = dryRun;
    for (const QString& path : *files) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return ctx.fail(Error::badInput(tr("Cannot read %1: %2").arg(path, f.errorString())));
        if (f.size() > kMaxFileSize)
            return ctx.fail(Error::badInput(tr("%1 is larger than 64 MB.").arg(path)));
        auto s = importer.importFile(*user, f.readAll(), QFileInfo(path).fileName(), dryRun);
        if (!s.ok())
            return ctx.fail(Error{s.error().code,
                                  QFileInfo(path).fileName() + QStringLiteral(" ") + s.error().message,
                                  s.error().detail, s.error().field});
        total.messages += s->messages;
        for (const auto& i : s->items)
            total.add(i);
    }
    if (cl.isSet(opt("json")))
        ctx.printJson(QJsonDocument(total.toJson()));
    else
        printSummary(ctx, total);
    if (total.refused > 0) {
        ctx.err() << tr("%1 message(s) refused; the summary names each with its reason.").arg(total.refused)
                  << Qt::endl;
        return ExitBadInput;
    }
    return ExitOk;
}

int Hl7ImportCli::runQueue(CliContext& ctx, const QStringList& args)
{
    if (args.isEmpty() || (args.first() != QLatin1String("list") && args.first() != QLatin1String("assign")))
        return ctx.usageError(
            tr("Use \"import queue list\" or \"import queue assign QUEUE_ID PATIENT_ID --reason R\".\n") +
            usage());
    auto user = ctx.authenticate();
    if (!user.ok())
        return ctx.fail(user.error());
    auto ws = ctx.workspace();
    if (!ws.ok())
        return ctx.fail(ws.error());
    services::Hl7ImportService importer((*ws)->database(), (*ws)->clock(), (*ws)->intake(),
                                        (*ws)->settings());
    const bool assign = args.first() == QLatin1String("assign");
    if (auto st = (*ws)->require(
            *user, {core::Action::EditCaseData,
                    {},
                    assign ? QStringLiteral("lab.queue.assign") : QStringLiteral("lab.queue.view"),
                    0,
                    true,
                    QStringLiteral("hl7_message")});
        !st.ok())
        return ctx.fail(st.error());
    CommandLine cl({QCommandLineOption(opt("json")), QCommandLineOption(opt("reason"), {}, opt("R"))});
    if (!cl.parse(args.mid(1)))
        return ctx.usageError(cl.errorText() + QLatin1Char('\n') + usage());
    if (!assign) {
        if (!cl.positional().isEmpty())
            return ctx.usageError(tr("\"import queue list\" takes no argument."));
        auto queue = importer.queue(*user);
        if (!queue.ok())
            return ctx.fail(queue.error());
        if (cl.isSet(opt("json"))) {
            QJsonArray list;
            for (const auto& e : *queue)
                list.append(e.toJson());
            return ctx.printJson(QJsonDocument(list));
        }
        if (queue->isEmpty())
            ctx.out() << tr("No message is held.") << Qt::endl;
        for (const auto& e : *queue)
            ctx.out() << tr("%1  %2 %3  %4 result(s)  %5")
                             .arg(e.id)
                             .arg(e.facility, e.controlId)
                             .arg(e.results)
                             .arg(e.reason)
                      << Qt::endl;
        return ExitOk;
    }
    if (cl.positional().size() != 2)
        return ctx.usageError(
            tr("Give the queue id and the patient id: import queue assign QUEUE_ID PATIENT_ID "
               "--reason R"));
    bool okQueue = false, okPatient = false;
    const qint64 queueId = cl.positional().at(0).toLongLong(&okQueue);
    const qint64 patientId = cl.positional().at(1).toLongLong(&okPatient);
    if (!okQueue || queueId <= 0)
        return ctx.usageError(tr("\"%1\" is not a queue id.").arg(cl.positional().at(0)));
    if (!okPatient || patientId <= 0)
        return ctx.usageError(tr("\"%1\" is not a patient id.").arg(cl.positional().at(1)));
    if (cl.value(opt("reason")).trimmed().isEmpty())
        return ctx.usageError(tr("Give the reason: --reason R (how the patient was identified)."));
    auto s = importer.assign(*user, queueId, patientId, cl.value(opt("reason")));
    if (!s.ok())
        return ctx.fail(s.error());
    if (cl.isSet(opt("json")))
        return ctx.printJson(QJsonDocument(s->toJson()));
    printSummary(ctx, *s);
    return ExitOk;
}

} // namespace cb::cli
