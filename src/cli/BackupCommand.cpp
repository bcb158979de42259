#include "cli/BackupCommand.h"

#include "cli/CliContext.h"
#include "cli/CommandLine.h"
#include "services/BackupService.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace cb::cli {

QString BackupCommand::summary() const
{
    return tr("Back up the SQLite database (an online, verified copy), or check a backup");
}

QString BackupCommand::usage() const
{
    return tr(
        "Usage:\n"
        "  cellboard-cli [--db URL] backup -o FILE [--json]   copy the database while it is in use, then "
        "check the copy\n"
        "                                         (integrity, schema, audit chain and signatures)\n"
        "  cellboard-cli backup verify FILE [--json]           check a backup without changing it; exit 0 "
        "when it is usable\n"
        "FILE must not exist yet; it is readable by its owner only. PostgreSQL databases are backed up "
        "with pg_dump.");
}

QJsonObject BackupCommand::toJson(const services::BackupCheck& c)
{
    QJsonObject o{{QStringLiteral("file"), c.file},
                  {QStringLiteral("ok"), c.ok()},
                  {QStringLiteral("bytes"), c.bytes},
                  {QStringLiteral("schema_version"), c.schemaVersion},
                  {QStringLiteral("integrity"), c.integrityProblems.isEmpty()
                                                    ? QStringLiteral("ok")
                                                    : c.integrityProblems.join(QStringLiteral("; "))},
                  {QStringLiteral("audit_intact"), c.audit.ok()},
                  {QStringLiteral("audit_entries"), c.audit.entries},
                  {QStringLiteral("audit_head_seq"), c.audit.headSeq},
                  {QStringLiteral("audit_head_hash"), c.audit.headHash},
                  {QStringLiteral("signatures"), c.audit.signatures}};
    if (!c.ok())
        o.insert(QStringLiteral("problem"), c.problem);
    return o;
}

int BackupCommand::run(CliContext& ctx, const QStringList& args)
{
    CommandLine cl(
        {QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")}, {}, QStringLiteral("FILE")),
         QCommandLineOption(QStringLiteral("json"))});
    if (!cl.parse(args))
        return ctx.usageError(cl.errorText() + QLatin1Char('\n') + usage());
    const bool json = cl.isSet(QStringLiteral("json"));
    const auto clock = ctx.clock();
    const services::BackupService backups(*clock);

    if (!cl.positional().isEmpty() && cl.positional().first() == QLatin1String("verify")) {
        if (cl.positional().size() != 2 || cl.isSet(QStringLiteral("o")))
            return ctx.usageError(tr("Give one backup file: cellboard-cli backup verify FILE"));
        auto check = backups.verify(cl.positional().at(1));
        if (!check.ok())
            return ctx.fail(check.error());
        if (json)
            ctx.printJson(QJsonDocument(toJson(*check)));
        if (!check->ok()) {
            ctx.err() << tr("The backup %1 is NOT usable: %2.").arg(check->file, check->problem) << Qt::endl;
            return ExitFailure;
        }
        if (!json)
            ctx.out() << tr("Backup %1 verified: schema %2, integrity ok, audit chain intact (%3 entries, %4 "
                            "signatures verified). Head: entry %5, hash %6")
                             .arg(check->file)
                             .arg(check->schemaVersion)
                             .arg(check->audit.entries)
                             .arg(check->audit.signatures)
                             .arg(check->audit.headSeq)
                             .arg(check->audit.headHash.isEmpty() ? tr("(none)") : check->audit.headHash)
                      << Qt::endl;
        return ExitOk;
    }
    if (!cl.positional().isEmpty())
        return ctx.usageError(tr("Unexpected argument \"%1\".\n").arg(cl.positional().first()) + usage());
    if (!cl.isSet(QStringLiteral("o")) || cl.value(QStringLiteral("o")).trimmed().isEmpty())
        return ctx.usageError(tr("Name the backup file with -o FILE.\n") + usage());
    auto check = backups.backup(ctx.resolvedDatabaseUrl(), cl.value(QStringLiteral("o")));
    if (!check.ok()) {
        Error e = check.error();
        // the database that cannot be read is not the caller's bad input; a wrong FILE or a
        // PostgreSQL address is
        if (e.code == ErrorCode::NotFound)
            e.code = ErrorCode::Failure;
        return ctx.fail(e);
    }
    if (json)
        return ctx.printJson(QJsonDocument(toJson(*check)));
    ctx.out() << tr("Backup written and verified: %1 (schema %2, %3 audit entries, %4 signatures verified). "
                    "Head: entry %5, hash %6")
                     .arg(check->file)
                     .arg(check->schemaVersion)
                     .arg(check->audit.entries)
                     .arg(check->audit.signatures)
                     .arg(check->audit.headSeq)
                     .arg(check->audit.headHash.isEmpty() ? tr("(none)") : check->audit.headHash)
              << Qt::endl;
    return ExitOk;
}

} // namespace cb::cli
