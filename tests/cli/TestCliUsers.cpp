#include "cli/CliFixture.h"
#include "services/Workspace.h"
#include "storage/UserRepository.h"
#include "support/TestUsers.h"
#include "support/TestWorkspace.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using cb::core::Discipline;
using cb::core::Role;
using cb::test::CliRun;
using cb::test::CliRunner;
using cb::test::passwordLine;
using cb::test::seededPassword;

namespace {

const QString kAdminPassword = seededPassword();

// The shared database of a backend: created by `init`, with an administrator, a coordinator and
// a viewer seeded in-process at the cheap hash cost (the first-user path through the CLI has its
// own test).
QString prepareUsers(cb::test::TestDatabase& db)
{
    QString why;
    if (!cb::test::initEmpty(db, &why))
        return why;
    if (!cb::test::seedUserInDatabase(db.url(), QStringLiteral("admin"), {Role::Administrator}).isValid() ||
        !cb::test::seedUserInDatabase(db.url(), QStringLiteral("coord"), {Role::Coordinator}).isValid() ||
        !cb::test::seedUserInDatabase(db.url(), QStringLiteral("viewer"), {Role::Viewer}).isValid())
        return QStringLiteral("cannot seed users");
    return {};
}

cb::storage::StoredUser storedUser(const QString& url, const QString& username)
{
    auto ws = cb::services::Workspace::open(url, cb::services::Workspace::OpenMode::MustExist);
    if (!ws.ok())
        qFatal("%s", qPrintable(ws.error().message));
    auto u = cb::storage::UserRepository((*ws)->database()).findByUsername(username);
    if (!u.ok() || !u->has_value())
        qFatal("no user %s", qPrintable(username));
    return **u;
}

QByteArray adminThen(const QString& secondLine = {})
{
    return passwordLine(kAdminPassword) + (secondLine.isNull() ? QByteArray() : passwordLine(secondLine));
}

} // namespace

// `cellboard-cli user add|list|disable|unlock|reset-password`: the first user without a login,
// administrators only afterwards (authentication, then permission, then arguments), names
// never reused, JSON lists, and the account lifecycle. On SQLite and PostgreSQL.
class TestCliUsers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase() { m_dbs.clear(); }
    void shouldAddTheFirstUserWithoutLoggingIn_data() { cb::test::addBackendRows(); }
    void shouldAddTheFirstUserWithoutLoggingIn();
    void shouldApplyTheUserAddContract_data();
    void shouldApplyTheUserAddContract();
    void shouldListUsersAsJson_data() { cb::test::addBackendRows(); }
    void shouldListUsersAsJson();
    void shouldUnlockALockedAccount_data() { cb::test::addBackendRows(); }
    void shouldUnlockALockedAccount();
    void shouldCheckNoMorePasswordsThanTheLimitInParallel_data() { cb::test::addBackendRows(); }
    void shouldCheckNoMorePasswordsThanTheLimitInParallel();
    void shouldResetAPassword_data() { cb::test::addBackendRows(); }
    void shouldResetAPassword();
    void shouldDisableAnAccountForGood_data() { cb::test::addBackendRows(); }
    void shouldDisableAnAccountForGood();

private:
    cb::test::BackendDatabases m_dbs;
};

void TestCliUsers::initTestCase()
{
    QVERIFY2(CliRunner::binaryExists(),
             qPrintable(CliRunner::binary() + QStringLiteral(" has not been built")));
}

void TestCliUsers::shouldAddTheFirstUserWithoutLoggingIn()
{
    QFETCH(QString, backend);
    CB_TEST_DATABASE(tdb, backend);
    // WHEN the first user of a new database is not an administrator
    const CliRun coordinator =
        CliRunner::run(tdb.url(), {}, {"user", "add", "boss", "--name", "Bo Boss", "--role", "coordinator"},
                       passwordLine(QStringLiteral("boss-password-1")));
    // THEN it is refused as bad input, in one line naming the rule
    CB_EXPECT_EXIT(coordinator, 2);
    CB_EXPECT_ONE_ERROR_LINE(coordinator);
    QVERIFY2(coordinator.errText().contains(QLatin1String("administrator")),
             qPrintable(coordinator.describe()));
    // WHEN it is an administrator (no --user: nobody can log in yet)
    const CliRun admin =
        CliRunner::run(tdb.url(), {}, {"user", "add", "boss", "--name", "Bo Boss", "--role", "administrator"},
                       passwordLine(QStringLiteral("boss-password-1")));
    // THEN it is added with the given password and not forced to change it
    CB_EXPECT_EXIT(admin, 0);
    QVERIFY2(admin.outText().contains(QLatin1String("User boss added")), qPrintable(admin.describe()));
    QVERIFY(!admin.outText().contains(QLatin1String("Temporary password")));
    QVERIFY(!admin.outText().contains(QLatin1String("must choose")));
    QVERIFY2(admin.err.isEmpty(), qPrintable(admin.describe()));
    const CliRun list = CliRunner::run(tdb.url(), QStringLiteral("boss"), {"user", "list", "--json"},
                                       passwordLine(QStringLiteral("boss-password-1")));
    CB_EXPECT_EXIT(list, 0);
    // WHEN a second user is added without logging in
    const CliRun second =
        CliRunner::run(tdb.url(), {}, {"user", "add", "nurse", "--name", "N", "--role", "viewer"},
                       passwordLine(QStringLiteral("nurse-password-1")));
    // THEN it is refused as not authenticated
    CB_EXPECT_EXIT(second, 3);
    CB_EXPECT_ONE_ERROR_LINE(second);
    QCOMPARE(tdb.count(QStringLiteral("app_user")), qint64(1));
}

void TestCliUsers::shouldApplyTheUserAddContract_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("named"); // in the one stderr line, or on stdout for success
    const QByteArray admin = adminThen(QStringLiteral("new-user-password-1"));
    const QByteArray coord =
        passwordLine(seededPassword()) + passwordLine(QStringLiteral("new-user-password-1"));
    struct Row
    {
        const char* tag;
        QString user;
        QByteArray input;
        QStringList args;
        int exitCode;
        QString named;
    };
    const QList<Row> rows{
        {"administrator adds a coordinator",
         "admin",
         admin,
         {"nurse1", "--name", "Nurse One", "--role", "coordinator"},
         0,
         "must choose a new password"},
        {"ids are case-insensitive, hyphens accepted",
         "admin",
         admin,
         {"idspec", "--name", "Dr. Id", "--role", "Specialist", "--discipline", "Infectious-Disease"},
         0,
         "User idspec added"},
        {"no new password: one is generated",
         "admin",
         adminThen(),
         {"tempuser", "--name", "Temp User", "--role", "viewer"},
         0,
         "Temporary password: "},
        {"coordinator may not add users",
         "coord",
         coord,
         {"nurse2", "--name", "N", "--role", "coordinator"},
         3,
         "administrator"},
        {"permission before arguments",
         "coord",
         coord,
         {"nurse3", "--name", "N", "--role", "wizard"},
         3,
         "administrator"},
        {"viewer may not add users",
         "viewer",
         coord,
         {"nurse4", "--name", "N", "--role", "viewer"},
         3,
         "administrator"},
        {"no --user", "", admin, {"nurse5", "--name", "N", "--role", "viewer"}, 3, "--user"},
        {"wrong administrator password",
         "admin",
         passwordLine(QStringLiteral("wrong-password")),
         {"nurse6", "--name", "N", "--role", "viewer"},
         3,
         "Wrong username or password"},
        {"unknown role", "admin", admin, {"nurse7", "--name", "N", "--role", "wizard"}, 2, "wizard"},
        {"unknown discipline",
         "admin",
         admin,
         {"nurse8", "--name", "N", "--role", "specialist", "--discipline", "astrology"},
         2,
         "astrology"},
        {"specialist without discipline",
         "admin",
         admin,
         {"nurse9", "--name", "N", "--role", "specialist"},
         2,
         "discipline"},
        {"no printed name", "admin", admin, {"nurse10", "--role", "viewer"}, 2, "printed name"},
        {"bad username", "admin", admin, {"9lives", "--name", "N", "--role", "viewer"}, 2, "username"},
        {"weak password",
         "admin",
         adminThen(QStringLiteral("short")),
         {"nurse11", "--name", "N", "--role", "viewer"},
         2,
         "12"},
        {"duplicate username",
         "admin",
         admin,
         {"coord", "--name", "Another", "--role", "viewer"},
         4,
         "never reused"},
        {"duplicate in other case",
         "admin",
         admin,
         {"Coord", "--name", "Another", "--role", "viewer"},
         4,
         "never reused"},
    };
    for (const QString& b : cb::test::backendNames())
        for (const Row& r : rows)
            QTest::addRow("%s/%s", qPrintable(b), r.tag)
                << b << r.user << r.input << r.args << r.exitCode << r.named;
}

void TestCliUsers::shouldApplyTheUserAddContract()
{
    QFETCH(QString, backend);
    QFETCH(QString, user);
    QFETCH(QByteArray, input);
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, named);
    CB_BACKEND_DATABASE(db, m_dbs, backend, prepareUsers);
    const qint64 usersBefore = db->count(QStringLiteral("app_user"));
    // WHEN `user add` runs
    const CliRun r = CliRunner::run(db->url(), user, QStringList{"user", "add"} + args, input);
    // THEN the exit code follows the contract: authentication, permission, arguments, state
    CB_EXPECT_EXIT(r, exitCode);
    if (exitCode == 0) {
        QVERIFY2(r.outText().contains(named), qPrintable(r.describe()));
        QVERIFY2(r.err.isEmpty(), qPrintable(r.describe()));
        QCOMPARE(db->count(QStringLiteral("app_user")), usersBefore + 1);
        return;
    }
    // AND a refusal is one line on standard error naming the problem, and adds nobody
    CB_EXPECT_ONE_ERROR_LINE(r);
    QVERIFY2(r.errText().contains(named), qPrintable(r.describe()));
    QCOMPARE(db->count(QStringLiteral("app_user")), usersBefore);
}

void TestCliUsers::shouldListUsersAsJson()
{
    QFETCH(QString, backend);
    CB_BACKEND_DATABASE(db, m_dbs, backend, prepareUsers);
    // WHEN the administrator lists the users as JSON
    const CliRun r =
        CliRunner::run(db->url(), QStringLiteral("admin"), {"user", "list", "--json"}, adminThen());
    // THEN standard output is one JSON array of objects with id, username and roles, nothing else
    CB_EXPECT_EXIT(r, 0);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.describe()));
    bool ok = false;
    const QJsonDocument doc = r.json(&ok);
    QVERIFY2(ok && doc.isArray(), qPrintable(r.describe()));
    QStringList names;
    for (const QJsonValue& v : doc.array()) {
        QVERIFY(v.isObject());
        const QJsonObject o = v.toObject();
        QVERIFY2(o.value(QStringLiteral("id")).isDouble() && o.value(QStringLiteral("id")).toInteger() > 0,
                 qPrintable(r.describe()));
        QVERIFY(o.value(QStringLiteral("roles")).isArray());
        names << o.value(QStringLiteral("username")).toString();
    }
    QVERIFY2(names.contains(QLatin1String("admin")) && names.contains(QLatin1String("coord")) &&
                 names.contains(QLatin1String("viewer")),
             qPrintable(names.join(QLatin1Char(','))));
    QCOMPARE(qint64(names.size()), db->count(QStringLiteral("app_user")));
    // AND the text form has a line per user
    const CliRun text = CliRunner::run(db->url(), QStringLiteral("admin"), {"user", "list"}, adminThen());
    CB_EXPECT_EXIT(text, 0);
    QCOMPARE(qint64(text.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts).size()),
             db->count(QStringLiteral("app_user")));
    // AND a coordinator may not list users: 3, nothing on standard output
    const CliRun denied = CliRunner::run(db->url(), QStringLiteral("coord"), {"user", "list", "--json"},
                                         passwordLine(seededPassword()));
    CB_EXPECT_EXIT(denied, 3);
    CB_EXPECT_ONE_ERROR_LINE(denied);
}

void TestCliUsers::shouldUnlockALockedAccount()
{
    QFETCH(QString, backend);
    CB_BACKEND_DATABASE(db, m_dbs, backend, prepareUsers);
    // GIVEN a coordinator whose account is locked (the CLI runs on the real clock)
    const QString name = cb::test::uniqueName(QStringLiteral("locked"));
    const auto user = cb::test::seedUserInDatabase(db->url(), name, {Role::Coordinator});
    QVERIFY(user.isValid());
    {
        auto ws = cb::services::Workspace::open(db->url(), cb::services::Workspace::OpenMode::MustExist);
        QVERIFY(ws.ok());
        QVERIFY(cb::storage::UserRepository((*ws)->database())
                    .updateLoginState(user.id, 1, 0, QDateTime::currentDateTimeUtc().addSecs(3600))
                    .ok());
    }
    const QStringList list{"case", "list"};
    // THEN even the right password is refused, saying the account is locked
    const CliRun locked = CliRunner::run(db->url(), name, list, passwordLine(seededPassword()));
    CB_EXPECT_EXIT(locked, 3);
    CB_EXPECT_ONE_ERROR_LINE(locked);
    QVERIFY2(locked.errText().contains(QLatin1String("locked")), qPrintable(locked.describe()));
    // WHEN a coordinator tries to unlock it
    const CliRun byCoordinator = CliRunner::run(db->url(), QStringLiteral("coord"), {"user", "unlock", name},
                                                passwordLine(seededPassword()));
    CB_EXPECT_EXIT(byCoordinator, 3);
    // WHEN the administrator unlocks it
    const CliRun unlock =
        CliRunner::run(db->url(), QStringLiteral("admin"), {"user", "unlock", name}, adminThen());
    CB_EXPECT_EXIT(unlock, 0);
    QVERIFY2(unlock.err.isEmpty(), qPrintable(unlock.describe()));
    // THEN the user works again
    CB_EXPECT_EXIT(CliRunner::run(db->url(), name, list, passwordLine(seededPassword())), 0);
    // AND unlocking an unknown or no account is bad input
    const CliRun ghost =
        CliRunner::run(db->url(), QStringLiteral("admin"), {"user", "unlock", "ghost"}, adminThen());
    CB_EXPECT_EXIT(ghost, 2);
    CB_EXPECT_ONE_ERROR_LINE(ghost);
    CB_EXPECT_EXIT(CliRunner::run(db->url(), QStringLiteral("admin"), {"user", "unlock"}, adminThen()), 2);
}

void TestCliUsers::shouldCheckNoMorePasswordsThanTheLimitInParallel()
{
    QFETCH(QString, backend);
    CB_BACKEND_DATABASE(db, m_dbs, backend, prepareUsers);
    // GIVEN a coordinator's account and 24 clients with a wrong password, started at once
    const QString name = cb::test::uniqueName(QStringLiteral("racer"));
    const auto user = cb::test::seedUserInDatabase(db->url(), name, {Role::Coordinator});
    QVERIFY(user.isValid());
    const QList<CliRun> runs = CliRunner::runAtOnce(db->url(), name, {"case", "list"},
                                                    passwordLine(QStringLiteral("wrong password!")), 24);
    // THEN every client is refused as not authenticated
    int lockedReplies = 0;
    for (const CliRun& r : runs) {
        CB_EXPECT_EXIT(r, 3);
        if (r.errText().contains(QLatin1String("locked")))
            ++lockedReplies;
    }
    // AND exactly the limit of 10 passwords was checked (one failure row each), the tenth locked
    // the account, and every other client was refused without a check
    const QString who = QStringLiteral(" WHERE entity = 'app_user' AND entity_id = '%1' AND action = '%2'");
    const QString id = QString::number(user.id);
    QCOMPARE(db->count(QStringLiteral("audit_event") + who.arg(id, QStringLiteral("login.failure"))), 10);
    QCOMPARE(db->count(QStringLiteral("audit_event") + who.arg(id, QStringLiteral("login.lockout"))), 1);
    QCOMPARE(db->count(QStringLiteral("audit_event") + who.arg(id, QStringLiteral("login.refused_locked"))),
             14);
    QCOMPARE(lockedReplies, 15);
    // AND the right password is refused too while the lock lasts
    const CliRun right = CliRunner::run(db->url(), name, {"case", "list"}, passwordLine(seededPassword()));
    CB_EXPECT_EXIT(right, 3);
    QVERIFY2(right.errText().contains(QLatin1String("locked")), qPrintable(right.describe()));
}

void TestCliUsers::shouldResetAPassword()
{
    QFETCH(QString, backend);
    CB_BACKEND_DATABASE(db, m_dbs, backend, prepareUsers);
    const QString name = cb::test::uniqueName(QStringLiteral("forgetful"));
    QVERIFY(cb::test::seedUserInDatabase(db->url(), name, {Role::Coordinator}).isValid());
    // WHEN the administrator resets the password without giving one
    const CliRun reset =
        CliRunner::run(db->url(), QStringLiteral("admin"), {"user", "reset-password", name}, adminThen());
    // THEN a temporary password is generated and printed once
    CB_EXPECT_EXIT(reset, 0);
    const auto m = QRegularExpression(QStringLiteral("Temporary password: (\\S+)")).match(reset.outText());
    QVERIFY2(m.hasMatch(), qPrintable(reset.describe()));
    const QString temporary = m.captured(1);
    QVERIFY(temporary.size() >= 12);
    // AND the old password stops working, and the temporary one only says a new one is needed
    const QStringList list{"case", "list"};
    CB_EXPECT_EXIT(CliRunner::run(db->url(), name, list, passwordLine(seededPassword())), 3);
    const CliRun withTemporary = CliRunner::run(db->url(), name, list, passwordLine(temporary));
    CB_EXPECT_EXIT(withTemporary, 3);
    CB_EXPECT_ONE_ERROR_LINE(withTemporary);
    QVERIFY2(withTemporary.errText().contains(QLatin1String("new password")),
             qPrintable(withTemporary.describe()));
    QVERIFY(storedUser(db->url(), name).account.mustChangePassword);
    // WHEN a temporary password is given on the next line instead
    const CliRun given = CliRunner::run(db->url(), QStringLiteral("admin"), {"user", "reset-password", name},
                                        adminThen(QStringLiteral("given-temporary-1")));
    CB_EXPECT_EXIT(given, 0);
    QVERIFY(!given.outText().contains(QLatin1String("given-temporary-1")));
    // AND a coordinator may not reset passwords
    CB_EXPECT_EXIT(CliRunner::run(db->url(), QStringLiteral("coord"), {"user", "reset-password", name},
                                  passwordLine(seededPassword())),
                   3);
}

void TestCliUsers::shouldDisableAnAccountForGood()
{
    QFETCH(QString, backend);
    CB_BACKEND_DATABASE(db, m_dbs, backend, prepareUsers);
    const QString name = cb::test::uniqueName(QStringLiteral("leaver"));
    QVERIFY(cb::test::seedUserInDatabase(db->url(), name, {Role::Coordinator}).isValid());
    const QStringList list{"case", "list"};
    CB_EXPECT_EXIT(CliRunner::run(db->url(), name, list, passwordLine(seededPassword())), 0);
    // WHEN the administrator disables the account
    const CliRun disable =
        CliRunner::run(db->url(), QStringLiteral("admin"), {"user", "disable", name}, adminThen());
    CB_EXPECT_EXIT(disable, 0);
    // THEN the user can no longer log in, and is told why
    const CliRun login = CliRunner::run(db->url(), name, list, passwordLine(seededPassword()));
    CB_EXPECT_EXIT(login, 3);
    CB_EXPECT_ONE_ERROR_LINE(login);
    QVERIFY2(login.errText().contains(QLatin1String("disabled")), qPrintable(login.describe()));
    // AND disabling again is not allowed in that state; an unknown user is bad input
    const CliRun again =
        CliRunner::run(db->url(), QStringLiteral("admin"), {"user", "disable", name}, adminThen());
    CB_EXPECT_EXIT(again, 4);
    CB_EXPECT_ONE_ERROR_LINE(again);
    const CliRun ghost =
        CliRunner::run(db->url(), QStringLiteral("admin"), {"user", "disable", "ghost"}, adminThen());
    CB_EXPECT_EXIT(ghost, 2);
    CB_EXPECT_ONE_ERROR_LINE(ghost);
    QVERIFY2(ghost.errText().contains(QLatin1String("ghost")), qPrintable(ghost.describe()));
    // AND the administrator cannot disable their own account
    const CliRun self =
        CliRunner::run(db->url(), QStringLiteral("admin"), {"user", "disable", "admin"}, adminThen());
    CB_EXPECT_EXIT(self, 4);
    // AND the name is never given out again
    const CliRun reuse = CliRunner::run(db->url(), QStringLiteral("admin"),
                                        {"user", "add", name, "--name", "Someone New", "--role", "viewer"},
                                        adminThen(QStringLiteral("new-user-password-1")));
    CB_EXPECT_EXIT(reuse, 4);
    CB_EXPECT_ONE_ERROR_LINE(reuse);
    // AND a viewer may not disable anyone
    CB_EXPECT_EXIT(CliRunner::run(db->url(), QStringLiteral("viewer"), {"user", "disable", "coord"},
                                  passwordLine(seededPassword())),
                   3);
}

QTEST_GUILESS_MAIN(TestCliUsers)
#include "TestCliUsers.moc"
