#pragma once

// What the fault-injection suite asks of a database after every fault (issue 18 item 4): the file
// is not damaged, no act is half done, the audit chain verifies. Queries run on a connection the
// caller owns (one per thread), so parallel lanes of a test each check their own database.

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <functional>

namespace cb::test {

// A SQLite file opened the way a fresh process opens it (busy timeout, nothing cached); close it
// with closeConnection() before the file is used elsewhere.
QSqlDatabase openSqliteConnection(const QString& connectionName, const QString& path);
void closeConnection(const QString& connectionName);

// The first column of the first row, as a number; *ok false (and *error filled) on failure.
qint64 scalarNumber(QSqlDatabase& db, const QString& sql, bool* ok, QString* error = nullptr);

// `PRAGMA integrity_check` on SQLite: empty when "ok", else the problems (or the error).
QStringList integrityProblems(QSqlDatabase& db);

// Acts done by half, on either backend: a signature without its audit row or its signed record,
// a record marked signed without its signature, a signing audit row without its signature, two
// signatures for one record, two versions amending the same one. Empty when there are none.
QStringList halfActs(QSqlDatabase& db);
// The same through any way of asking one number (e.g. TestDatabase::scalar on PostgreSQL).
using NumberQuery = std::function<qint64(const QString& sql, bool* ok, QString* error)>;
QStringList halfActs(const NumberQuery& number);

// `cellboard-cli --db url audit verify`: empty when it exits 0, else what it said.
QString auditVerifyProblem(const QString& url);

} // namespace cb::test
