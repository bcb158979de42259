#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "core/UserIdentity.h"
#include "services/AuditService.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace cb::services {

// What a check of a backup file found.
struct BackupCheck
{
    QString file;
    qint64 bytes = 0;
    int schemaVersion = 0;
    QStringList integrityProblems; // empty: PRAGMA integrity_check said ok
    AuditVerification audit;       // the audit chain and every signature
    bool newerSchema = false;      // written by a newer CellBoard: this version cannot use it
    QString problem;               // empty when the backup is usable; else what is wrong
    bool ok() const { return problem.isEmpty(); }
};

// A backup file found in a folder, by its name (core::BackupName).
struct BackupFile
{
    QString path;
    QDateTime at; // UTC
    QString note; // e.g. before-schema-7; empty for a scheduled or manual backup
};

struct RestoreRequest
{
    bool force = false;       // replace a sound database too (else only a missing or damaged one)
    core::UserIdentity actor; // who restores (id 0 when nobody is logged in: the CLI, the start)
    QString via;              // "cellboard-cli", "settings", "start"
};

struct RestoreOutcome
{
    QString database; // the restored database file
    QString keptAs;   // where the database it replaced is kept (empty when there was none)
    BackupCheck backup;
    qint64 auditSeq = 0; // the database.restore entry in the restored database
    QString auditHash;
};

// Backups of a SQLite database and restores from them, for the CLI and the GUI alike. A backup is
// an online, consistent copy (SQLite's backup API) that is checked after writing: integrity, the
// schema, the audit chain and every signature. A restore checks the backup first, refuses one
// from a newer schema, keeps the database it replaces beside it, and records itself in the
// restored database's audit trail. PostgreSQL databases are backed up by their administrator
// with pg_dump; these calls say so.
class BackupService
{
    Q_DECLARE_TR_FUNCTIONS(cb::services::BackupService)
public:
    explicit BackupService(const core::Clock& clock) : m_clock(clock) {}

    // A backup of the database at urlText into the new file `target`, verified. A backup that
    // does not verify is removed and reported.
    Result<BackupCheck> backup(const QString& urlText, const QString& target) const;
    // A scheduled backup: into `folder` under a core::BackupName, then only the newest `keep`
    // scheduled backups of this database stay there (backups with a note are kept).
    Result<BackupCheck> backupToFolder(const QString& urlText, const QString& folder, int keep) const;
    // Checks a backup file without changing it. An error only when there is nothing to check
    // (no such file, a folder) or the file cannot be read; a damaged or foreign file, a newer
    // schema or a broken audit chain is a BackupCheck that is not ok().
    Result<BackupCheck> verify(const QString& file) const;
    // Restores the database at urlText from `backupFile`.
    Result<RestoreOutcome> restore(const QString& urlText, const QString& backupFile,
                                   const RestoreRequest& request) const;

    // The SQLite file of urlText, or an error (a PostgreSQL address: the message names pg_dump).
    static Result<QString> sqliteFileOf(const QString& urlText);
    // Where a database's backups go unless a folder is chosen: backups/ beside the file (the
    // backups taken before a schema update are there too).
    static QString defaultFolderFor(const QString& databaseFile);
    // The backups of that database file in these folders, newest first.
    static QList<BackupFile> backupsOf(const QString& databaseFile, const QStringList& folders);

private:
    Result<BackupCheck> checkCellBoardFile(const QString& file, int schemaVersion) const;
    const core::Clock& m_clock;
};

} // namespace cb::services
