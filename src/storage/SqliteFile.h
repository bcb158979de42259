#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace cb::storage {

// File-level work on SQLite database files through SQLite's own C API, on connections of its own
// (never the application's Qt connection): the online backup, the restore into a database that
// may be in use, and integrity checks. The only place outside the Qt driver that calls SQLite.
class SqliteFile
{
    Q_DECLARE_TR_FUNCTIONS(cb::storage::SqliteFile)
public:
    // A consistent copy of the database at `source` into the new file `target`, taken while
    // other connections and processes go on reading and writing (SQLite's backup API copies
    // every page in one read transaction; WAL writers are not blocked). The copy is one
    // self-contained file (rollback journal, nothing beside it), readable by its owner only, and
    // passes PRAGMA integrity_check before it gets its name; a copy that fails is removed.
    // Fails when `target` exists.
    static Status backup(const QString& source, const QString& target);

    // Puts the content of the database file `source` into the database at `target`, in one write
    // transaction of SQLite's backup API, so connections that have `target` open see either the
    // old or the new content, never a mixture. `target` is created (owner-only) when absent and
    // left in WAL mode.
    static Status copyInto(const QString& source, const QString& target);

    // PRAGMA integrity_check (or quick_check), on a read-only connection: an empty list when
    // the file is sound, else its first problems.
    static Result<QStringList> check(const QString& path, bool quick);

    // Moves the database file and its -wal and -shm files to `aside` (and `aside`-wal, -shm),
    // so the kept file opens with every committed change it had.
    static Status moveAside(const QString& path, const QString& aside);
};

} // namespace cb::storage
