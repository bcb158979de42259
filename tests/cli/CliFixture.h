#pragma once

// What the CLI tests share: databases per backend made through the real binary (`init`,
// `init --demo`), users seeded in-process where a test needs a role the demo lacks, the demo
// program's own data for expectations, and checks of the CLI contract (DESIGN.md §5).

#include "core/UserIdentity.h"
#include "support/CliRunner.h"
#include "support/TestDatabase.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <functional>
#include <map>
#include <memory>

namespace cb::test {

// The demo users' password in these tests (passed with --demo-password).
QString demoPassword();
// The stdin line for a password.
QByteArray passwordLine(const QString& password);

// resources/demo/demo_program.json: its "cases" array.
QJsonArray demoCases();
// How many demo cases are in a state.
int demoCaseCount(const QString& state);

// Runs `init --demo --demo-password <demoPassword()>` on the database; false with *why.
bool initDemo(const TestDatabase& db, QString* why);
// Runs plain `init`; false with *why.
bool initEmpty(const TestDatabase& db, QString* why);

// Adds an active user (cheap hash, no forced change) through an in-process workspace, so a
// test can log in as a role the demo program does not have. Password: seededPassword().
core::UserIdentity seedUserInDatabase(const QString& url, const QString& username,
                                      const QList<core::Role>& roles,
                                      const QList<core::Discipline>& disciplines = {});

// Databases per backend for one test class, created on first use and dropped at the end.
class BackendDatabases
{
public:
    // The database for a backend (nullptr when the backend is not configured); `prepare` runs
    // once, on creation, and must return an empty string on success.
    TestDatabase* get(const QString& backend, const std::function<QString(TestDatabase&)>& prepare);
    // Why preparing failed (empty when it did not).
    QString failure(const QString& backend) const
    {
        auto it = m_failures.find(backend);
        return it == m_failures.end() ? QString() : it->second;
    }
    void clear() { m_dbs.clear(); }

private:
    std::map<QString, std::unique_ptr<TestDatabase>> m_dbs;
    std::map<QString, QString> m_failures;
};

} // namespace cb::test

// Declares `var`, the database of `dbs` for `backend` (prepared once); skips the row when the
// backend is not configured, fails it when preparing failed.
#define CB_BACKEND_DATABASE(var, dbs, backend, prepare)                                                      \
    cb::test::TestDatabase* var = (dbs).get((backend), (prepare));                                           \
    if (!var && (dbs).failure(backend).isEmpty())                                                            \
        QSKIP(qPrintable(cb::test::postgresSkipMessage()));                                                  \
    if (!var)                                                                                                \
        QFAIL(qPrintable((dbs).failure(backend)));                                                           \
    do {                                                                                                     \
    } while (false)

// Fails the test unless the run finished with the exit code; prints both streams if not.
#define CB_EXPECT_EXIT(run, code)                                                                            \
    do {                                                                                                     \
        const auto& r_ = (run);                                                                              \
        QVERIFY2(r_.finished, qPrintable(r_.describe()));                                                    \
        QVERIFY2(r_.exitCode == (code), qPrintable(r_.describe()));                                          \
    } while (false)

// A failed command prints nothing on stdout and exactly one line on stderr.
#define CB_EXPECT_ONE_ERROR_LINE(run)                                                                        \
    do {                                                                                                     \
        const auto& r_ = (run);                                                                              \
        QVERIFY2(r_.out.isEmpty(), qPrintable(QStringLiteral("stdout not empty: ") + r_.describe()));        \
        QVERIFY2(r_.errLines().size() == 1,                                                                  \
                 qPrintable(QStringLiteral("not one stderr line: ") + r_.describe()));                       \
    } while (false)
