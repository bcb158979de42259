#include "services/SettingsService.h"
#include "support/TestDatabase.h"
#include "support/TestUsers.h"
#include "support/TestWorkspace.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using cb::ErrorCode;
using cb::core::Role;
using cb::services::SettingsService;
using Key = cb::services::SettingsService::Key;

namespace {

QJsonObject json(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace

// Program-wide settings: defaults, typed values, administrator-only changes with validation,
// every change and every denial audited. On SQLite and PostgreSQL.
class TestSettingsService : public QObject
{
    Q_OBJECT

private slots:
    void shouldFallBackToDefaults_data() { cb::test::addBackendRows(); }
    void shouldFallBackToDefaults();
    void shouldLetAnAdministratorChangeASettingAndAuditIt_data() { cb::test::addBackendRows(); }
    void shouldLetAnAdministratorChangeASettingAndAuditIt();
    void shouldRefuseChangesFromOtherRoles_data() { cb::test::addBackendRows(); }
    void shouldRefuseChangesFromOtherRoles();
    void shouldValidateValues_data();
    void shouldValidateValues();
};

void TestSettingsService::shouldFallBackToDefaults()
{
    QFETCH(QString, backend);
    CB_TEST_DATABASE(tdb, backend);
    auto t = cb::test::openTestWorkspace(tdb.url());
    QVERIFY(t);
    auto& s = t->settings();
    QCOMPARE(s.idleLockMinutes(), 15);
    QCOMPARE(s.requiredDisciplines(), cb::core::coreDisciplines());
    QVERIFY(!s.isDemoDatabase());
    QCOMPARE(s.value(Key::PaperSize), QStringLiteral("a4"));
    QCOMPARE(s.institutionName(), SettingsService::defaultValue(Key::InstitutionName));
}

void TestSettingsService::shouldLetAnAdministratorChangeASettingAndAuditIt()
{
    QFETCH(QString, backend);
    CB_TEST_DATABASE(tdb, backend);
    auto t = cb::test::openTestWorkspace(tdb.url());
    QVERIFY(t);
    const auto admin = cb::test::seedUser(t->database(), QStringLiteral("admin"), {Role::Administrator});
    // WHEN the administrator changes the idle lock and the quorum disciplines
    QVERIFY(t->settings().setValue(admin, Key::IdleLockMinutes, QStringLiteral("30")).ok());
    QVERIFY(
        t->settings()
            .setValue(admin, Key::RequiredDisciplines, QStringLiteral("hematology,ICU,infectious-disease"))
            .ok());
    // THEN the typed values follow
    QCOMPARE(t->settings().idleLockMinutes(), 30);
    QCOMPARE(t->settings().requiredDisciplines(),
             (QList<cb::core::Discipline>{cb::core::Discipline::Hematology, cb::core::Discipline::Icu,
                                          cb::core::Discipline::InfectiousDisease}));
    // AND each change is audited with the value before and after
    const auto entries = cb::test::auditEntries(*t.ws);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries[0].action, QStringLiteral("setting.change"));
    QCOMPARE(entries[0].entityId, QStringLiteral("session.idle_lock_minutes"));
    QCOMPARE(json(entries[0].before).value(QStringLiteral("value")).toString(), QStringLiteral("15"));
    QCOMPARE(json(entries[0].after).value(QStringLiteral("value")).toString(), QStringLiteral("30"));
    QCOMPARE(entries[0].userId, admin.id);
}

void TestSettingsService::shouldRefuseChangesFromOtherRoles()
{
    QFETCH(QString, backend);
    CB_TEST_DATABASE(tdb, backend);
    auto t = cb::test::openTestWorkspace(tdb.url());
    QVERIFY(t);
    for (Role role : {Role::Coordinator, Role::Specialist, Role::BoardChair, Role::Viewer}) {
        const auto actor =
            cb::test::seedUserWithRole(t->database(), cb::test::uniqueName(QStringLiteral("u")), role);
        const qint64 mark = cb::test::auditHead(*t.ws);
        auto st = t->settings().setValue(actor, Key::InstitutionName, QStringLiteral("Elsewhere"));
        QVERIFY(!st.ok());
        QCOMPARE(st.error().code, ErrorCode::PermissionDenied);
        QCOMPARE(cb::test::auditActions(*t.ws, mark), QStringList{QStringLiteral("permission.denied")});
    }
    QCOMPARE(t->settings().institutionName(), SettingsService::defaultValue(Key::InstitutionName));
    QCOMPARE(tdb.count(QStringLiteral("setting")), qint64(0));
}

void TestSettingsService::shouldValidateValues_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<Key>("key");
    QTest::addColumn<QString>("value");
    for (const QString& b : cb::test::backendNames()) {
        const QByteArray p = b.toLatin1();
        QTest::addRow("%s/idle lock 0", p.constData()) << b << Key::IdleLockMinutes << "0";
        QTest::addRow("%s/idle lock 241", p.constData()) << b << Key::IdleLockMinutes << "241";
        QTest::addRow("%s/idle lock not a number", p.constData()) << b << Key::IdleLockMinutes << "ten";
        QTest::addRow("%s/no quorum discipline", p.constData()) << b << Key::RequiredDisciplines << ",";
        QTest::addRow("%s/unknown discipline", p.constData())
            << b << Key::RequiredDisciplines << "hematology,astrology";
        QTest::addRow("%s/paper size", p.constData()) << b << Key::PaperSize << "a3";
        QTest::addRow("%s/empty institution", p.constData()) << b << Key::InstitutionName << "   ";
        QTest::addRow("%s/demo marker", p.constData()) << b << Key::DemoDatabase << "1";
    }
}

void TestSettingsService::shouldValidateValues()
{
    QFETCH(QString, backend);
    QFETCH(Key, key);
    QFETCH(QString, value);
    CB_TEST_DATABASE(tdb, backend);
    auto t = cb::test::openTestWorkspace(tdb.url());
    QVERIFY(t);
    const auto admin = cb::test::seedUser(t->database(), QStringLiteral("admin"), {Role::Administrator});
    auto st = t->settings().setValue(admin, key, value);
    QVERIFY(!st.ok());
    QCOMPARE(st.error().code, ErrorCode::BadInput);
    QCOMPARE(tdb.count(QStringLiteral("setting")), qint64(0));
    QVERIFY(cb::test::auditActions(*t.ws).isEmpty());
}

QTEST_GUILESS_MAIN(TestSettingsService)
#include "TestSettingsService.moc"
