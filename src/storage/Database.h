#pragma once

#include "core/Result.h"
#include "storage/DatabaseUrl.h"

#include <QCoreApplication>
#include <QString>
#include <limits>
#include <memory>

namespace cb::storage {

class DatabasePrivate;

// What a SQLite file at the database's place holds, found without changing it.
struct FileInspection
{
    enum class State {
        Missing,   // no file
        Empty,     // a file of 0 bytes, or a SQLite database without a table: init may create the schema
        CellBoard, // a sound CellBoard database (schemaVersion tells which; it may be newer)
        Foreign,   // a sound SQLite database of another program
        Damaged,   // truncated, partly overwritten, or not a database at all (problem says how)
    };
    State state = State::Missing;
    int schemaVersion = 0;
    QString problem;
    bool notADatabase = false; // Damaged: not a SQLite file at all (overwritten by something else)
};

// One connection to the CellBoard database (SQLite or PostgreSQL), used from one thread.
// SQLite runs with WAL, foreign keys, synchronous=FULL and a busy timeout. Opening a SQLite file
// checks it first (PRAGMA quick_check): a damaged file, a foreign database or an empty file is
// refused with a message naming the file and what to do, and never written to.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(cb::storage::Database)
public:
    // MustExist: a CellBoard database must be there. CreateIfMissing (init): an absent or empty
    // file becomes one. ReadOnly: an existing CellBoard database, read without writing anything
    // (a backup being verified); migrate() and transactions are refused.
    enum class OpenMode { MustExist, CreateIfMissing, ReadOnly };

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    static Result<std::unique_ptr<Database>> open(const DatabaseUrl& url, OpenMode mode);
    // What the SQLite file at `path` holds (read-only; errors: locked, unreadable, a folder).
    static Result<FileInspection> inspect(const QString& path);

    const DatabaseUrl& url() const;
    bool isPostgres() const { return url().isPostgres(); }
    bool isReadOnly() const;

    // Applies every embedded migration not yet recorded, each in its own transaction. A SQLite
    // database at an older schema is first backed up (backups/ beside the file, named with
    // core::BackupName and the note before-schema-N); if that fails, nothing is changed.
    Status migrate();
    // The same, up to `version` only (tests build databases of an older schema with it).
    Status migrateTo(int version);
    // The backup the last migrate() took before changing the schema (empty when none).
    QString preMigrationBackup() const;
    // The highest migration applied (0 for an empty database) and the highest this build knows.
    int schemaVersion() const;
    static int latestSchemaVersion();

    DatabasePrivate* d() const { return m_d.get(); }

private:
    explicit Database(std::unique_ptr<DatabasePrivate> d);
    // PostgreSQL without pg_trgm: the search works, slowly; the log says how to add the index.
    void warnWithoutTrigramIndex() const;
    static Result<std::unique_ptr<Database>> openSqlite(std::unique_ptr<DatabasePrivate> d, OpenMode mode);
    std::unique_ptr<DatabasePrivate> m_d;
};

} // namespace cb::storage
