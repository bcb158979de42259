// cellboard-cli setting list|set through the real binary: administrators change the review
// quorum, others are refused (exit 3), bad values are bad input (exit 2), changes are audited.

#include "support/CliRunner.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using cb::test::CliRunner;

namespace {
const QByteArray kPassword = QByteArrayLiteral("setting-test-password\n");
}

class TestSettingCli : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_db;

private slots:
    void initTestCase()
    {
        QVERIFY(CliRunner::binaryExists());
        m_db = m_dir.filePath(QStringLiteral("settings.sqlite"));
        const auto r =
            CliRunner::run(m_db, {},
                           {QStringLiteral("init"), QStringLiteral("--demo"),
                            QStringLiteral("--demo-password"), QStringLiteral("setting-test-password")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    }

    void shouldExitWithTheContractCode_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("admin sets quorum")
            << "admin"
            << QStringList{"set", "review.required_disciplines",
                           "hematology,cardiology,neurology,pulmonology,icu,nursing"}
            << 0;
        QTest::newRow("chair may not")
            << "chair" << QStringList{"set", "session.idle_lock_minutes", "10"} << 3;
        QTest::newRow("unknown discipline")
            << "admin" << QStringList{"set", "review.required_disciplines", "dentistry"} << 2;
        QTest::newRow("empty quorum")
            << "admin" << QStringList{"set", "review.required_disciplines", ""} << 2;
        QTest::newRow("idle out of range")
            << "admin" << QStringList{"set", "session.idle_lock_minutes", "0"} << 2;
        QTest::newRow("unknown key") << "admin" << QStringList{"set", "no.such.key", "1"} << 2;
        QTest::newRow("demo marker is not settable")
            << "admin" << QStringList{"set", "database.demo", "0"} << 2;
        QTest::newRow("list as viewer-like coordinator") << "coordinator" << QStringList{"list"} << 0;
        QTest::newRow("admin sets grading conventions")
            << "admin" << QStringList{"set", "grading.conventions", R"({"vasopressin_alone_grade": 2})"} << 0;
        QTest::newRow("coordinator may not set grading conventions")
            << "coordinator" << QStringList{"set", "grading.conventions", "{}"} << 3;
        QTest::newRow("malformed grading conventions")
            << "admin" << QStringList{"set", "grading.conventions", R"({"vasopressin_alone_grade": 5})"} << 2;
        QTest::newRow("grading conventions not JSON")
            << "admin" << QStringList{"set", "grading.conventions", "grade 3"} << 2;
        QTest::newRow("admin checks labels against the US FDA")
            << "admin" << QStringList{"set", "checklist.label_jurisdiction", "us_fda"} << 0;
        QTest::newRow("admin checks labels against China's NMPA")
            << "admin" << QStringList{"set", "checklist.label_jurisdiction", "cn_nmpa"} << 0;
        QTest::newRow("unknown label jurisdiction")
            << "admin" << QStringList{"set", "checklist.label_jurisdiction", "uk_mhra"} << 2;
        QTest::newRow("admin requires a meeting for the verdict")
            << "admin" << QStringList{"set", "meeting.required_for_verdict", "true"} << 0;
        QTest::newRow("admin lets a verdict outside a meeting be recorded")
            << "admin" << QStringList{"set", "meeting.required_for_verdict", "no"} << 0;
        QTest::newRow("a meeting requirement is yes or no")
            << "admin" << QStringList{"set", "meeting.required_for_verdict", "sometimes"} << 2;
        QTest::newRow("chair may not change the meeting requirement")
            << "chair" << QStringList{"set", "meeting.required_for_verdict", "false"} << 3;
    }
    void shouldExitWithTheContractCode()
    {
        QFETCH(QString, user);
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        const auto r = CliRunner::run(m_db, user, QStringList{QStringLiteral("setting")} + args, kPassword);
        QVERIFY2(r.exitCode == exitCode, qPrintable(r.describe()));
        if (exitCode != 0)
            QCOMPARE(r.errLines().size(), 1);
    }

    void shouldListSettingsAsJsonWithIds()
    {
        const auto set = CliRunner::run(m_db, QStringLiteral("admin"),
                                        {QStringLiteral("setting"), QStringLiteral("set"),
                                         QStringLiteral("session.idle_lock_minutes"), QStringLiteral("20")},
                                        kPassword);
        QCOMPARE(set.exitCode, 0);
        const auto r = CliRunner::run(
            m_db, QStringLiteral("chair"),
            {QStringLiteral("setting"), QStringLiteral("list"), QStringLiteral("--json")}, kPassword);
        bool ok = false;
        const QJsonArray arr = r.json(&ok).array();
        QVERIFY2(ok, qPrintable(r.describe()));
        bool found = false;
        for (const QJsonValue& v : arr) {
            QVERIFY(v.toObject().contains(QStringLiteral("id")));
            if (v.toObject().value(QStringLiteral("id")).toString() ==
                QLatin1String("session.idle_lock_minutes")) {
                QCOMPARE(v.toObject().value(QStringLiteral("value")).toString(), QStringLiteral("20"));
                found = true;
            }
        }
        QVERIFY(found);
        // and the chain still verifies with the changes in it
        QCOMPARE(CliRunner::run(m_db, {}, {QStringLiteral("audit"), QStringLiteral("verify")}).exitCode, 0);
    }

    void shouldRefuseAVerdictOutsideAMeetingOnlyWhenTheSettingRequiresOne()
    {
        const auto run = [this](const QString& user, const QStringList& args) {
            return CliRunner::run(m_db, user, args, kPassword);
        };
        // GIVEN a meeting required for the verdict (stored as true whatever was typed)
        auto r = run(QStringLiteral("admin"),
                     {QStringLiteral("setting"), QStringLiteral("set"),
                      QStringLiteral("meeting.required_for_verdict"), QStringLiteral("YES")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.contains("meeting.required_for_verdict = true"), qPrintable(r.describe()));
        // AND the demo case ready for the board, on the agenda of next week's meeting only
        r = run(QStringLiteral("coordinator"),
                {QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--state"),
                 QStringLiteral("ready_for_board"), QStringLiteral("--json")});
        bool ok = false;
        const QJsonArray cases = r.json(&ok).array();
        QVERIFY2(ok && !cases.isEmpty(), qPrintable(r.describe()));
        const QString id = cases.first().toObject().value(QStringLiteral("id")).toVariant().toString();
        r = run(QStringLiteral("chair"),
                {QStringLiteral("decision"), QStringLiteral("record"), id, QStringLiteral("--verdict"),
                 QStringLiteral("eligible"), QStringLiteral("--consent"), QStringLiteral("pending"),
                 QStringLiteral("--rationale"), QStringLiteral("Discussed in the clinic.")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        // WHEN the chair signs now THEN it is refused (exit 4), naming the setting
        r = run(QStringLiteral("chair"), {QStringLiteral("decision"), QStringLiteral("sign"), id});
        QVERIFY2(r.exitCode == 4, qPrintable(r.describe()));
        QCOMPARE(r.errLines().size(), 1);
        QVERIFY2(r.errLines().first().contains(QStringLiteral("meeting.required_for_verdict")),
                 qPrintable(r.describe()));
        // WHEN the program only records it THEN the verdict is signed, stored as outside a meeting
        r = run(QStringLiteral("admin"),
                {QStringLiteral("setting"), QStringLiteral("set"),
                 QStringLiteral("meeting.required_for_verdict"), QStringLiteral("false")});
        QCOMPARE(r.exitCode, 0);
        r = run(QStringLiteral("chair"), {QStringLiteral("decision"), QStringLiteral("sign"), id});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        r = run(QStringLiteral("chair"),
                {QStringLiteral("decision"), QStringLiteral("show"), id, QStringLiteral("--json")});
        const QJsonObject attendance = r.json(&ok)
                                           .object()
                                           .value(QStringLiteral("quorum"))
                                           .toObject()
                                           .value(QStringLiteral("attendance"))
                                           .toObject();
        QVERIFY2(ok && !attendance.isEmpty(), qPrintable(r.describe()));
        QCOMPARE(attendance.value(QStringLiteral("meeting_id")).toInteger(), 0);
        QCOMPARE(attendance.value(QStringLiteral("meeting_required")).toBool(), false);
        // AND the audit trail, the refusal in it, still verifies
        QCOMPARE(CliRunner::run(m_db, {}, {QStringLiteral("audit"), QStringLiteral("verify")}).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestSettingCli)
#include "TestSettingCli.moc"
