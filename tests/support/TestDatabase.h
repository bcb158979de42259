#pragma once

// A fresh, private database for one test function (or one data row), on either backend:
//  - "sqlite": a file in a temporary directory, removed afterwards;
//  - "postgresql": a schema t_<pid>_<counter> in the database named by CELLBOARD_TEST_PG_URL,
//    dropped (CASCADE) afterwards, so parallel test processes never collide.
// It also offers a raw Qt Sql connection to the same data for what the application must never
// do itself: tampering with the audit trail, dropping triggers, reading pragmas.

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>
#include <QVariant>
#include <memory>

namespace cb::test {

inline constexpr const char* kPgUrlVariable = "CELLBOARD_TEST_PG_URL";

// The backends every storage and services test runs on, as data-row names.
QStringList backendNames();
// Adds the column "backend" and one row per backend (for tests varying only by backend).
void addBackendRows();
// The PostgreSQL base URL from the environment, or empty.
QString postgresBaseUrl();
// The message a PostgreSQL row skips with when no server is configured.
QString postgresSkipMessage();

class TestDatabase
{
public:
    explicit TestDatabase(const QString& backend);
    ~TestDatabase();
    TestDatabase(const TestDatabase&) = delete;
    TestDatabase& operator=(const TestDatabase&) = delete;

    // False for a PostgreSQL row without CELLBOARD_TEST_PG_URL (the row must QSKIP).
    bool available() const { return m_available; }
    bool isPostgres() const { return m_postgres; }
    QString backend() const { return m_postgres ? QStringLiteral("postgresql") : QStringLiteral("sqlite"); }
    // What Workspace::open and `cellboard-cli --db` take.
    QString url() const { return m_url; }
    QString schema() const { return m_schema; }
    QString sqlitePath() const { return m_sqlitePath; }

    // Raw SQL on a separate connection (opened on first use). Returns false and fills error.
    bool exec(const QString& sql, QString* error = nullptr);
    // The first column of the first row, or an invalid QVariant (error filled) on failure.
    QVariant scalar(const QString& sql, QString* error = nullptr);
    qint64 count(const QString& tableAndWhere);
    // Drops the audit trail's protection so a test can tamper with past rows.
    bool dropAuditTriggers(QString* error = nullptr);
    // Closes the raw connection (e.g. before another process opens the SQLite file).
    void closeRaw();

private:
    QSqlDatabase raw(QString* error);

    bool m_available = true;
    bool m_postgres = false;
    QString m_url;
    QString m_schema;
    QString m_sqlitePath;
    QString m_connection;
    std::unique_ptr<QTemporaryDir> m_dir;
};

} // namespace cb::test

// Declares `var`, a fresh database for `backend`; skips the row when the backend is not set up.
#define CB_TEST_DATABASE(var, backend)                                                                       \
    cb::test::TestDatabase var(backend);                                                                     \
    if (!var.available())                                                                                    \
        QSKIP(qPrintable(cb::test::postgresSkipMessage()));                                                  \
    do {                                                                                                     \
    } while (false)
