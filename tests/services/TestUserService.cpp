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
using cb::core::Discipline;
using cb::core::Role;
using cb::services::NewUser;
using cb::test::auditEntries;
using cb::test::auditHead;

namespace {

NewUser newUser(const QString& username, QList<Role> roles, QList<Discipline> disciplines = {})
{
    NewUser u;
    u.username = username;
    u.printedName = QStringLiteral("Dr. ") + username;
    u.roles = roles;
    u.disciplines = disciplines;
    u.password = QStringLiteral("a-long-enough-password");
    return u;
}

std::optional<cb::storage::StoredUser> stored(cb::services::Workspace& ws, const QString& username)
{
    auto found = cb::storage::UserRepository(ws.database()).findByUsername(username);
    return found.ok() ? *found : std::nullopt;
}

} // namespace

// User administration: the first-user rule, administrators only afterwards (a permission
// matrix over every role and act, denials audited), usernames never reused, resets that force
// a password change, and the validation of new accounts. On SQLite and PostgreSQL.
class TestUserService : public QObject
{
    Q_OBJECT

private slots:
    void shouldRequireTheFirstUserToBeAnAdministrator_data() { cb::test::addBackendRows(); }
    void shouldRequireTheFirstUserToBeAnAdministrator();
    void shouldRequireAnAdministratorForLaterUsers_data() { cb::test::addBackendRows(); }
    void shouldRequireAnAdministratorForLaterUsers();
    void shouldNeverReuseAUsername_data() { cb::test::addBackendRows(); }
    void shouldNeverReuseAUsername();
    void shouldAllowUserAdministrationToAdministratorsOnly_data();
    void shouldAllowUserAdministrationToAdministratorsOnly();
    void shouldForceAPasswordChangeAfterAReset_data() { cb::test::addBackendRows(); }
    void shouldForceAPasswordChangeAfterAReset();
    void shouldValidateNewUsers_data();
    void shouldValidateNewUsers();
    void shouldRefuseImpossibleAccountChanges_data() { cb::test::addBackendRows(); }
    void shouldRefuseImpossibleAccountChanges();
    void cleanupTestCase() { m_shared.clear(); }

private:
    // The shared database of this backend with its administrator "root" (for the many rows).
    cb::test::SharedWorkspaces::Entry* shared(const QString& backend);
    cb::test::SharedWorkspaces m_shared;
};

cb::test::SharedWorkspaces::Entry* TestUserService::shared(const QString& backend)
{
    auto* s = m_shared.get(backend);
    if (s && !stored(*s->t.ws, QStringLiteral("root")))
        cb::test::seedUser(s->t->database(), QStringLiteral("root"), {Role::Administrator});
    return s;
}

void TestUserService::shouldRequireTheFirstUserToBeAnAdministrator()
{
    QFETCH(QString, backend);
    CB_TEST_DATABASE(tdb, backend);
    auto t = cb::test::openTestWorkspace(tdb.url());
    QVERIFY(t);
    // WHEN the first user of an empty database is a coordinator
    auto coordinator = t->users().addUser({}, newUser(QStringLiteral("coord"), {Role::Coordinator}));
    // THEN it is refused, saying the first user must be an administrator
    QVERIFY(!coordinator.ok());
    QCOMPARE(coordinator.error().code, ErrorCode::BadInput);
    QVERIFY2(coordinator.error().message.contains(QLatin1String("administrator")),
             qPrintable(coordinator.error().message));
    QCOMPARE(tdb.count(QStringLiteral("app_user")), qint64(0));
    // WHEN the first user is an administrator, added without anyone logged in
    auto admin = t->users().addUser({}, newUser(QStringLiteral("Admin"), {Role::Administrator}));
    // THEN it is stored (name in lower case) and the addition is audited as the new user's own act
    QVERIFY2(admin.ok(), qPrintable(admin.error().message));
    const auto entries = auditEntries(*t.ws);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries[0].action, QStringLiteral("user.add"));
    QCOMPARE(entries[0].userId, *admin);
    QCOMPARE(entries[0].entityId, QString::number(*admin));
    QVERIFY(stored(*t.ws, QStringLiteral("admin")).has_value());
    // AND the administrator can log in with the password given
    QVERIFY(t->auth().login(QStringLiteral("admin"), QStringLiteral("a-long-enough-password")).ok());
}

void TestUserService::shouldRequireAnAdministratorForLaterUsers()
{
    QFETCH(QString, backend);
    CB_TEST_DATABASE(tdb, backend);
    auto t = cb::test::openTestWorkspace(tdb.url());
    QVERIFY(t);
    const auto admin = cb::test::seedUser(t->database(), QStringLiteral("admin"), {Role::Administrator});
    QVERIFY(admin.isValid());
    // WHEN a second user is added with nobody logged in
    auto anonymous = t->users().addUser({}, newUser(QStringLiteral("coord"), {Role::Coordinator}));
    // THEN it is refused as not authenticated, and nothing is stored
    QVERIFY(!anonymous.ok());
    QCOMPARE(anonymous.error().code, ErrorCode::NotAuthenticated);
    QVERIFY(!stored(*t.ws, QStringLiteral("coord")).has_value());
    // WHEN the administrator adds it
    auto added = t->users().addUser(admin, newUser(QStringLiteral("coord"), {Role::Coordinator}));
    // THEN it is stored, must change its password, and the addition is the administrator's act
    QVERIFY2(added.ok(), qPrintable(added.error().message));
    QVERIFY(stored(*t.ws, QStringLiteral("coord"))->account.mustChangePassword);
    const auto last = auditEntries(*t.ws).last();
    QCOMPARE(last.action, QStringLiteral("user.add"));
    QCOMPARE(last.userId, admin.id);
    QCOMPARE(last.entityId, QString::number(*added));
}

void TestUserService::shouldNeverReuseAUsername()
{
    QFETCH(QString, backend);
    CB_TEST_DATABASE(tdb, backend);
    auto t = cb::test::openTestWorkspace(tdb.url());
    QVERIFY(t);
    const auto admin = cb::test::seedUser(t->database(), QStringLiteral("admin"), {Role::Administrator});
    cb::test::seedUser(t->database(), QStringLiteral("dr.kim"), {Role::Specialist}, {Discipline::Cardiology});
    // GIVEN a user who left and was disabled
    QVERIFY(t->users().disableUser(admin, QStringLiteral("dr.kim")).ok());
    // WHEN a new account is made with the same name (in any case, with spaces)
    for (const QString& name :
         {QStringLiteral("dr.kim"), QStringLiteral("Dr.Kim"), QStringLiteral(" dr.kim ")}) {
        auto again = t->users().addUser(admin, newUser(name, {Role::Specialist}, {Discipline::Cardiology}));
        // THEN it is a conflict explaining that names are never reused
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, ErrorCode::Conflict);
        QVERIFY2(again.error().message.contains(QLatin1String("never reused")),
                 qPrintable(again.error().message));
    }
    QCOMPARE(tdb.count(QStringLiteral("app_user")), qint64(2));
    QVERIFY(stored(*t.ws, QStringLiteral("dr.kim"))->account.disabled);
}

void TestUserService::shouldAllowUserAdministrationToAdministratorsOnly_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<Role>("role");
    QTest::addColumn<QString>("act");
    const QList<std::pair<const char*, Role>> roles{{"administrator", Role::Administrator},
                                                    {"coordinator", Role::Coordinator},
                                                    {"specialist", Role::Specialist},
                                                    {"board_chair", Role::BoardChair},
                                                    {"viewer", Role::Viewer}};
    for (const QString& b : cb::test::backendNames())
        for (const auto& [name, role] : roles)
            for (const char* act : {"add", "list", "disable", "unlock", "reset"})
                QTest::addRow("%s/%s/%s", qPrintable(b), name, act) << b << role << QString::fromLatin1(act);
}

void TestUserService::shouldAllowUserAdministrationToAdministratorsOnly()
{
    QFETCH(QString, backend);
    QFETCH(Role, role);
    QFETCH(QString, act);
    auto* s = shared(backend);
    if (!s)
        QSKIP(qPrintable(cb::test::postgresSkipMessage()));
    auto& t = s->t;
    auto& tdb = *s->tdb;
    // GIVEN an actor with one role, and a locked colleague (the database already has its administrator)
    const QString targetName = cb::test::uniqueName(QStringLiteral("target"));
    const QString newbie = cb::test::uniqueName(QStringLiteral("newbie"));
    const auto actor =
        cb::test::seedUserWithRole(t->database(), cb::test::uniqueName(QStringLiteral("actor")), role);
    const auto target = cb::test::seedUser(t->database(), targetName, {Role::Viewer});
    QVERIFY(actor.isValid() && target.isValid());
    QVERIFY(cb::storage::UserRepository(t->database())
                .updateLoginState(target.id, 1, 0, cb::test::testNow().addSecs(600))
                .ok());
    const qint64 usersBefore = tdb.count(QStringLiteral("app_user"));
    const auto before = *stored(*t.ws, targetName);
    const qint64 mark = auditHead(*t.ws);
    // WHEN the actor performs the act
    cb::Status st;
    QString auditedAs;
    if (act == QLatin1String("add")) {
        auto r = t->users().addUser(actor, newUser(newbie, {Role::Viewer}));
        st = r.ok() ? cb::Status() : cb::Status(r.error());
        auditedAs = QStringLiteral("user.add");
    } else if (act == QLatin1String("list")) {
        auto r = t->users().listUsers(actor);
        st = r.ok() ? cb::Status() : cb::Status(r.error());
        if (r.ok())
            QCOMPARE(qint64(r->size()), usersBefore);
        auditedAs = QStringLiteral("user.list");
    } else if (act == QLatin1String("disable")) {
        st = t->users().disableUser(actor, targetName);
        auditedAs = QStringLiteral("user.disable");
    } else if (act == QLatin1String("unlock")) {
        st = t->users().unlockUser(actor, targetName);
        auditedAs = QStringLiteral("user.unlock");
    } else {
        st = t->users().resetPassword(actor, targetName, QStringLiteral("temporary-password-1"));
        auditedAs = QStringLiteral("user.reset_password");
    }
    const auto after = *stored(*t.ws, targetName);
    const auto entries = auditEntries(*t.ws, mark);
    if (role == Role::Administrator) {
        // THEN an administrator may (and every change is audited as the administrator's)
        QVERIFY2(st.ok(), qPrintable(st.error().message));
        if (act != QLatin1String("list")) {
            QCOMPARE(entries.size(), 1);
            QCOMPARE(entries[0].action, auditedAs);
            QCOMPARE(entries[0].userId, actor.id);
        }
        return;
    }
    // THEN anyone else is refused, the refusal is audited, and nothing changed
    QVERIFY(!st.ok());
    QCOMPARE(st.error().code, ErrorCode::PermissionDenied);
    QVERIFY2(st.error().message.contains(QLatin1String("administrator")), qPrintable(st.error().message));
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries[0].action, QStringLiteral("permission.denied"));
    QCOMPARE(entries[0].userId, actor.id);
    QCOMPARE(entries[0].entity, QStringLiteral("app_user"));
    QCOMPARE(QJsonDocument::fromJson(entries[0].after.toUtf8())
                 .object()
                 .value(QStringLiteral("action"))
                 .toString(),
             auditedAs);
    QCOMPARE(tdb.count(QStringLiteral("app_user")), usersBefore);
    QVERIFY(!stored(*t.ws, newbie).has_value());
    QCOMPARE(after.account.rowVersion, before.account.rowVersion);
    QCOMPARE(after.passwordHash, before.passwordHash);
    QVERIFY(!after.account.disabled);
    QCOMPARE(after.account.lockedUntil, before.account.lockedUntil);
}

void TestUserService::shouldForceAPasswordChangeAfterAReset()
{
    QFETCH(QString, backend);
    CB_TEST_DATABASE(tdb, backend);
    auto t = cb::test::openTestWorkspace(tdb.url());
    QVERIFY(t);
    const auto admin = cb::test::seedUser(t->database(), QStringLiteral("admin"), {Role::Administrator});
    const auto nurse = cb::test::seedUser(t->database(), QStringLiteral("nurse.li"), {Role::Coordinator});
    // WHEN the administrator resets the nurse's password
    const QString temporary = QStringLiteral("temporary-password-1");
    auto st = t->users().resetPassword(admin, QStringLiteral("nurse.li"), temporary);
    QVERIFY2(st.ok(), qPrintable(st.error().message));
    // THEN the reset is audited without the password, the old password no longer works, and the
    // temporary one logs in only to be told to change it
    const auto last = auditEntries(*t.ws).last();
    QCOMPARE(last.action, QStringLiteral("user.reset_password"));
    QCOMPARE(last.entityId, QString::number(nurse.id));
    QVERIFY(!last.after.contains(temporary) && !last.before.contains(temporary));
    QVERIFY(!t->auth().login(QStringLiteral("nurse.li"), cb::test::seededPassword()).ok());
    auto login = t->auth().login(QStringLiteral("nurse.li"), temporary);
    QVERIFY2(login.ok(), qPrintable(login.error().message));
    QVERIFY(login->mustChangePassword);
    // WHEN she chooses her own
    QVERIFY(t->auth().changePassword(login->user, temporary, QStringLiteral("my-own-password-9")).ok());
    // THEN the next login is a normal one
    auto next = t->auth().login(QStringLiteral("nurse.li"), QStringLiteral("my-own-password-9"));
    QVERIFY(next.ok());
    QVERIFY(!next->mustChangePassword);
    // AND a weak temporary password is refused
    auto weak = t->users().resetPassword(admin, QStringLiteral("nurse.li"), QStringLiteral("short"));
    QVERIFY(!weak.ok());
    QCOMPARE(weak.error().code, ErrorCode::BadInput);
}

void TestUserService::shouldValidateNewUsers_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("printedName");
    QTest::addColumn<QList<Role>>("roles");
    QTest::addColumn<QList<Discipline>>("disciplines");
    QTest::addColumn<QString>("password");
    const QString pw = QStringLiteral("a-long-enough-password");
    const QList<Role> viewer{Role::Viewer};
    for (const QString& b : cb::test::backendNames()) {
        const QByteArray p = b.toLatin1();
        QTest::addRow("%s/username starts with a digit", p.constData())
            << b << "1abc"
            << "X" << viewer << QList<Discipline>{} << pw;
        QTest::addRow("%s/username of one letter", p.constData())
            << b << "a"
            << "X" << viewer << QList<Discipline>{} << pw;
        QTest::addRow("%s/username with a space", p.constData())
            << b << "dr kim"
            << "X" << viewer << QList<Discipline>{} << pw;
        QTest::addRow("%s/username with a symbol", p.constData())
            << b << "dr!kim"
            << "X" << viewer << QList<Discipline>{} << pw;
        QTest::addRow("%s/username of 33 characters", p.constData())
            << b << QString(33, QLatin1Char('a')) << "X" << viewer << QList<Discipline>{} << pw;
        QTest::addRow("%s/username not ascii", p.constData()) << b << "李娜"
                                                              << "X" << viewer << QList<Discipline>{} << pw;
        QTest::addRow("%s/no printed name", p.constData()) << b << "viewer1"
                                                           << "   " << viewer << QList<Discipline>{} << pw;
        QTest::addRow("%s/no role", p.constData()) << b << "viewer1"
                                                   << "X" << QList<Role>{} << QList<Discipline>{} << pw;
        QTest::addRow("%s/specialist without discipline", p.constData())
            << b << "spec1"
            << "X" << QList<Role>{Role::Specialist} << QList<Discipline>{} << pw;
        QTest::addRow("%s/coordinator with a discipline", p.constData())
            << b << "coord1"
            << "X" << QList<Role>{Role::Coordinator} << QList<Discipline>{Discipline::Nursing} << pw;
        QTest::addRow("%s/short password", p.constData())
            << b << "viewer1"
            << "X" << viewer << QList<Discipline>{} << "elevenchars";
        QTest::addRow("%s/password with a leading space", p.constData())
            << b << "viewer1"
            << "X" << viewer << QList<Discipline>{} << " " + pw;
    }
}

void TestUserService::shouldValidateNewUsers()
{
    QFETCH(QString, backend);
    QFETCH(QString, username);
    QFETCH(QString, printedName);
    QFETCH(QList<Role>, roles);
    QFETCH(QList<Discipline>, disciplines);
    QFETCH(QString, password);
    auto* s = shared(backend);
    if (!s)
        QSKIP(qPrintable(cb::test::postgresSkipMessage()));
    auto& t = s->t;
    const auto admin = stored(*t.ws, QStringLiteral("root"))->account.identity;
    const qint64 usersBefore = s->tdb->count(QStringLiteral("app_user"));
    const qint64 mark = auditHead(*t.ws);
    NewUser u;
    u.username = username;
    u.printedName = printedName;
    u.roles = roles;
    u.disciplines = disciplines;
    u.password = password;
    // WHEN the administrator adds an account that breaks a rule
    auto r = t->users().addUser(admin, u);
    // THEN it is bad input with a message, and nothing is stored or audited
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::BadInput);
    QVERIFY(!r.error().message.isEmpty());
    QCOMPARE(s->tdb->count(QStringLiteral("app_user")), usersBefore);
    QCOMPARE(auditHead(*t.ws), mark);
}

void TestUserService::shouldRefuseImpossibleAccountChanges()
{
    QFETCH(QString, backend);
    CB_TEST_DATABASE(tdb, backend);
    auto t = cb::test::openTestWorkspace(tdb.url());
    QVERIFY(t);
    const auto admin = cb::test::seedUser(t->database(), QStringLiteral("admin"), {Role::Administrator});
    cb::test::seedUser(t->database(), QStringLiteral("viewer1"), {Role::Viewer});
    // WHEN the administrator disables their own account
    auto self = t->users().disableUser(admin, QStringLiteral("admin"));
    // THEN it is refused (someone must be able to administer)
    QVERIFY(!self.ok());
    QCOMPARE(self.error().code, ErrorCode::InvalidState);
    // WHEN an account is disabled twice
    QVERIFY(t->users().disableUser(admin, QStringLiteral("viewer1")).ok());
    auto twice = t->users().disableUser(admin, QStringLiteral("viewer1"));
    QVERIFY(!twice.ok());
    QCOMPARE(twice.error().code, ErrorCode::InvalidState);
    // WHEN an unknown account is named
    for (auto st :
         {t->users().disableUser(admin, QStringLiteral("ghost")),
          t->users().unlockUser(admin, QStringLiteral("ghost")),
          t->users().resetPassword(admin, QStringLiteral("ghost"), QStringLiteral("temporary-password-1"))}) {
        // THEN it is "not found"
        QVERIFY(!st.ok());
        QCOMPARE(st.error().code, ErrorCode::NotFound);
        QVERIFY2(st.error().message.contains(QLatin1String("ghost")), qPrintable(st.error().message));
    }
    // AND the administrator's list holds both accounts, the disabled one marked
    auto list = t->users().listUsers(admin);
    QVERIFY(list.ok());
    QCOMPARE(list->size(), 2);
    QCOMPARE(list->at(1).identity.username, QStringLiteral("viewer1"));
    QVERIFY(list->at(1).disabled);
}

QTEST_GUILESS_MAIN(TestUserService)
#include "TestUserService.moc"
