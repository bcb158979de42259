#pragma once

// Test helpers for the backup, restore and recovery tests: a demo database file made once and
// copied per test, and the ways a file gets damaged (cut short, pages overwritten with zeros,
// overwritten with text), each done with plain file writes while no connection is open.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace cb::test {

// A SQLite demo program (DemoProgram, one password) written to `path` and closed (its WAL
// folded into the file). Returns an empty string or why it failed.
QString writeDemoDatabase(const QString& path, const QString& password);
// The pages (1-based) holding rows of these tables (SQLite's dbstat), leaf pages first.
QList<int> pagesOf(const QString& path, const QStringList& tables);
// Overwrites those pages with zeros.
bool zeroPages(const QString& path, const QList<int>& pages, int pageSize = 4096);
bool truncateTo(const QString& path, qint64 bytes);
bool writeFile(const QString& path, const QByteArray& bytes);
// SHA-256 of the file's bytes (hex), or an empty string when unreadable.
QString fileHash(const QString& path);
// Runs SQL on a fresh raw connection to a SQLite file and closes it; false with *error.
bool execSqlite(const QString& path, const QStringList& statements, QString* error = nullptr);
// The first column of the first row of a query on a raw connection (invalid on failure).
QVariant scalarSqlite(const QString& path, const QString& sql);

} // namespace cb::test
