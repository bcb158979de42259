#include "cli/CliFixture.h"
#include "support/TestUsers.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using cb::core::Discipline;
using cb::core::Role;
using cb::test::CliRun;
using cb::test::CliRunner;
using cb::test::demoPassword;
using cb::test::passwordLine;

namespace {

// The demo program, plus a viewer (the demo has none) seeded in-process.
QString prepareDemo(cb::test::TestDatabase& db)
{
    QString why;
    if (!cb::test::initDemo(db, &why))
        return why;
    if (!cb::test::seedUserInDatabase(db.url(), QStringLiteral("viewer"), {Role::Viewer}).isValid())
        return QStringLiteral("cannot seed the viewer");
    return {};
}

QByteArray demoLine()
{
    return passwordLine(demoPassword());
}

QByteArray passwordOf(const QString& user)
{
    return user == QLatin1String("viewer") ? passwordLine(cb::test::seededPassword()) : demoLine();
}

// The id of the demo case with this MRN (read from the database: lookups are not under test).
qint64 caseIdByMrn(cb::test::TestDatabase* db, const QString& mrn)
{
    QString error;
    const QVariant id = db->scalar(
        QStringLiteral(
            "SELECT c.id FROM clinical_case c JOIN patient p ON p.id = c.patient_id WHERE p.mrn = '%1'")
            .arg(mrn),
        &error);
    if (!id.isValid())
        qWarning("no case with MRN %s: %s", qPrintable(mrn), qPrintable(error));
    return id.toLongLong();
}

QString stateOf(cb::test::TestDatabase* db, qint64 id)
{
    return db->scalar(QStringLiteral("SELECT state FROM clinical_case WHERE id = %1").arg(id)).toString();
}

} // namespace

// `cellboard-cli case list|show|close` on the demo program through the real binary: JSON
// shapes, state filters, the order authentication → permission → arguments → state, and the
// exit codes of DESIGN.md §5. On SQLite and PostgreSQL.
class TestCliCases : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase() { m_dbs.clear(); }
    void shouldListEveryCaseAsJson_data() { cb::test::addBackendRows(); }
    void shouldListEveryCaseAsJson();
    void shouldListCasesAsText_data() { cb::test::addBackendRows(); }
    void shouldListCasesAsText();
    void shouldFilterCasesByState_data();
    void shouldFilterCasesByState();
    void shouldShowACase_data() { cb::test::addBackendRows(); }
    void shouldShowACase();
    void shouldRejectBadCaseIds_data();
    void shouldRejectBadCaseIds();
    void shouldCloseACaseOnce_data() { cb::test::addBackendRows(); }
    void shouldCloseACaseOnce();
    void shouldRejectBadCloseArguments_data();
    void shouldRejectBadCloseArguments();
    void shouldRefuseClosingToRolesWithoutTheRight_data();
    void shouldRefuseClosingToRolesWithoutTheRight();
    void shouldRefuseAWrongPassword_data();
    void shouldRefuseAWrongPassword();
    void shouldRequireAUserForCaseCommands_data();
    void shouldRequireAUserForCaseCommands();

private:
    cb::test::BackendDatabases m_dbs;
    cb::test::BackendDatabases m_closing; // a second demo for the tests that close cases
};

void TestCliCases::initTestCase()
{
    QVERIFY2(CliRunner::binaryExists(),
             qPrintable(CliRunner::binary() + QStringLiteral(" has not been built")));
}

void TestCliCases::shouldListEveryCaseAsJson()
{
    QFETCH(QString, backend);
    CB_BACKEND_DATABASE(db, m_dbs, backend, prepareDemo);
    // WHEN the coordinator lists the cases as JSON
    const CliRun r =
        CliRunner::run(db->url(), QStringLiteral("coordinator"), {"case", "list", "--json"}, demoLine());
    // THEN standard output is only a JSON array with every case, closed ones included
    CB_EXPECT_EXIT(r, 0);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.describe()));
    bool ok = false;
    QString why;
    const QJsonDocument doc = r.json(&ok, &why);
    QVERIFY2(ok && doc.isArray(), qPrintable(why + QStringLiteral(": ") + r.describe()));
    const QJsonArray cases = doc.array();
    QCOMPARE(cases.size(), cb::test::demoCases().size());
    // AND each is an object with a unique numeric id, a known state and indication, and the patient
    const QStringList states = cb::core::allIds(cb::core::caseStates());
    const QStringList indications = cb::core::allIds(cb::core::indications());
    QSet<qint64> ids;
    QSet<QString> seenStates;
    for (const QJsonValue& v : cases) {
        QVERIFY(v.isObject());
        const QJsonObject o = v.toObject();
        QVERIFY(o.value(QStringLiteral("id")).isDouble());
        ids.insert(o.value(QStringLiteral("id")).toInteger());
        QVERIFY2(states.contains(o.value(QStringLiteral("state")).toString()),
                 qPrintable(o.value("state").toString()));
        QVERIFY(indications.contains(o.value(QStringLiteral("indication")).toString()));
        QVERIFY(!o.value(QStringLiteral("patient")).toString().isEmpty());
        seenStates.insert(o.value(QStringLiteral("state")).toString());
    }
    QCOMPARE(ids.size(), cases.size());
    QVERIFY(seenStates.contains(QStringLiteral("closed")));
    QCOMPARE(seenStates.size(), states.size());
}

void TestCliCases::shouldListCasesAsText()
{
    QFETCH(QString, backend);
    CB_BACKEND_DATABASE(db, m_dbs, backend, prepareDemo);
    const CliRun r = CliRunner::run(db->url(), QStringLiteral("viewer"), {"case", "list"},
                                    passwordLine(cb::test::seededPassword()));
    CB_EXPECT_EXIT(r, 0);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.describe()));
    QCOMPARE(r.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), cb::test::demoCases().size());
    QVERIFY(r.outText().contains(QStringLiteral("王建国")));
}

void TestCliCases::shouldFilterCasesByState_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("argument");
    QTest::addColumn<QString>("state");
    for (const QString& b : cb::test::backendNames()) {
        for (const QString& s : cb::core::allIds(cb::core::caseStates()))
            QTest::addRow("%s/%s", qPrintable(b), qPrintable(s)) << b << s << s;
        QTest::addRow("%s/upper case with a hyphen", qPrintable(b)) << b << "FOLLOW-UP"
                                                                    << "follow_up";
        QTest::addRow("%s/mixed case", qPrintable(b)) << b << "Ready-For-Board"
                                                      << "ready_for_board";
    }
}

void TestCliCases::shouldFilterCasesByState()
{
    QFETCH(QString, backend);
    QFETCH(QString, argument);
    QFETCH(QString, state);
    CB_BACKEND_DATABASE(db, m_dbs, backend, prepareDemo);
    // WHEN cases are listed with --state
    const CliRun r = CliRunner::run(db->url(), QStringLiteral("coordinator"),
                                    {"case", "list", "--state", argument, "--json"}, demoLine());
    // THEN exactly the demo's cases in that state come back
    CB_EXPECT_EXIT(r, 0);
    bool ok = false;
    const QJsonArray cases = r.json(&ok).array();
    QVERIFY2(ok, qPrintable(r.describe()));
    QCOMPARE(cases.size(), cb::test::demoCaseCount(state));
    for (const QJsonValue& v : cases)
        QCOMPARE(v.toObject().value(QStringLiteral("state")).toString(), state);
}

void TestCliCases::shouldShowACase()
{
    QFETCH(QString, backend);
    CB_BACKEND_DATABASE(db, m_dbs, backend, prepareDemo);
    const qint64 id = caseIdByMrn(db, QStringLiteral("SH-2026-003412")); // the index myeloma case
    QVERIFY(id > 0);
    // WHEN it is shown as JSON
    const CliRun r = CliRunner::run(db->url(), QStringLiteral("hematology"),
                                    {"case", "show", QString::number(id), "--json"}, demoLine());
    // THEN standard output is one JSON object: the case with its history
    CB_EXPECT_EXIT(r, 0);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.describe()));
    bool ok = false;
    const QJsonObject o = r.json(&ok).object();
    QVERIFY2(ok, qPrintable(r.describe()));
    QCOMPARE(o.value(QStringLiteral("id")).toInteger(), id);
    QCOMPARE(o.value(QStringLiteral("indication")).toString(), QStringLiteral("multiple_myeloma"));
    QCOMPARE(o.value(QStringLiteral("patient")).toString(), QStringLiteral("王建国"));
    QCOMPARE(o.value(QStringLiteral("mrn")).toString(), QStringLiteral("SH-2026-003412"));
    QVERIFY(!o.value(QStringLiteral("therapy_lines")).toArray().isEmpty());
    QVERIFY(o.value(QStringLiteral("observations")).isArray());
    // AND the text form starts with the case and its state
    const CliRun text =
        CliRunner::run(db->url(), QStringLiteral("viewer"), {"case", "show", QString::number(id)},
                       passwordLine(cb::test::seededPassword()));
    CB_EXPECT_EXIT(text, 0);
    QVERIFY2(text.outText().startsWith(QStringLiteral("Case %1").arg(id)), qPrintable(text.describe()));
    QVERIFY(text.outText().contains(QLatin1String("SH-2026-003412")));
}

void TestCliCases::shouldRejectBadCaseIds_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("named");
    QTest::addColumn<bool>("oneLine");
    for (const QString& b : cb::test::backendNames()) {
        const QByteArray p = b.toLatin1();
        QTest::addRow("%s/letters", p.constData()) << b << QStringList{"show", "abc"} << "abc" << true;
        QTest::addRow("%s/zero", p.constData()) << b << QStringList{"show", "0"} << "\"0\"" << true;
        QTest::addRow("%s/decimal", p.constData()) << b << QStringList{"show", "1.5"} << "1.5" << true;
        QTest::addRow("%s/exponent", p.constData()) << b << QStringList{"show", "1e3"} << "1e3" << true;
        QTest::addRow("%s/leading plus", p.constData()) << b << QStringList{"show", "+7"} << "+7" << true;
        QTest::addRow("%s/too large", p.constData())
            << b << QStringList{"show", "99999999999999999999999"} << "99999999999999999999999" << true;
        QTest::addRow("%s/negative", p.constData()) << b << QStringList{"show", "-1"} << "1" << false;
        QTest::addRow("%s/unknown id", p.constData())
            << b << QStringList{"show", "999999"} << "999999" << true;
        QTest::addRow("%s/unknown id as json", p.constData())
            << b << QStringList{"show", "999999", "--json"} << "999999" << true;
        QTest::addRow("%s/no id", p.constData()) << b << QStringList{"show"} << "case id" << true;
        QTest::addRow("%s/two ids", p.constData()) << b << QStringList{"show", "1", "2"} << "case id" << true;
        QTest::addRow("%s/unknown state", p.constData())
            << b << QStringList{"list", "--state", "archived"} << "archived" << true;
        QTest::addRow("%s/stray argument to list", p.constData())
            << b << QStringList{"list", "everything"} << "everything" << true;
    }
}

void TestCliCases::shouldRejectBadCaseIds()
{
    QFETCH(QString, backend);
    QFETCH(QStringList, args);
    QFETCH(QString, named);
    QFETCH(bool, oneLine);
    CB_BACKEND_DATABASE(db, m_dbs, backend, prepareDemo);
    // WHEN a case command gets an id that is malformed or names no case
    const CliRun r =
        CliRunner::run(db->url(), QStringLiteral("coordinator"), QStringList{"case"} + args, demoLine());
    // THEN exit 2 with the problem named on standard error and nothing on standard output
    CB_EXPECT_EXIT(r, 2);
    QVERIFY2(r.out.isEmpty(), qPrintable(r.describe()));
    if (oneLine)
        CB_EXPECT_ONE_ERROR_LINE(r);
    QVERIFY2(!r.errLines().isEmpty() && r.errLines().first().contains(named), qPrintable(r.describe()));
}

void TestCliCases::shouldCloseACaseOnce()
{
    QFETCH(QString, backend);
    CB_BACKEND_DATABASE(db, m_closing, backend, prepareDemo);
    const qint64 id = caseIdByMrn(db, QStringLiteral("SH-2026-003921")); // referred CLL case
    QVERIFY(id > 0);
    // WHEN the coordinator closes it with a reason
    const CliRun r = CliRunner::run(db->url(), QStringLiteral("coordinator"),
                                    {"case", "close", QString::number(id), "--reason", "withdrawn",
                                     "--detail", "patient chose another centre"},
                                    demoLine());
    // THEN it is closed
    CB_EXPECT_EXIT(r, 0);
    QVERIFY2(r.outText().contains(QStringLiteral("Case %1 closed (withdrawn)").arg(id)),
             qPrintable(r.describe()));
    QVERIFY2(r.err.isEmpty(), qPrintable(r.describe()));
    QCOMPARE(stateOf(db, id), QStringLiteral("closed"));
    // WHEN it is closed again (by the chair, with another reason)
    const CliRun again =
        CliRunner::run(db->url(), QStringLiteral("chair"),
                       {"case", "close", QString::number(id), "--reason", "completed"}, demoLine());
    // THEN 4: not allowed in its state, one line saying it is already closed
    CB_EXPECT_EXIT(again, 4);
    CB_EXPECT_ONE_ERROR_LINE(again);
    QVERIFY2(again.errText().contains(QLatin1String("already closed")), qPrintable(again.describe()));
    // AND a case closed in the demo is refused the same way
    const qint64 closed = caseIdByMrn(db, QStringLiteral("SH-2025-002231"));
    CB_EXPECT_EXIT(CliRunner::run(db->url(), QStringLiteral("chair"),
                                  {"case", "close", QString::number(closed), "--reason", "completed"},
                                  demoLine()),
                   4);
    // AND the chair may close an open case; a death needs its cause
    const qint64 treatment = caseIdByMrn(db, QStringLiteral("SH-2025-006190"));
    const CliRun noCause =
        CliRunner::run(db->url(), QStringLiteral("chair"),
                       {"case", "close", QString::number(treatment), "--reason", "deceased"}, demoLine());
    CB_EXPECT_EXIT(noCause, 2);
    CB_EXPECT_ONE_ERROR_LINE(noCause);
    CB_EXPECT_EXIT(CliRunner::run(db->url(), QStringLiteral("chair"),
                                  {"case", "close", QString::number(treatment), "--reason", "Deceased",
                                   "--detail", "progressive disease"},
                                  demoLine()),
                   0);
}

void TestCliCases::shouldRejectBadCloseArguments_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("named");
    for (const QString& b : cb::test::backendNames()) {
        const QByteArray p = b.toLatin1();
        QTest::addRow("%s/malformed id", p.constData())
            << b << QStringList{"x1", "--reason", "withdrawn"} << "x1";
        QTest::addRow("%s/unknown id", p.constData())
            << b << QStringList{"999999", "--reason", "withdrawn"} << "999999";
        QTest::addRow("%s/no reason", p.constData()) << b << QStringList{"{open}"} << "--reason";
        QTest::addRow("%s/unknown reason", p.constData())
            << b << QStringList{"{open}", "--reason", "bored"} << "bored";
        QTest::addRow("%s/no id", p.constData()) << b << QStringList{"--reason", "withdrawn"} << "case id";
    }
}

void TestCliCases::shouldRejectBadCloseArguments()
{
    QFETCH(QString, backend);
    QFETCH(QStringList, args);
    QFETCH(QString, named);
    CB_BACKEND_DATABASE(db, m_closing, backend, prepareDemo);
    const qint64 open = caseIdByMrn(db, QStringLiteral("SH-2026-003845")); // work-up MZL case
    args.replaceInStrings(QStringLiteral("{open}"), QString::number(open));
    // WHEN the coordinator (who may close cases) gives bad arguments
    const CliRun r = CliRunner::run(db->url(), QStringLiteral("coordinator"),
                                    QStringList{"case", "close"} + args, demoLine());
    // THEN exit 2, one line naming the problem, and the case is untouched
    CB_EXPECT_EXIT(r, 2);
    CB_EXPECT_ONE_ERROR_LINE(r);
    QVERIFY2(r.errText().contains(named), qPrintable(r.describe()));
    QCOMPARE(stateOf(db, open), QStringLiteral("work_up"));
}

void TestCliCases::shouldRefuseClosingToRolesWithoutTheRight_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QStringList>("args");
    for (const QString& b : cb::test::backendNames())
        for (const char* user : {"viewer", "cardiology", "admin"}) {
            const QByteArray p = b.toLatin1();
            QTest::addRow("%s/%s, open case", p.constData(), user)
                << b << user << QStringList{"{open}", "--reason", "withdrawn"};
            QTest::addRow("%s/%s, malformed id", p.constData(), user)
                << b << user << QStringList{"abc", "--reason", "withdrawn"};
            QTest::addRow("%s/%s, unknown id", p.constData(), user)
                << b << user << QStringList{"999999", "--reason", "withdrawn"};
            QTest::addRow("%s/%s, closed case", p.constData(), user)
                << b << user << QStringList{"{closed}", "--reason", "withdrawn"};
            QTest::addRow("%s/%s, no reason", p.constData(), user) << b << user << QStringList{"{open}"};
        }
}

void TestCliCases::shouldRefuseClosingToRolesWithoutTheRight()
{
    QFETCH(QString, backend);
    QFETCH(QString, user);
    QFETCH(QStringList, args);
    CB_BACKEND_DATABASE(db, m_closing, backend, prepareDemo);
    const qint64 open = caseIdByMrn(db, QStringLiteral("SH-2026-003790")); // work-up LBCL case
    const qint64 closed = caseIdByMrn(db, QStringLiteral("SH-2026-002915"));
    args.replaceInStrings(QStringLiteral("{open}"), QString::number(open));
    args.replaceInStrings(QStringLiteral("{closed}"), QString::number(closed));
    // WHEN someone who may not close cases tries, whatever the id or arguments
    const CliRun r = CliRunner::run(db->url(), user, QStringList{"case", "close"} + args, passwordOf(user));
    // THEN 3 (authentication, then permission, then arguments and state), one line, case untouched
    CB_EXPECT_EXIT(r, 3);
    CB_EXPECT_ONE_ERROR_LINE(r);
    QCOMPARE(stateOf(db, open), QStringLiteral("work_up"));
}

void TestCliCases::shouldRefuseAWrongPassword_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("named");
    const QByteArray wrong = passwordLine(QStringLiteral("not-the-password"));
    for (const QString& b : cb::test::backendNames()) {
        const QByteArray p = b.toLatin1();
        QTest::addRow("%s/case list --json", p.constData())
            << b << "pulmonology" << wrong << QStringList{"case", "list", "--json"}
            << "Wrong username or password";
        QTest::addRow("%s/case show --json", p.constData())
            << b << "pulmonology" << wrong << QStringList{"case", "show", "1", "--json"}
            << "Wrong username or password";
        QTest::addRow("%s/case close", p.constData())
            << b << "pulmonology" << wrong << QStringList{"case", "close", "1", "--reason", "withdrawn"}
            << "Wrong username or password";
        QTest::addRow("%s/case close, malformed id", p.constData())
            << b << "pulmonology" << wrong << QStringList{"case", "close", "abc"}
            << "Wrong username or password";
        QTest::addRow("%s/user list --json", p.constData())
            << b << "admin" << wrong << QStringList{"user", "list", "--json"} << "Wrong username or password";
        QTest::addRow("%s/user disable", p.constData())
            << b << "admin" << wrong << QStringList{"user", "disable", "icu"} << "Wrong username or password";
        QTest::addRow("%s/unknown user", p.constData())
            << b << "mallory" << demoLine() << QStringList{"case", "list"} << "Wrong username or password";
        QTest::addRow("%s/empty standard input", p.constData())
            << b << "pulmonology" << QByteArray() << QStringList{"case", "list", "--json"} << "No password";
        QTest::addRow("%s/password with a trailing space", p.constData())
            << b << "pulmonology" << passwordLine(demoPassword() + QLatin1Char(' '))
            << QStringList{"case", "list"} << "Wrong username or password";
    }
}

void TestCliCases::shouldRefuseAWrongPassword()
{
    QFETCH(QString, backend);
    QFETCH(QString, user);
    QFETCH(QByteArray, input);
    QFETCH(QStringList, args);
    QFETCH(QString, named);
    CB_BACKEND_DATABASE(db, m_dbs, backend, prepareDemo);
    // WHEN the password on standard input is wrong (or missing)
    const CliRun r = CliRunner::run(db->url(), user, args, input);
    // THEN 3, nothing at all on standard output, one line on standard error
    CB_EXPECT_EXIT(r, 3);
    CB_EXPECT_ONE_ERROR_LINE(r);
    QVERIFY2(r.errText().contains(named), qPrintable(r.describe()));
    // AND the right password still works afterwards (a few failures do not lock)
    const bool admin = user == QLatin1String("admin");
    CB_EXPECT_EXIT(
        CliRunner::run(db->url(), user == QLatin1String("mallory") ? QStringLiteral("coordinator") : user,
                       admin ? QStringList{"user", "list"} : QStringList{"case", "list", "--state", "closed"},
                       demoLine()),
        0);
}

void TestCliCases::shouldRequireAUserForCaseCommands_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QStringList>("args");
    for (const QString& b : cb::test::backendNames()) {
        const QByteArray p = b.toLatin1();
        QTest::addRow("%s/list", p.constData()) << b << QStringList{"list", "--json"};
        QTest::addRow("%s/show", p.constData()) << b << QStringList{"show", "1"};
        QTest::addRow("%s/show malformed", p.constData()) << b << QStringList{"show", "abc"};
        QTest::addRow("%s/close", p.constData()) << b << QStringList{"close", "1", "--reason", "withdrawn"};
    }
}

void TestCliCases::shouldRequireAUserForCaseCommands()
{
    QFETCH(QString, backend);
    QFETCH(QStringList, args);
    CB_BACKEND_DATABASE(db, m_dbs, backend, prepareDemo);
    // WHEN a case command runs without --user (even with a password on standard input)
    const CliRun r = CliRunner::run(db->url(), {}, QStringList{"case"} + args, demoLine());
    // THEN 3, one line saying a user is needed
    CB_EXPECT_EXIT(r, 3);
    CB_EXPECT_ONE_ERROR_LINE(r);
    QVERIFY2(r.errText().contains(QLatin1String("--user")), qPrintable(r.describe()));
}

QTEST_GUILESS_MAIN(TestCliCases)
#include "TestCliCases.moc"
