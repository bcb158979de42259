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
};

QTEST_GUILESS_MAIN(TestSettingCli)
#include "TestSettingCli.moc"
