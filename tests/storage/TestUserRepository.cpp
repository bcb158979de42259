#include "core/Clock.h"
#include "storage/Database.h"
#include "storage/UserRepository.h"
#include "support/TestDatabase.h"

#include <QTest>

using cb::ErrorCode;
using cb::core::Discipline;
using cb::core::Role;
using cb::storage::Database;
using cb::storage::UserRepository;

namespace {

std::unique_ptr<Database> openDb(const QString& urlText)
{
    auto url = cb::storage::DatabaseUrl::parse(urlText);
    auto db = Database::open(*url, Database::OpenMode::CreateIfMissing);
    if (!db.ok() || !(*db)->migrate().ok())
        return {};
    return std::move(db).value();
}

cb::core::UserAccount account(const QString& username, QList<Role> roles, QList<Discipline> disciplines = {})
{
    cb::core::UserAccount a;
    a.identity.username = username;
    a.identity.printedName = QStringLiteral("Dr. ") + username;
    a.identity.roles = roles;
    a.identity.disciplines = disciplines;
    a.createdAt = QDateTime(QDate(2026, 2, 3), QTime(4, 5, 6, 789), Qt::UTC);
    return a;
}

} // namespace

// Users in storage: what is stored is read back, usernames are unique, updates bump the version.
class TestUserRepository : public QObject
{
    Q_OBJECT

private slots:
    void shouldStoreAndReadBackAUser_data() { cb::test::addBackendRows(); }
    void shouldStoreAndReadBackAUser();
    void shouldRefuseADuplicateUsername_data() { cb::test::addBackendRows(); }
    void shouldRefuseADuplicateUsername();
    void shouldListUsersByUsername_data() { cb::test::addBackendRows(); }
    void shouldListUsersByUsername();
    void shouldStoreLockoutAndClearItWithANewPassword_data() { cb::test::addBackendRows(); }
    void shouldStoreLockoutAndClearItWithANewPassword();
};

void TestUserRepository::shouldStoreAndReadBackAUser()
{
    QFETCH(QString, backend);
    CB_TEST_DATABASE(tdb, backend);
    auto db = openDb(tdb.url());
    QVERIFY(db);
    UserRepository repo(*db);
    // GIVEN a specialist who is also board chair, with two disciplines
    auto a = account(QStringLiteral("chair.wang"), {Role::Specialist, Role::BoardChair},
                     {Discipline::Hematology, Discipline::InfectiousDisease});
    a.mustChangePassword = true;
    // WHEN it is stored and read back by name and by id
    auto id = repo.insert(a, QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$abc$def"));
    QVERIFY2(id.ok(), qPrintable(id.error().message));
    auto byName = repo.findByUsername(QStringLiteral("chair.wang"));
    auto byId = repo.findById(*id);
    QVERIFY(byName.ok() && byName->has_value());
    QVERIFY(byId.ok() && byId->has_value());
    // THEN every field survives, with a fresh row version
    const auto& u = (*byName)->account;
    QCOMPARE(u.identity.id, *id);
    QCOMPARE(u.identity.username, QStringLiteral("chair.wang"));
    QCOMPARE(u.identity.printedName, QStringLiteral("Dr. chair.wang"));
    QCOMPARE(u.identity.roles, (QList<Role>{Role::Specialist, Role::BoardChair}));
    QCOMPARE(u.identity.disciplines,
             (QList<Discipline>{Discipline::Hematology, Discipline::InfectiousDisease}));
    QVERIFY(u.mustChangePassword);
    QVERIFY(!u.disabled);
    QCOMPARE(u.failedAttempts, 0);
    QVERIFY(!u.lockedUntil.isValid());
    QCOMPARE(u.createdAt, a.createdAt);
    QCOMPARE(u.rowVersion, qint64(1));
    QCOMPARE((*byName)->passwordHash, QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$abc$def"));
    QCOMPARE((*byId)->account.identity.username, u.identity.username);
    // AND an unknown name or id is simply absent
    QVERIFY(!repo.findByUsername(QStringLiteral("nobody"))->has_value());
    QVERIFY(!repo.findById(*id + 100)->has_value());
    QCOMPARE(*repo.count(), qint64(1));
}

void TestUserRepository::shouldRefuseADuplicateUsername()
{
    QFETCH(QString, backend);
    CB_TEST_DATABASE(tdb, backend);
    auto db = openDb(tdb.url());
    QVERIFY(db);
    UserRepository repo(*db);
    QVERIFY(repo.insert(account(QStringLiteral("admin"), {Role::Administrator}), QStringLiteral("h")).ok());
    // WHEN the same username is inserted again
    auto again = repo.insert(account(QStringLiteral("admin"), {Role::Viewer}), QStringLiteral("h"));
    // THEN the database's unique constraint makes it a conflict
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, ErrorCode::Conflict);
    QCOMPARE(*repo.count(), qint64(1));
}

void TestUserRepository::shouldListUsersByUsername()
{
    QFETCH(QString, backend);
    CB_TEST_DATABASE(tdb, backend);
    auto db = openDb(tdb.url());
    QVERIFY(db);
    UserRepository repo(*db);
    for (const char* name : {"nursing", "admin", "cardiology", "zhang.wei"})
        QVERIFY(
            repo.insert(account(QString::fromLatin1(name), {Role::Coordinator}), QStringLiteral("h")).ok());
    auto list = repo.list();
    QVERIFY(list.ok());
    QStringList names;
    for (const auto& u : *list)
        names << u.identity.username;
    QCOMPARE(names, (QStringList{"admin", "cardiology", "nursing", "zhang.wei"}));
}

void TestUserRepository::shouldStoreLockoutAndClearItWithANewPassword()
{
    QFETCH(QString, backend);
    CB_TEST_DATABASE(tdb, backend);
    auto db = openDb(tdb.url());
    QVERIFY(db);
    UserRepository repo(*db);
    auto id = repo.insert(account(QStringLiteral("icu"), {Role::Specialist}, {Discipline::Icu}),
                          QStringLiteral("h1"));
    QVERIFY(id.ok());
    // WHEN the account is locked until a given time
    const QDateTime until(QDate(2026, 11, 25), QTime(10, 15, 0, 250), Qt::UTC);
    QVERIFY(repo.updateLoginState(*id, 1, 0, until).ok());
    auto locked = **repo.findById(*id);
    // THEN the lock time round-trips to the millisecond
    QCOMPARE(locked.account.lockedUntil, until);
    QVERIFY(locked.account.isLockedAt(until.addSecs(-1)));
    QVERIFY(!locked.account.isLockedAt(until));
    QCOMPARE(locked.account.rowVersion, qint64(2));
    // WHEN a new password is set
    QVERIFY(repo.updatePassword(*id, 2, QStringLiteral("h2"), true).ok());
    auto reset = **repo.findById(*id);
    // THEN the lock and the failure count are cleared and a change is required
    QVERIFY(!reset.account.lockedUntil.isValid());
    QCOMPARE(reset.account.failedAttempts, 0);
    QVERIFY(reset.account.mustChangePassword);
    QCOMPARE(reset.passwordHash, QStringLiteral("h2"));
    QCOMPARE(reset.account.rowVersion, qint64(3));
    // AND disabling and profile edits bump the version too
    QVERIFY(repo.updateDisabled(*id, 3, true).ok());
    auto profile = reset.account;
    profile.identity.printedName = QStringLiteral("Dr. ICU");
    profile.identity.disciplines = {Discipline::Icu, Discipline::Pulmonology};
    QVERIFY(repo.updateProfile(*id, 4, profile).ok());
    auto last = **repo.findById(*id);
    QVERIFY(last.account.disabled);
    QCOMPARE(last.account.identity.printedName, QStringLiteral("Dr. ICU"));
    QCOMPARE(last.account.identity.disciplines,
             (QList<Discipline>{Discipline::Icu, Discipline::Pulmonology}));
    QCOMPARE(last.account.rowVersion, qint64(5));
}

QTEST_GUILESS_MAIN(TestUserRepository)
#include "TestUserRepository.moc"
