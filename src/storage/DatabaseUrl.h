#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

namespace cb::storage {

// Where the data lives: a SQLite file path (default) or
// postgresql://user@host:port/dbname?sslmode=…&schema=…
// The PostgreSQL password never appears here: libpq reads PGPASSWORD or ~/.pgpass.
struct DatabaseUrl
{
    Q_DECLARE_TR_FUNCTIONS(cb::storage::DatabaseUrl)
public:
    enum class Backend { Sqlite, Postgresql };

    Backend backend = Backend::Sqlite;
    QString path; // SQLite file
    QString host;
    int port = 5432;
    QString user;
    QString database;
    QString sslmode;
    QString schema; // optional PostgreSQL schema (search_path); created on first migration

    static Result<DatabaseUrl> parse(const QString& text);
    QString display() const; // for status bars and logs: never a password
    bool isPostgres() const { return backend == Backend::Postgresql; }
};

} // namespace cb::storage
