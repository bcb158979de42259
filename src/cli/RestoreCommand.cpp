#include "cli/RestoreCommand.h"

#include "cli/BackupCommand.h"
#include "cli/CliContext.h"
#include "cli/CommandLine.h"
#include "services/BackupService.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace cb::cli {

QString RestoreCommand::summary() const
{
    return tr("Restore the SQLite database from a verified backup, keeping the one it replaces");
}

QString RestoreCommand::usage() const
{
    return tr("Usage: cellboard-cli [--db URL] restore FILE [--force] [--json]\n"
              "Checks the backup FILE first (integrity, schema, audit chain and signatures) and refuses one "
              "from a newer\n"
              "CellBoard. A missing or damaged database is replaced at once (a damaged one is kept as\n"
              "NAME.replaced-TIME.sqlite beside it); a sound one only with --force, and a copy of it is kept "
              "the same way.\n"
              "The restore is recorded in the restored database's audit trail. PostgreSQL: use pg_restore.\n"
              "  --force   replace a sound database too");
}

int RestoreCommand::run(CliContext& ctx, const QStringList& args)
{
    CommandLine cl({QCommandLineOption(QStringLiteral("force")), QCommandLineOption(QStringLiteral("json"))});
    if (!cl.parse(args))
        return ctx.usageError(cl.errorText() + QLatin1Char('\n') + usage());
    if (cl.positional().size() != 1)
        return ctx.usageError(tr("Give one backup file: cellboard-cli restore FILE [--force]"));
    const auto clock = ctx.clock();
    const services::BackupService backups(*clock);
    services::RestoreRequest request;
    request.force = cl.isSet(QStringLiteral("force"));
    request.via = QStringLiteral("cellboard-cli");
    auto outcome = backups.restore(ctx.resolvedDatabaseUrl(), cl.positional().first(), request);
    if (!outcome.ok())
        return ctx.fail(outcome.error());
    if (cl.isSet(QStringLiteral("json"))) {
        QJsonObject o{{QStringLiteral("database"), outcome->database},
                      {QStringLiteral("restored_from"), outcome->backup.file},
                      {QStringLiteral("kept_as"), outcome->keptAs.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                            : QJsonValue(outcome->keptAs)},
                      {QStringLiteral("backup"), BackupCommand::toJson(outcome->backup)},
                      {QStringLiteral("audit_seq"), outcome->auditSeq},
                      {QStringLiteral("audit_hash"), outcome->auditHash}};
        return ctx.printJson(QJsonDocument(o));
    }
    ctx.out() << tr("Database %1 restored from %2 (schema %3, %4 audit entries up to the backup).")
                     .arg(outcome->database, outcome->backup.file)
                     .arg(outcome->backup.schemaVersion)
                     .arg(outcome->backup.audit.entries)
              << Qt::endl;
    if (!outcome->keptAs.isEmpty())
        ctx.out() << tr("The database it replaced is kept as %1.").arg(outcome->keptAs) << Qt::endl;
    ctx.out() << tr("Recorded as audit entry %1, hash %2").arg(outcome->auditSeq).arg(outcome->auditHash)
              << Qt::endl;
    return ExitOk;
}

} // namespace cb::cli
