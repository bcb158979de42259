#include "services/AuthService.h"
#include "services/UserService.h"
#include "storage/UserRepository.h"
#include "support/TestDatabase.h"
#include "support/TestUsers.h"
#include "support/TestWorkspace.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using cb::ErrorCode;
using cb::core::Role;
using cb::services::AuthService;
using cb::test::auditActions;
using cb::test::auditEntries;
using cb::test::auditHead;
using cb::test::seededPassword;

namespace {

cb::core::UserAccount accountOf(cb::services::Workspace& ws, const QString& username)
{
    auto found = cb::storage::UserRepository(ws.database()).findByUsername(username);
    if (!found.ok() || !found->has_value())
        qFatal("no user %s", qPrintable(username));
    return (*found)->account;
}

QJsonObject json(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

const QString kWrong = QStringLiteral("not-the-password");

} // namespace

// Logging in: success, failure, unknown users, the lockout after ten wrong passwords (fifteen
// minutes, on a manual clock), unlocking, disabled accounts, password changes; every outcome
// audited. On SQLite and PostgreSQL.
class TestAuthService : public QObject
{
    Q_OBJECT

private slots:
    void shouldLogInWithTheRightPassword_data() { cb::test::addBackendRows(); }
    void shouldLogInWithTheRightPassword();
    void shouldRefuseAWrongPasswordAndCountIt_data() { cb::test::addBackendRows(); }
    void shouldRefuseAWrongPasswordAndCountIt();
    void shouldRefuseAnUnknownUserWithTheSameMessage_data() { cb::test::addBackendRows(); }
    void shouldRefuseAnUnknownUserWithTheSameMessage();
    void shouldLockAccountAfterTenWrongPasswords_data() { cb::test::addBackendRows(); }
    void shouldLockAccountAfterTenWrongPasswords();
    void shouldResetTheFailureCountAfterASuccessfulLogin_data() { cb::test::addBackendRows(); }
    void shouldResetTheFailureCountAfterASuccessfulLogin();
    void shouldLetAnAdministratorUnlockALockedAccount_data() { cb::test::addBackendRows(); }
    void shouldLetAnAdministratorUnlockALockedAccount();
    void shouldRefuseADisabledAccount_data() { cb::test::addBackendRows(); }
    void shouldRefuseADisabledAccount();
    void shouldApplyThePasswordRulesWhenChangingIt_data();
    void shouldApplyThePasswordRulesWhenChangingIt();
    void shouldChangeThePassword_data() { cb::test::addBackendRows(); }
    void shouldChangeThePassword();
    void shouldUnlockTheSessionOnlyWithThePassword_data() { cb::test::addBackendRows(); }
    void shouldUnlockTheSessionOnlyWithThePassword();
    void shouldAuditLogoutAndSessionLock_data() { cb::test::addBackendRows(); }
    void shouldAuditLogoutAndSessionLock();
    void shouldKnowWhenTheFirstAdministratorIsNeeded_data() { cb::test::addBackendRows(); }
    void shouldKnowWhenTheFirstAdministratorIsNeeded();
    void cleanupTestCase() { m_shared.clear(); }

private:
    cb::test::SharedWorkspaces m_shared;
};

void TestAuthService::shouldLogInWithTheRightPassword()
{
    QFETCH(QString, backend);
    CB_TEST_DATABASE(tdb, backend);
    auto t = cb::test::openTestWorkspace(tdb.url());
    QVERIFY(t);
    const auto nurse = cb::test::seedUser(t->database(), QStringLiteral("nurse.li"), {Role::Coordinator});
    // WHEN the user logs in with the right password (name typed with capitals and spaces)
    auto login = t->auth().login(QStringLiteral("  Nurse.Li "), seededPassword());
    // THEN the identity comes back, and the login is audited with the user's id
    QVERIFY2(login.ok(), qPrintable(login.error().message));
    QCOMPARE(login->user.id, nurse.id);
    QCOMPARE(login->user.username, QStringLiteral("nurse.li"));
    QCOMPARE(login->user.roles, QList<Role>{Role::Coordinator});
    QVERIFY(!login->mustChangePassword);
    const auto entries = auditEntries(*t.ws);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries[0].action, QStringLiteral("login.success"));
    QCOMPARE(entries[0].userId, nurse.id);
    QCOMPARE(entries[0].entity, QStringLiteral("app_user"));
    QCOMPARE(entries[0].entityId, QString::number(nurse.id));
    QCOMPARE(entries[0].at, cb::test::testNow());
    QCOMPARE(accountOf(*t.ws, QStringLiteral("nurse.li")).failedAttempts, 0);
}

void TestAuthService::shouldRefuseAWrongPasswordAndCountIt()
{
    QFETCH(QString, backend);
    CB_TEST_DATABASE(tdb, backend);
    auto t = cb::test::openTestWorkspace(tdb.url());
    QVERIFY(t);
    const auto nurse = cb::test::seedUser(t->database(), QStringLiteral("nurse.li"), {Role::Coordinator});
    // WHEN a wrong password is given
    auto login = t->auth().login(QStringLiteral("nurse.li"), kWrong);
    // THEN it is refused without saying which part was wrong, counted and audited
    QVERIFY(!login.ok());
    QCOMPARE(login.error().code, ErrorCode::NotAuthenticated);
    QCOMPARE(login.error().message, QStringLiteral("Wrong username or password."));
    QCOMPARE(accountOf(*t.ws, QStringLiteral("nurse.li")).failedAttempts, 1);
    const auto entries = auditEntries(*t.ws);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries[0].action, QStringLiteral("login.failure"));
    QCOMPARE(entries[0].userId, nurse.id);
    QCOMPARE(json(entries[0].after).value(QStringLiteral("failed_attempts")).toInt(), 1);
    // AND an empty password is just another wrong one
    QVERIFY(!t->auth().login(QStringLiteral("nurse.li"), QString()).ok());
    QCOMPARE(accountOf(*t.ws, QStringLiteral("nurse.li")).failedAttempts, 2);
}

void TestAuthService::shouldRefuseAnUnknownUserWithTheSameMessage()
{
    QFETCH(QString, backend);
    CB_TEST_DATABASE(tdb, backend);
    auto t = cb::test::openTestWorkspace(tdb.url());
    QVERIFY(t);
    cb::test::seedUser(t->database(), QStringLiteral("nurse.li"), {Role::Coordinator});
    // WHEN someone logs in as a user that does not exist
    auto login = t->auth().login(QStringLiteral("mallory"), seededPassword());
    // THEN the answer is the same as for a wrong password (no probing for names)
    QVERIFY(!login.ok());
    QCOMPARE(login.error().code, ErrorCode::NotAuthenticated);
    QCOMPARE(login.error().message, QStringLiteral("Wrong username or password."));
    // AND the attempt is audited under the name tried, with no user id
    const auto entries = auditEntries(*t.ws);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries[0].action, QStringLiteral("login.failure"));
    QCOMPARE(entries[0].userId, qint64(0));
    QCOMPARE(entries[0].username, QStringLiteral("mallory"));
    QCOMPARE(json(entries[0].after).value(QStringLiteral("why")).toString(), QStringLiteral("unknown_user"));
}

void TestAuthService::shouldLockAccountAfterTenWrongPasswords()
{
    QFETCH(QString, backend);
    CB_TEST_DATABASE(tdb, backend);
    auto t = cb::test::openTestWorkspace(tdb.url());
    QVERIFY(t);
    const auto nurse = cb::test::seedUser(t->database(), QStringLiteral("nurse.li"), {Role::Coordinator});
    QCOMPARE(AuthService::kMaxFailedAttempts, 10);
    // GIVEN nine wrong passwords, a minute apart
    for (int i = 1; i <= 9; ++i) {
        auto r = t->auth().login(QStringLiteral("nurse.li"), kWrong);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().message, QStringLiteral("Wrong username or password."));
        t.clock->advanceSeconds(60);
    }
    // THEN the account is not locked yet
    auto nine = accountOf(*t.ws, QStringLiteral("nurse.li"));
    QCOMPARE(nine.failedAttempts, 9);
    QVERIFY(!nine.lockedUntil.isValid());
    // WHEN the tenth wrong password comes
    const QDateTime tenthAt = t.clock->nowUtc();
    auto tenth = t->auth().login(QStringLiteral("nurse.li"), kWrong);
    // THEN the account is locked for fifteen minutes, and the user is told so
    QVERIFY(!tenth.ok());
    QCOMPARE(tenth.error().code, ErrorCode::NotAuthenticated);
    QVERIFY2(tenth.error().message.contains(QLatin1String("locked for 15 minutes")),
             qPrintable(tenth.error().message));
    const auto locked = accountOf(*t.ws, QStringLiteral("nurse.li"));
    QCOMPARE(locked.lockedUntil, tenthAt.addSecs(15 * 60));
    // AND ten failures and one lockout are audited
    QStringList expected;
    for (int i = 0; i < 10; ++i)
        expected << QStringLiteral("login.failure");
    expected << QStringLiteral("login.lockout");
    QCOMPARE(auditActions(*t.ws), expected);
    const auto lockout = auditEntries(*t.ws).last();
    QCOMPARE(lockout.userId, nurse.id);
    QCOMPARE(json(lockout.after).value(QStringLiteral("locked_until")).toString(),
             cb::core::toIsoUtc(tenthAt.addSecs(15 * 60)));

    // WHEN the right password is given while locked (a wrong one too)
    qint64 mark = auditHead(*t.ws);
    auto whileLocked = t->auth().login(QStringLiteral("nurse.li"), seededPassword());
    auto wrongWhileLocked = t->auth().login(QStringLiteral("nurse.li"), kWrong);
    // THEN both are refused as locked, audited, and do not count as new failures
    QVERIFY(!whileLocked.ok());
    QCOMPARE(whileLocked.error().code, ErrorCode::NotAuthenticated);
    QVERIFY2(whileLocked.error().message.contains(QLatin1String("locked")),
             qPrintable(whileLocked.error().message));
    QVERIFY(!wrongWhileLocked.ok());
    QCOMPARE(auditActions(*t.ws, mark), (QStringList{"login.refused_locked", "login.refused_locked"}));
    QCOMPARE(accountOf(*t.ws, QStringLiteral("nurse.li")).lockedUntil, tenthAt.addSecs(15 * 60));

    // WHEN one second is left of the fifteen minutes
    t.clock->set(tenthAt.addSecs(15 * 60 - 1));
    // THEN it is still refused
    QVERIFY(!t->auth().login(QStringLiteral("nurse.li"), seededPassword()).ok());
    // WHEN the fifteen minutes are over
    t.clock->set(tenthAt.addSecs(15 * 60));
    mark = auditHead(*t.ws);
    auto after = t->auth().login(QStringLiteral("nurse.li"), seededPassword());
    // THEN the right password works again, the lock and the count are cleared
    QVERIFY2(after.ok(), qPrintable(after.error().message));
    QCOMPARE(auditActions(*t.ws, mark), QStringList{QStringLiteral("login.success")});
    const auto cleared = accountOf(*t.ws, QStringLiteral("nurse.li"));
    QCOMPARE(cleared.failedAttempts, 0);
    QVERIFY(!cleared.lockedUntil.isValid());
}

void TestAuthService::shouldResetTheFailureCountAfterASuccessfulLogin()
{
    QFETCH(QString, backend);
    CB_TEST_DATABASE(tdb, backend);
    auto t = cb::test::openTestWorkspace(tdb.url());
    QVERIFY(t);
    cb::test::seedUser(t->database(), QStringLiteral("nurse.li"), {Role::Coordinator});
    // GIVEN nine wrong passwords
    for (int i = 0; i < 9; ++i)
        QVERIFY(!t->auth().login(QStringLiteral("nurse.li"), kWrong).ok());
    // WHEN the right one follows, then another wrong one
    QVERIFY(t->auth().login(QStringLiteral("nurse.li"), seededPassword()).ok());
    QCOMPARE(accountOf(*t.ws, QStringLiteral("nurse.li")).failedAttempts, 0);
    auto wrong = t->auth().login(QStringLiteral("nurse.li"), kWrong);
    // THEN the count started again: one failure, no lock ("ten in a row")
    QCOMPARE(wrong.error().message, QStringLiteral("Wrong username or password."));
    const auto account = accountOf(*t.ws, QStringLiteral("nurse.li"));
    QCOMPARE(account.failedAttempts, 1);
    QVERIFY(!account.lockedUntil.isValid());
}

void TestAuthService::shouldLetAnAdministratorUnlockALockedAccount()
{
    QFETCH(QString, backend);
    CB_TEST_DATABASE(tdb, backend);
    auto t = cb::test::openTestWorkspace(tdb.url());
    QVERIFY(t);
    const auto admin = cb::test::seedUser(t->database(), QStringLiteral("admin"), {Role::Administrator});
    const auto nurse = cb::test::seedUser(t->database(), QStringLiteral("nurse.li"), {Role::Coordinator});
    // GIVEN the nurse locked herself out
    for (int i = 0; i < AuthService::kMaxFailedAttempts; ++i)
        QVERIFY(!t->auth().login(QStringLiteral("nurse.li"), kWrong).ok());
    QVERIFY(accountOf(*t.ws, QStringLiteral("nurse.li")).isLockedAt(t.clock->nowUtc()));
    // WHEN the administrator unlocks the account five minutes later
    t.clock->advanceSeconds(5 * 60);
    const qint64 mark = auditHead(*t.ws);
    auto st = t->users().unlockUser(admin, QStringLiteral("nurse.li"));
    QVERIFY2(st.ok(), qPrintable(st.error().message));
    // THEN the unlock is audited as the administrator's act on the nurse's account
    const auto entries = auditEntries(*t.ws, mark);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries[0].action, QStringLiteral("user.unlock"));
    QCOMPARE(entries[0].userId, admin.id);
    QCOMPARE(entries[0].entityId, QString::number(nurse.id));
    QVERIFY(!json(entries[0].before).value(QStringLiteral("locked_until")).toString().isEmpty());
    // AND the nurse can log in at once
    auto login = t->auth().login(QStringLiteral("nurse.li"), seededPassword());
    QVERIFY2(login.ok(), qPrintable(login.error().message));
}

void TestAuthService::shouldRefuseADisabledAccount()
{
    QFETCH(QString, backend);
    CB_TEST_DATABASE(tdb, backend);
    auto t = cb::test::openTestWorkspace(tdb.url());
    QVERIFY(t);
    const auto admin = cb::test::seedUser(t->database(), QStringLiteral("admin"), {Role::Administrator});
    const auto nurse = cb::test::seedUser(t->database(), QStringLiteral("nurse.li"), {Role::Coordinator});
    QVERIFY(t->users().disableUser(admin, QStringLiteral("nurse.li")).ok());
    const qint64 mark = auditHead(*t.ws);
    // WHEN the disabled user logs in with the right password
    auto login = t->auth().login(QStringLiteral("nurse.li"), seededPassword());
    // THEN it is refused with a message saying why, and audited
    QVERIFY(!login.ok());
    QCOMPARE(login.error().code, ErrorCode::NotAuthenticated);
    QVERIFY2(login.error().message.contains(QLatin1String("disabled")), qPrintable(login.error().message));
    const auto entries = auditEntries(*t.ws, mark);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries[0].action, QStringLiteral("login.failure"));
    QCOMPARE(entries[0].userId, nurse.id);
    QCOMPARE(json(entries[0].after).value(QStringLiteral("why")).toString(), QStringLiteral("disabled"));
}

void TestAuthService::shouldApplyThePasswordRulesWhenChangingIt_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("oldPassword");
    QTest::addColumn<QString>("newPassword");
    QTest::addColumn<ErrorCode>("code");
    for (const QString& b : cb::test::backendNames()) {
        const QByteArray p = b.toLatin1();
        QTest::addRow("%s/too short", p.constData())
            << b << seededPassword() << QStringLiteral("short-pass") << ErrorCode::BadInput;
        QTest::addRow("%s/eleven characters", p.constData())
            << b << seededPassword() << QStringLiteral("elevenchars") << ErrorCode::BadInput;
        QTest::addRow("%s/leading space", p.constData())
            << b << seededPassword() << QStringLiteral(" long-enough-password") << ErrorCode::BadInput;
        QTest::addRow("%s/trailing space", p.constData())
            << b << seededPassword() << QStringLiteral("long-enough-password ") << ErrorCode::BadInput;
        QTest::addRow("%s/same as old", p.constData())
            << b << seededPassword() << seededPassword() << ErrorCode::BadInput;
        QTest::addRow("%s/wrong current password", p.constData())
            << b << kWrong << QStringLiteral("a-brand-new-password") << ErrorCode::NotAuthenticated;
    }
}

void TestAuthService::shouldApplyThePasswordRulesWhenChangingIt()
{
    QFETCH(QString, backend);
    QFETCH(QString, oldPassword);
    QFETCH(QString, newPassword);
    QFETCH(ErrorCode, code);
    auto* shared = m_shared.get(backend); // one database for all rows, a user per row
    if (!shared)
        QSKIP(qPrintable(cb::test::postgresSkipMessage()));
    auto& t = shared->t;
    const auto nurse =
        cb::test::seedUser(t->database(), cb::test::uniqueName(QStringLiteral("nurse")), {Role::Coordinator});
    const QString hashBefore = (**cb::storage::UserRepository(t->database()).findById(nurse.id)).passwordHash;
    const qint64 mark = auditHead(*t.ws);
    // WHEN the password change breaks a rule
    auto st = t->auth().changePassword(nurse, oldPassword, newPassword);
    // THEN it is refused with the matching error, and nothing changes
    QVERIFY(!st.ok());
    QCOMPARE(st.error().code, code);
    QVERIFY(!st.error().message.isEmpty());
    QCOMPARE((**cb::storage::UserRepository(t->database()).findById(nurse.id)).passwordHash, hashBefore);
    QVERIFY(!auditActions(*t.ws, mark).contains(QStringLiteral("user.change_password")));
}

void TestAuthService::shouldChangeThePassword()
{
    QFETCH(QString, backend);
    CB_TEST_DATABASE(tdb, backend);
    auto t = cb::test::openTestWorkspace(tdb.url());
    QVERIFY(t);
    const auto nurse =
        cb::test::seedUser(t->database(), QStringLiteral("nurse.li"), {Role::Coordinator}, {}, true);
    // GIVEN a user who must change her password
    auto first = t->auth().login(QStringLiteral("nurse.li"), seededPassword());
    QVERIFY(first.ok());
    QVERIFY(first->mustChangePassword);
    // WHEN she changes it (twelve characters is enough)
    const QString next = QStringLiteral("twelve-chars");
    auto st = t->auth().changePassword(nurse, seededPassword(), next);
    QVERIFY2(st.ok(), qPrintable(st.error().message));
    // THEN the change is audited, the old password stops working and the new one works
    QVERIFY(auditActions(*t.ws).contains(QStringLiteral("user.change_password")));
    QVERIFY(!t->auth().login(QStringLiteral("nurse.li"), seededPassword()).ok());
    auto login = t->auth().login(QStringLiteral("nurse.li"), next);
    QVERIFY2(login.ok(), qPrintable(login.error().message));
    QVERIFY(!login->mustChangePassword);
}

void TestAuthService::shouldUnlockTheSessionOnlyWithThePassword()
{
    QFETCH(QString, backend);
    CB_TEST_DATABASE(tdb, backend);
    auto t = cb::test::openTestWorkspace(tdb.url());
    QVERIFY(t);
    const auto nurse = cb::test::seedUser(t->database(), QStringLiteral("nurse.li"), {Role::Coordinator});
    // WHEN the lock screen is unlocked with a wrong, then the right password
    auto wrong = t->auth().unlockSession(nurse, kWrong);
    auto right = t->auth().unlockSession(nurse, seededPassword());
    // THEN the wrong one is refused and counted like a failed login, the right one works
    QVERIFY(!wrong.ok());
    QCOMPARE(wrong.error().code, ErrorCode::NotAuthenticated);
    QVERIFY2(right.ok(), qPrintable(right.error().message));
    QCOMPARE(auditActions(*t.ws), (QStringList{"login.failure", "session.unlock"}));
}

void TestAuthService::shouldAuditLogoutAndSessionLock()
{
    QFETCH(QString, backend);
    CB_TEST_DATABASE(tdb, backend);
    auto t = cb::test::openTestWorkspace(tdb.url());
    QVERIFY(t);
    const auto nurse = cb::test::seedUser(t->database(), QStringLiteral("nurse.li"), {Role::Coordinator});
    t->auth().recordSessionLocked(nurse);
    t->auth().recordLogout(nurse);
    const auto entries = auditEntries(*t.ws);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries[0].action, QStringLiteral("session.lock"));
    QCOMPARE(entries[1].action, QStringLiteral("logout"));
    QCOMPARE(entries[1].userId, nurse.id);
}

void TestAuthService::shouldKnowWhenTheFirstAdministratorIsNeeded()
{
    QFETCH(QString, backend);
    CB_TEST_DATABASE(tdb, backend);
    auto t = cb::test::openTestWorkspace(tdb.url());
    QVERIFY(t);
    QCOMPARE(*t->auth().needsFirstAdministrator(), true);
    cb::test::seedUser(t->database(), QStringLiteral("admin"), {Role::Administrator});
    QCOMPARE(*t->auth().needsFirstAdministrator(), false);
}

QTEST_GUILESS_MAIN(TestAuthService)
#include "TestAuthService.moc"
