#include "services/AuditService.h"
#include "services/AuthService.h"
#include "services/DemoProgram.h"
#include "services/SettingsService.h"
#include "services/UserService.h"
#include "storage/CaseRepository.h"
#include "storage/UserRepository.h"
#include "support/TestDatabase.h"
#include "support/TestUsers.h"
#include "support/TestWorkspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using cb::ErrorCode;
using cb::core::CaseState;
using cb::core::Indication;
using cb::services::DemoProgram;

namespace {

QJsonObject demoJson()
{
    QFile f(QStringLiteral(CB_SOURCE_DIR "/resources/demo/demo_program.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read demo_program.json");
    return QJsonDocument::fromJson(f.readAll()).object();
}

const QString kPassword = QStringLiteral("demo-password-for-tests");

} // namespace

// The demo program of `cellboard-cli init --demo`: eighteen invented cases in every state and
// indication family, nine users, only into a new database; and synthetic cases for scale.
class TestDemoProgram : public QObject
{
    Q_OBJECT

private slots:
    void shouldLoadTheDemoProgram_data() { cb::test::addBackendRows(); }
    void shouldLoadTheDemoProgram();
    void shouldRefuseADatabaseThatAlreadyHasUsers_data() { cb::test::addBackendRows(); }
    void shouldRefuseADatabaseThatAlreadyHasUsers();
    void shouldRefuseADatabaseThatAlreadyHasCases_data() { cb::test::addBackendRows(); }
    void shouldRefuseADatabaseThatAlreadyHasCases();
    void shouldRefuseAShortDemoPassword_data() { cb::test::addBackendRows(); }
    void shouldRefuseAShortDemoPassword();
    void shouldAddSyntheticCasesWithHistories_data() { cb::test::addBackendRows(); }
    void shouldAddSyntheticCasesWithHistories();
};

void TestDemoProgram::shouldLoadTheDemoProgram()
{
    QFETCH(QString, backend);
    CB_TEST_DATABASE(tdb, backend);
    auto t = cb::test::openTestWorkspace(tdb.url());
    QVERIFY(t);
    const QJsonObject demo = demoJson();
    // WHEN the demo program is loaded into a new database
    auto st = DemoProgram(*t.ws).load(kPassword);
    QVERIFY2(st.ok(), qPrintable(st.error().message + QLatin1Char(' ') + st.error().detail));
    // THEN it holds the eighteen cases, each in the state the demo file gives it
    auto cases = cb::storage::CaseRepository(t->database()).listCases(std::nullopt);
    QVERIFY(cases.ok());
    QCOMPARE(cases->size(), 18);
    QCOMPARE(demo.value(QStringLiteral("cases")).toArray().size(), 18);
    QHash<QString, cb::core::CaseSummary> byMrn;
    for (const auto& c : *cases)
        byMrn.insert(c.mrn, c);
    for (const QJsonValue& v : demo.value(QStringLiteral("cases")).toArray()) {
        const QJsonObject c = v.toObject();
        const QString mrn =
            c.value(QStringLiteral("patient")).toObject().value(QStringLiteral("mrn")).toString();
        QVERIFY2(byMrn.contains(mrn), qPrintable(mrn));
        QCOMPARE(cb::core::toId(byMrn.value(mrn).state), c.value(QStringLiteral("state")).toString());
        QCOMPARE(cb::core::toId(byMrn.value(mrn).indication),
                 c.value(QStringLiteral("indication")).toString());
    }
    // AND every state and every indication family appears
    QSet<CaseState> states;
    QSet<Indication> indications;
    for (const auto& c : *cases) {
        states.insert(c.state);
        indications.insert(c.indication);
    }
    for (const auto& s : cb::core::caseStates())
        QVERIFY2(states.contains(s.value), s.id);
    for (const auto& i : cb::core::indications())
        if (i.value != Indication::Other)
            QVERIFY2(indications.contains(i.value), i.id);
    // AND the index myeloma case is there, in review
    QVERIFY(byMrn.contains(QStringLiteral("SH-2026-003412")));
    QCOMPARE(byMrn.value(QStringLiteral("SH-2026-003412")).patientName, QStringLiteral("王建国"));
    QCOMPARE(byMrn.value(QStringLiteral("SH-2026-003412")).indication, Indication::MultipleMyeloma);
    // AND the nine demo users can log in with the demo password, without being forced to change it
    auto users = cb::storage::UserRepository(t->database()).list();
    QVERIFY(users.ok());
    QStringList names;
    for (const auto& u : *users) {
        names << u.identity.username;
        QVERIFY(u.demo);
        QVERIFY(!u.mustChangePassword);
    }
    QStringList expected{"admin", "cardiology", "chair",   "coordinator", "hematology",
                         "icu",   "neurology",  "nursing", "pulmonology"};
    QCOMPARE(names, expected);
    for (const QString& name : expected) {
        auto login = t->auth().login(name, kPassword);
        QVERIFY2(login.ok(), qPrintable(name + QStringLiteral(": ") + login.error().message));
        QVERIFY(!login->mustChangePassword);
    }
    // AND the database says it is a demo, with the demo institution
    QVERIFY(t->settings().isDemoDatabase());
    QCOMPARE(t->settings().institutionName(), demo.value(QStringLiteral("institution")).toString());
    // AND the whole load is in an intact audit chain whose signatures verify
    auto v = t->audit().verify();
    QVERIFY(v.ok());
    QVERIFY2(v->intact, qPrintable(v->problem));
    QVERIFY2(v->ok(), qPrintable(v->signatureProblem));
}

void TestDemoProgram::shouldRefuseADatabaseThatAlreadyHasUsers()
{
    QFETCH(QString, backend);
    CB_TEST_DATABASE(tdb, backend);
    auto t = cb::test::openTestWorkspace(tdb.url());
    QVERIFY(t);
    cb::test::seedUser(t->database(), QStringLiteral("admin"), {cb::core::Role::Administrator});
    // WHEN the demo is loaded into a database already in use
    auto st = DemoProgram(*t.ws).load(kPassword);
    // THEN it is refused as not allowed in this state, pointing to another file, and nothing is added
    QVERIFY(!st.ok());
    QCOMPARE(st.error().code, ErrorCode::InvalidState);
    QVERIFY2(st.error().message.contains(QLatin1String("--db")), qPrintable(st.error().message));
    QCOMPARE(tdb.count(QStringLiteral("clinical_case")), qint64(0));
    QCOMPARE(tdb.count(QStringLiteral("app_user")), qint64(1));
    QVERIFY(!t->settings().isDemoDatabase());
    // AND loading twice is refused the same way
    CB_TEST_DATABASE(fresh, backend);
    auto f = cb::test::openTestWorkspace(fresh.url());
    QVERIFY(DemoProgram(*f.ws).load(kPassword).ok());
    auto twice = DemoProgram(*f.ws).load(kPassword);
    QVERIFY(!twice.ok());
    QCOMPARE(twice.error().code, ErrorCode::InvalidState);
    QCOMPARE(fresh.count(QStringLiteral("clinical_case")), qint64(18));
}

void TestDemoProgram::shouldRefuseADatabaseThatAlreadyHasCases()
{
    QFETCH(QString, backend);
    CB_TEST_DATABASE(tdb, backend);
    auto t = cb::test::openTestWorkspace(tdb.url());
    QVERIFY(t);
    // GIVEN a database holding cases but no user yet (e.g. `init --synthetic` first)
    auto added = DemoProgram(*t.ws).addSynthetic(3);
    QVERIFY2(added.ok(), qPrintable(added.error().message));
    QCOMPARE(tdb.count(QStringLiteral("clinical_case")), qint64(3));
    // WHEN the demo program is loaded into it
    auto st = DemoProgram(*t.ws).load(kPassword);
    // THEN it is refused (DemoProgram.h: "Refuses a database that already holds users or cases")
    QVERIFY2(!st.ok(), "the demo program was loaded on top of existing cases");
    QCOMPARE(st.error().code, ErrorCode::InvalidState);
    QCOMPARE(tdb.count(QStringLiteral("clinical_case")), qint64(3));
    QCOMPARE(tdb.count(QStringLiteral("app_user")), qint64(0));
}

void TestDemoProgram::shouldRefuseAShortDemoPassword()
{
    QFETCH(QString, backend);
    CB_TEST_DATABASE(tdb, backend);
    auto t = cb::test::openTestWorkspace(tdb.url());
    QVERIFY(t);
    auto st = DemoProgram(*t.ws).load(QStringLiteral("short"));
    QVERIFY(!st.ok());
    QCOMPARE(st.error().code, ErrorCode::BadInput);
    QCOMPARE(tdb.count(QStringLiteral("app_user")), qint64(0));
    QCOMPARE(tdb.count(QStringLiteral("clinical_case")), qint64(0));
}

void TestDemoProgram::shouldAddSyntheticCasesWithHistories()
{
    QFETCH(QString, backend);
    CB_TEST_DATABASE(tdb, backend);
    auto t = cb::test::openTestWorkspace(tdb.url());
    QVERIFY(t);
    QVERIFY(DemoProgram(*t.ws).load(kPassword).ok());
    // WHEN a thousand synthetic cases are added to the demo
    auto added = DemoProgram(*t.ws).addSynthetic(1000);
    // THEN there are 1018 cases, each synthetic one with therapy lines and observations
    QVERIFY2(added.ok(), qPrintable(added.error().message));
    QCOMPARE(*added, qint64(1000));
    QCOMPARE(tdb.count(QStringLiteral("clinical_case")), qint64(1018));
    QCOMPARE(tdb.count(QStringLiteral("patient WHERE mrn LIKE 'SYN-%'")), qint64(1000));
    QCOMPARE(tdb.count(QStringLiteral("clinical_case c WHERE NOT EXISTS (SELECT 1 FROM therapy_line t "
                                      "WHERE t.case_id = c.id)")),
             qint64(0));
    QCOMPARE(tdb.count(QStringLiteral("clinical_case c WHERE (SELECT COUNT(*) FROM observation o "
                                      "WHERE o.case_id = c.id) < 2 AND c.is_demo = 0")),
             qint64(0));
    QVERIFY(tdb.count(QStringLiteral("therapy_line")) >= 1000);
    // AND they spread over the states, closed ones with a reason, none referred in the future
    QCOMPARE(tdb.count(QStringLiteral("clinical_case WHERE state = 'closed' AND close_reason IS NULL")),
             qint64(0));
    QVERIFY(tdb.count(QStringLiteral("(SELECT DISTINCT state FROM clinical_case) s")) == 8);
    QCOMPARE(tdb.count(QStringLiteral("clinical_case WHERE referral_date > '%1'")
                           .arg(cb::test::testNow().date().toString(Qt::ISODate))),
             qint64(0));
    // AND the worklist finds them by MRN and by a Chinese family name
    cb::storage::CaseRepository repo(t->database());
    cb::core::WorklistQuery q;
    q.search = QStringLiteral("SYN-00000019");
    QCOMPARE(*repo.worklistCount(q), qint64(1));
    q.search = QStringLiteral("李");
    const qint64 li = tdb.count(QStringLiteral("clinical_case c JOIN patient p ON p.id = c.patient_id WHERE "
                                               "p.family_name = '李' OR p.given_name = '李'"));
    QVERIFY(li > 1);
    QCOMPARE(*repo.worklistCount(q), li);
    // AND the chain stays intact
    auto v = t->audit().verify();
    QVERIFY(v.ok() && v->intact);
    QVERIFY(cb::test::auditActions(*t.ws).contains(QStringLiteral("case.synthetic")));
    // AND a negative count is refused
    QCOMPARE(DemoProgram(*t.ws).addSynthetic(-1).error().code, ErrorCode::BadInput);
}

QTEST_GUILESS_MAIN(TestDemoProgram)
#include "TestDemoProgram.moc"
