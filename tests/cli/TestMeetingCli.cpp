// cellboard-cli meeting … through the real binary on a demo database: the JSON lists scripts
// rely on, scheduling and the agenda, the contract's exit codes for refusals and bad input.

#include "support/CliRunner.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using cb::test::CliRunner;

#define CB_EXPECT_EXIT(run, code)                                                                            \
    do {                                                                                                     \
        const auto r_ = (run);                                                                               \
        QVERIFY2(r_.exitCode == (code), qPrintable(r_.describe()));                                          \
    } while (false)

namespace {
const QByteArray kPassword = QByteArrayLiteral("meeting-test-password\n");
}

class TestMeetingCli : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_db;

    cb::test::CliRun meeting(const QString& user, const QStringList& args)
    {
        return CliRunner::run(m_db, user, QStringList{QStringLiteral("meeting")} + args, kPassword);
    }

    QJsonArray list()
    {
        const auto r =
            meeting(QStringLiteral("coordinator"), {QStringLiteral("list"), QStringLiteral("--json")});
        bool ok = false;
        const QJsonArray arr = r.json(&ok).array();
        if (!ok)
            qWarning("%s", qPrintable(r.describe()));
        return arr;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(CliRunner::binaryExists());
        m_db = m_dir.filePath(QStringLiteral("meetings.sqlite"));
        const auto r =
            CliRunner::run(m_db, {},
                           {QStringLiteral("init"), QStringLiteral("--demo"),
                            QStringLiteral("--demo-password"), QStringLiteral("meeting-test-password")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    }

    void shouldListPastAndUpcomingMeetingsWithIds()
    {
        const QJsonArray arr = list();
        QVERIFY(arr.size() >= 3);
        QStringList when;
        for (const QJsonValue& v : arr) {
            const QJsonObject o = v.toObject();
            QVERIFY(o.value(QStringLiteral("id")).toInteger() > 0);
            for (const char* key : {"starts_at", "type", "mode", "status", "when", "chair"})
                QVERIFY2(o.contains(QLatin1String(key)), key);
            when << o.value(QStringLiteral("when")).toString();
        }
        QVERIFY(when.contains(QStringLiteral("past")));
        QVERIFY(when.contains(QStringLiteral("upcoming")));
    }

    void shouldShowAgendaAttendanceAndSignedMinutes()
    {
        qint64 signedPast = 0;
        for (const QJsonValue& v : list())
            if (v.toObject().value(QStringLiteral("when")).toString() == QLatin1String("past") &&
                v.toObject().value(QStringLiteral("status")).toString() == QLatin1String("scheduled"))
                signedPast = v.toObject().value(QStringLiteral("id")).toInteger();
        QVERIFY(signedPast);
        const auto r =
            meeting(QStringLiteral("cardiology"),
                    {QStringLiteral("show"), QString::number(signedPast), QStringLiteral("--json")});
        bool ok = false;
        const QJsonObject o = r.json(&ok).object();
        QVERIFY2(ok, qPrintable(r.describe()));
        QCOMPARE(o.value(QStringLiteral("minutes")).toString(), QStringLiteral("signed"));
        QVERIFY(!o.value(QStringLiteral("agenda")).toArray().isEmpty());
        int present = 0;
        for (const QJsonValue& a : o.value(QStringLiteral("attendance")).toArray())
            present += a.toObject().value(QStringLiteral("presence")).toString() == QLatin1String("present");
        QVERIFY(present >= 4);
        // a signed meeting no longer changes: exit 4
        CB_EXPECT_EXIT(meeting(QStringLiteral("coordinator"),
                               {QStringLiteral("attend"), QString::number(signedPast), QStringLiteral("icu"),
                                QStringLiteral("--presence"), QStringLiteral("absent")}),
                       4);
    }

    void shouldScheduleAndBuildAnAgenda()
    {
        const auto s = meeting(QStringLiteral("coordinator"),
                               {QStringLiteral("schedule"), QStringLiteral("--at"),
                                QStringLiteral("2030-03-04T16:00:00+08:00"), QStringLiteral("--type"),
                                QStringLiteral("pre_lymphodepletion"), QStringLiteral("--mode"),
                                QStringLiteral("virtual"), QStringLiteral("--duration"), QStringLiteral("45"),
                                QStringLiteral("--json")});
        bool ok = false;
        const qint64 id = s.json(&ok).object().value(QStringLiteral("id")).toInteger();
        QVERIFY2(ok && id > 0, qPrintable(s.describe()));
        const QString mid = QString::number(id);
        CB_EXPECT_EXIT(meeting(QStringLiteral("coordinator"),
                               {QStringLiteral("agenda-add"), mid, QStringLiteral("1"),
                                QStringLiteral("--presenter"), QStringLiteral("Dr Zhang")}),
                       0);
        CB_EXPECT_EXIT(
            meeting(QStringLiteral("coordinator"), {QStringLiteral("agenda-add"), mid, QStringLiteral("3")}),
            0);
        CB_EXPECT_EXIT(
            meeting(QStringLiteral("coordinator"), {QStringLiteral("agenda-move"), mid, QStringLiteral("3"),
                                                    QStringLiteral("--by"), QStringLiteral("-1")}),
            0);
        // the presenter's case gets a longer slot; the presenter stays; out-of-range slots are refused
        CB_EXPECT_EXIT(
            meeting(QStringLiteral("coordinator"), {QStringLiteral("agenda-set"), mid, QStringLiteral("1"),
                                                    QStringLiteral("--slot"), QStringLiteral("25")}),
            0);
        CB_EXPECT_EXIT(
            meeting(QStringLiteral("coordinator"), {QStringLiteral("agenda-set"), mid, QStringLiteral("1"),
                                                    QStringLiteral("--slot"), QStringLiteral("500")}),
            2);
        CB_EXPECT_EXIT(
            meeting(QStringLiteral("coordinator"), {QStringLiteral("agenda-set"), mid, QStringLiteral("2"),
                                                    QStringLiteral("--slot"), QStringLiteral("5")}),
            2);
        CB_EXPECT_EXIT(
            meeting(QStringLiteral("cardiology"), {QStringLiteral("agenda-set"), mid, QStringLiteral("1"),
                                                   QStringLiteral("--slot"), QStringLiteral("5")}),
            3);
        const auto show =
            meeting(QStringLiteral("chair"), {QStringLiteral("show"), mid, QStringLiteral("--json")});
        const QJsonArray agenda = show.json(&ok).object().value(QStringLiteral("agenda")).toArray();
        QCOMPARE(agenda.size(), 2);
        QCOMPARE(agenda.at(1).toObject().value(QStringLiteral("slot_minutes")).toInt(), 25);
        QCOMPARE(agenda.at(0).toObject().value(QStringLiteral("case_id")).toInteger(), 3);
        QCOMPARE(agenda.at(1).toObject().value(QStringLiteral("presenter")).toString(),
                 QStringLiteral("Dr Zhang"));
        QVERIFY(!agenda.at(0).toObject().value(QStringLiteral("ready")).toBool());
        QCOMPARE(show.json(&ok).object().value(QStringLiteral("type")).toString(),
                 QStringLiteral("pre_lymphodepletion"));
    }

    void shouldExitWithTheContractCode_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("a cardiologist may not schedule")
            << "cardiology" << QStringList{"schedule", "--at", "2030-01-01T10:00:00Z"} << 3;
        QTest::newRow("a coordinator may not sign minutes")
            << "coordinator" << QStringList{"sign-minutes", "1"} << 3;
        QTest::newRow("an administrator reads no meetings") << "admin" << QStringList{"list"} << 3;
        QTest::newRow("no time") << "coordinator" << QStringList{"schedule", "--at", "next tuesday"} << 2;
        QTest::newRow("unknown type")
            << "coordinator" << QStringList{"schedule", "--at", "2030-01-01T10:00:00Z", "--type", "party"}
            << 2;
        QTest::newRow("too short") << "coordinator"
                                   << QStringList{"schedule", "--at", "2030-01-01T10:00:00Z", "--duration",
                                                  "1"}
                                   << 2;
        QTest::newRow("no such meeting") << "coordinator" << QStringList{"show", "9999"} << 2;
        QTest::newRow("malformed id") << "coordinator" << QStringList{"show", "abc"} << 2;
        QTest::newRow("unknown subcommand") << "coordinator" << QStringList{"dance"} << 2;
        QTest::newRow("bad presence")
            << "coordinator" << QStringList{"attend", "4", "icu", "--presence", "asleep"} << 2;
        QTest::newRow("cancel without reason") << "coordinator" << QStringList{"cancel", "4"} << 2;
        QTest::newRow("future minutes") << "chair" << QStringList{"sign-minutes", "4"} << 4;
        QTest::newRow("wrong password") << "nobody" << QStringList{"list"} << 3;
    }
    void shouldExitWithTheContractCode()
    {
        QFETCH(QString, user);
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        const auto r = meeting(user, args);
        QVERIFY2(r.exitCode == exitCode, qPrintable(r.describe()));
        if (exitCode != 0)
            QVERIFY2(!r.errLines().isEmpty(), qPrintable(r.describe()));
    }

    void shouldExportMinutesOfAnyMeeting_data()
    {
        QTest::addColumn<QString>("when");
        QTest::addColumn<bool>("draft");
        QTest::newRow("held and signed") << "past" << false;
        QTest::newRow("not yet held") << "upcoming" << true;
    }
    void shouldExportMinutesOfAnyMeeting()
    {
        QFETCH(QString, when);
        QFETCH(bool, draft);
        qint64 id = 0;
        for (const QJsonValue& v : list())
            if (v.toObject().value(QStringLiteral("when")).toString() == when &&
                v.toObject().value(QStringLiteral("status")).toString() == QLatin1String("scheduled") &&
                v.toObject().value(QStringLiteral("agenda_cases")).toInt() > 0)
                id = v.toObject().value(QStringLiteral("id")).toInteger();
        QVERIFY(id);
        const QString file = m_dir.filePath(QStringLiteral("minutes-%1.pdf").arg(id));
        const auto r =
            CliRunner::run(m_db, QStringLiteral("chair"),
                           {QStringLiteral("export"), QStringLiteral("minutes"), QString::number(id),
                            QStringLiteral("-o"), file, QStringLiteral("--json")},
                           kPassword);
        bool ok = false;
        const QJsonObject o = r.json(&ok).object();
        QVERIFY2(ok, qPrintable(r.describe()));
        QCOMPARE(o.value(QStringLiteral("draft")).toBool(), draft);
        QVERIFY(QFileInfo(file).size() > 1000);
        QVERIFY((QFileInfo(file).permissions() & (QFile::ReadGroup | QFile::ReadOther)) == 0);
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            return; // the text checks need poppler-utils (installed by packaging/cellboard-dev test)
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), file, QStringLiteral("-")});
        QVERIFY(p.waitForFinished(60000));
        const QString text = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(text.contains(QStringLiteral("Attendance")), qPrintable(text.left(2000)));
        QVERIFY(text.contains(QStringLiteral("Dr Helen Zhang")));
        QCOMPARE(text.contains(QStringLiteral("DRAFT")), draft);
        if (!draft) {
            QVERIFY(text.contains(QStringLiteral("Verdict:")));
            QVERIFY(text.contains(QStringLiteral("SHA-256")));
        }
        // wrong id and missing -o are bad input
        QCOMPARE(CliRunner::run(m_db, QStringLiteral("chair"),
                                {QStringLiteral("export"), QStringLiteral("minutes"), QStringLiteral("9999"),
                                 QStringLiteral("-o"), file},
                                kPassword)
                     .exitCode,
                 2);
        QCOMPARE(CliRunner::run(m_db, QStringLiteral("chair"),
                                {QStringLiteral("export"), QStringLiteral("minutes"), QString::number(id)},
                                kPassword)
                     .exitCode,
                 2);
    }

    void shouldListOpenActionsOverdueFirst()
    {
        const auto r =
            meeting(QStringLiteral("chair"), {QStringLiteral("actions"), QStringLiteral("--json")});
        bool ok = false;
        const QJsonArray arr = r.json(&ok).array();
        QVERIFY2(ok, qPrintable(r.describe()));
        QVERIFY(!arr.isEmpty());
        bool seenOnTime = false;
        for (const QJsonValue& v : arr) {
            const bool overdue = v.toObject().value(QStringLiteral("overdue")).toBool();
            QVERIFY2(!(overdue && seenOnTime), "overdue actions come first");
            seenOnTime = seenOnTime || !overdue;
            QCOMPARE(v.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("open"));
        }
        // --all adds done and cancelled ones after the open ones; each names its verdict and meeting
        const auto all = meeting(QStringLiteral("chair"), {QStringLiteral("actions"), QStringLiteral("--all"),
                                                           QStringLiteral("--json")});
        const QJsonArray every = all.json(&ok).array();
        QVERIFY2(ok, qPrintable(all.describe()));
        QVERIFY(every.size() >= arr.size());
        bool seenClosed = false, inMeeting = false;
        for (const QJsonValue& v : every) {
            const QJsonObject o = v.toObject();
            const bool closed = o.value(QStringLiteral("status")).toString() != QLatin1String("open");
            QVERIFY2(!(seenClosed && !closed), "done and cancelled actions come last");
            seenClosed = seenClosed || closed;
            QVERIFY(o.value(QStringLiteral("decision_id")).toInteger() > 0);
            QVERIFY(o.contains(QStringLiteral("meeting_id")));
            inMeeting = inMeeting || o.value(QStringLiteral("meeting_id")).toInteger() > 0;
        }
        QVERIFY(inMeeting);
        QCOMPARE(CliRunner::run(m_db, {}, {QStringLiteral("audit"), QStringLiteral("verify")}).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestMeetingCli)
#include "TestMeetingCli.moc"
