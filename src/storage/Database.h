#pragma once

#include "core/Result.h"
#include "storage/DatabaseUrl.h"

#include <QCoreApplication>
#include <QString>
#include <limits>
#include <memory>

namespace cb::storage {

class DatabasePrivate;

// One connection to the CellBoard database (SQLite or PostgreSQL), used from one thread.
// SQLite runs with WAL, foreign keys, synchronous=FULL and a busy timeout.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(cb::storage::Database)
public:
    enum class OpenMode { MustExist, CreateIfMissing };

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    static Result<std::unique_ptr<Database>> open(const DatabaseUrl& url, OpenMode mode);

    const DatabaseUrl& url() const;
    bool isPostgres() const { return url().isPostgres(); }

    // Applies every embedded migration not yet recorded, each in its own transaction; `upTo`
    // stops after that schema (tests of a migration on older data).
    Status migrate(int upTo = std::numeric_limits<int>::max());
    // The highest migration applied (0 for an empty database) and the highest this build knows.
    int schemaVersion() const;
    static int latestSchemaVersion();

    DatabasePrivate* d() const { return m_d.get(); }

private:
    explicit Database(std::unique_ptr<DatabasePrivate> d);
    // PostgreSQL without pg_trgm: the search works, slowly; the log says how to add the index.
    void warnWithoutTrigramIndex() const;
    std::unique_ptr<DatabasePrivate> m_d;
};

} // namespace cb::storage
