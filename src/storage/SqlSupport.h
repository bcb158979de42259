#pragma once

// Internal to the storage layer: Qt Sql types. Layers above cannot include this (they do not
// link Qt Sql), which keeps every SQL statement inside src/storage.

#include "core/Result.h"
#include "storage/Database.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <QVariantMap>
#include <map>
#include <memory>

namespace cb::storage {

class DatabasePrivate
{
public:
    DatabaseUrl url;
    QString connectionName;
    int transactionDepth = 0;
    bool rollbackOnly = false;
    bool readOnly = false;        // opened with Database::OpenMode::ReadOnly
    bool mayCreateSchema = false; // an absent or empty SQLite file opened to be created (init)
    QString preMigrationBackup;   // the backup the last migrate() took first, if any
    std::map<QString, std::unique_ptr<QSqlQuery>> prepared;
    QSqlDatabase db() const { return QSqlDatabase::database(connectionName, false); }
};

// Maps a driver error to a message a user can act on (locked, gone, read-only, damaged, disk full,
// trigger refusal …). With the database, SQLite's codes are read as SQLite's and the file is named.
Error errorFromSql(const QSqlError& error, const QString& context, const Database* db = nullptr);
// The error of a connection the database server dropped (stopped, restarted, network cut).
Error connectionLost(const QString& detail);
// PostgreSQL: opens a connection the server dropped again, with the session's settings, when no
// transaction is open (a no-op otherwise, and on SQLite).
Status reconnectIfLost(const Database& db);

// Prepares and runs one statement with named binds (":name"); returns the live query.
Result<QSqlQuery> runQuery(const Database& db, const QString& sql, const QVariantMap& binds = {});

// A NULL-aware conversion for optional text columns.
inline QVariant nullableText(const QString& s)
{
    return s.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

} // namespace cb::storage

namespace cb::storage {

// A prepared statement kept for reuse on this connection (bulk inserts). The returned query
// must be fully used before the same SQL is asked for again.
Result<QSqlQuery*> cachedQuery(const Database& db, const QString& sql);
Status execCached(QSqlQuery* q, const QVariantMap& binds);

} // namespace cb::storage
