#include "cli/CliFixture.h"
#include "core/Patient.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using cb::test::CliRun;
using cb::test::CliRunner;
using cb::test::demoPassword;
using cb::test::passwordLine;

namespace {

QString logDir()
{
    return qEnvironmentVariable("CELLBOARD_DATA_DIR") + QStringLiteral("/logs");
}

struct Phi
{
    QString what;
    QString text;
    bool wholeWord; // Latin names: case-insensitive whole word; Han names and MRNs: exact text
};

// Every demo patient's family name, given name, display name and MRN.
QList<Phi> demoPhi()
{
    QList<Phi> out;
    auto isHan = [](const QString& s) {
        for (const QChar c : s)
            if (QChar::script(c.unicode()) == QChar::Script_Han)
                return true;
        return false;
    };
    for (const QJsonValue& v : cb::test::demoCases()) {
        const QJsonObject p = v.toObject().value(QStringLiteral("patient")).toObject();
        const QString family = p.value(QStringLiteral("family_name")).toString();
        const QString given = p.value(QStringLiteral("given_name")).toString();
        const QString mrn = p.value(QStringLiteral("mrn")).toString();
        const bool han = isHan(family + given);
        out << Phi{QStringLiteral("family name"), family, !han}
            << Phi{QStringLiteral("given name"), given, !han}
            << Phi{QStringLiteral("display name"), cb::core::Patient::displayName(family, given), !han}
            << Phi{QStringLiteral("MRN"), mrn, false};
        // the MRN's digits alone, as a search or a careless format might write them
        out << Phi{QStringLiteral("MRN number"), mrn.section(QLatin1Char('-'), -1), true};
    }
    return out;
}

bool contains(const QString& text, const Phi& phi)
{
    if (!phi.wholeWord)
        return text.contains(phi.text);
    const QRegularExpression re(
        QStringLiteral("(?<![\\w'-])") + QRegularExpression::escape(phi.text) + QStringLiteral("(?![\\w'-])"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return re.match(text).hasMatch();
}

// What of the demo patients' data the text holds, e.g. {"family name \"Becker\""}.
QStringList leaksIn(const QString& text)
{
    QStringList leaks;
    for (const Phi& phi : demoPhi())
        if (contains(text, phi))
            leaks << QStringLiteral("%1 \"%2\"").arg(phi.what, phi.text);
    return leaks;
}

} // namespace

// DESIGN.md §4/§6: logs hold case and user ids only — never names, MRNs or free text. A scripted
// CLI session on the demo program (list, show every case, close one with a note naming the
// patient, failed logins, bad ids), then every file in CELLBOARD_DATA_DIR/logs is searched for
// every demo patient's names and MRN.
class TestCliLogScan : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void shouldRecogniseEveryKindOfLeak_data();
    void shouldRecogniseEveryKindOfLeak();
    void shouldKeepPatientDataOutOfTheLogs_data() { cb::test::addBackendRows(); }
    void shouldKeepPatientDataOutOfTheLogs();
};

void TestCliLogScan::initTestCase()
{
    QVERIFY2(CliRunner::binaryExists(),
             qPrintable(CliRunner::binary() + QStringLiteral(" has not been built")));
    // the CLI must write its logs where this test looks: the private data directory ctest sets
    QVERIFY2(qEnvironmentVariableIsSet("CELLBOARD_DATA_DIR"),
             "run through ctest: CELLBOARD_DATA_DIR is not set");
}

void TestCliLogScan::shouldRecogniseEveryKindOfLeak_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("leak");
    QTest::newRow("clean line") << "2026-11-25T10:00:00.000+00:00 [info] case 3 opened by user 2" << false;
    QTest::newRow("clean ids and hashes")
        << "audit entry 32 hash 8dcb3d08713d2f9b; user 9 login.success" << false;
    QTest::newRow("latin display name") << "opened Becker, Thomas" << true;
    QTest::newRow("latin family name in lower case") << "search text: becker" << true;
    QTest::newRow("given name") << "Dear Margaret" << true;
    QTest::newRow("han full name") << "patient 王建国" << true;
    QTest::newRow("han given name") << "given=建国" << true;
    QTest::newRow("mrn") << "mrn=SH-2026-003412" << true;
    QTest::newRow("mrn digits") << "looked up 003412" << true;
    QTest::newRow("name inside another word") << "Beckerstrasse" << false;
}

void TestCliLogScan::shouldRecogniseEveryKindOfLeak()
{
    QFETCH(QString, line);
    QFETCH(bool, leak);
    // the scan below is only as good as its matcher: it must catch each kind of PHI, and only PHI
    QCOMPARE(!leaksIn(line).isEmpty(), leak);
}

void TestCliLogScan::shouldKeepPatientDataOutOfTheLogs()
{
    QFETCH(QString, backend);
    CB_TEST_DATABASE(tdb, backend);
    // GIVEN no logs yet
    QDir(logDir()).removeRecursively();
    const QString url = tdb.url();
    const QByteArray pw = passwordLine(demoPassword());
    QStringList failures;
    auto run = [&](const QString& user, const QStringList& args, const QByteArray& input, int expected) {
        const CliRun r = CliRunner::run(url, user, args, input);
        if (!r.finished || r.exitCode != expected)
            failures << args.join(QLatin1Char(' ')) + QStringLiteral(": ") + r.describe();
        return r;
    };
    // WHEN a working session runs on the demo program
    run({}, {"init", "--demo", "--demo-password", demoPassword()}, {}, 0);
    const CliRun list = run(QStringLiteral("coordinator"), {"case", "list", "--json"}, pw, 0);
    run(QStringLiteral("coordinator"), {"case", "list"}, pw, 0);
    run(QStringLiteral("chair"), {"case", "list", "--state", "in_review"}, pw, 0);
    bool ok = false;
    const QJsonArray cases = list.json(&ok).array();
    QVERIFY2(ok && cases.size() == cb::test::demoCases().size(), qPrintable(list.describe()));
    qint64 toClose = 0;
    QString closeeFamily;
    for (const QJsonValue& v : cases) {
        const QString id = QString::number(v.toObject().value(QStringLiteral("id")).toInteger());
        run(QStringLiteral("hematology"), {"case", "show", id}, pw, 0);
        if (cases.first() == v || cases.last() == v)
            run(QStringLiteral("nursing"), {"case", "show", id, "--json"}, pw, 0);
        if (!toClose && v.toObject().value(QStringLiteral("state")).toString() == QLatin1String("referred")) {
            toClose = id.toLongLong();
            closeeFamily =
                v.toObject().value(QStringLiteral("patient")).toString().section(QLatin1Char(','), 0, 0);
        }
    }
    QVERIFY(toClose > 0);
    // a note that names the patient, as users write them
    run(QStringLiteral("coordinator"),
        {"case", "close", QString::number(toClose), "--reason", "transferred", "--detail",
         QStringLiteral("Patient %1 moved to another centre").arg(closeeFamily)},
        pw, 0);
    run(QStringLiteral("coordinator"), {"case", "close", QString::number(toClose), "--reason", "completed"},
        pw, 4);
    run(QStringLiteral("cardiology"), {"case", "close", QString::number(toClose), "--reason", "completed"},
        pw, 3);
    run(QStringLiteral("coordinator"), {"case", "list"}, passwordLine(QStringLiteral("wrong-password")), 3);
    run(QStringLiteral("mallory"), {"case", "list"}, pw, 3);
    run(QStringLiteral("coordinator"), {"case", "show", "999999"}, pw, 2);
    run(QStringLiteral("coordinator"), {"case", "show", "SH-2026-003412"}, pw, 2);
    run(QStringLiteral("coordinator"), {"case", "list", "--state", "Becker"}, pw, 2);
    run(QStringLiteral("admin"), {"user", "list", "--json"}, pw, 0);
    run({}, {"audit", "verify"}, {}, 0);
    run({}, {"audit", "entry", "1"}, {}, 0);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));

    // THEN the session was logged at all, where this test looks
    QString logs;
    QStringList files;
    QDirIterator it(logDir(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
        logs += QString::fromUtf8(f.readAll()) + QLatin1Char('\n');
        files << path;
    }
    QVERIFY2(!files.isEmpty(), qPrintable(QStringLiteral("no log files in ") + logDir()));
    QVERIFY2(logs.contains(QStringLiteral("case %1 closed").arg(toClose)), qPrintable(logs.right(2000)));
    QVERIFY2(logs.contains(QLatin1String("opened by user")), qPrintable(logs.right(2000)));
    // AND no demo patient's name or MRN appears in any of them
    const QStringList leaks = leaksIn(logs);
    QVERIFY2(leaks.isEmpty(), qPrintable(QStringLiteral("PHI in the logs (%1): %2\n%3")
                                             .arg(files.join(QStringLiteral(", ")),
                                                  leaks.join(QStringLiteral("; ")), logs.right(3000))));
}

QTEST_GUILESS_MAIN(TestCliLogScan)
#include "TestCliLogScan.moc"
