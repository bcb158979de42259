// cellboard-cli speaks the workstation's language (LocalSettings ui/language, as the settings
// dialog writes it) in messages for people; ids, JSON and exit codes stay the same.

#include "support/CliRunner.h"

#include <QDir>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using cb::test::CliRunner;

class TestCliLanguage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static void chooseLanguage(const QString& language)
    {
        const QString dataDir = qEnvironmentVariable("CELLBOARD_DATA_DIR");
        QDir().mkpath(dataDir);
        QSettings ini(dataDir + QStringLiteral("/cellboard.ini"), QSettings::IniFormat);
        ini.setValue(QStringLiteral("ui/language"), language);
        ini.sync();
    }

    QString db() const { return m_dir.filePath(QStringLiteral("language.sqlite")); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(!qEnvironmentVariableIsEmpty("CELLBOARD_DATA_DIR"));
        QVERIFY2(CliRunner::binaryExists(), qPrintable(CliRunner::binary()));
    }

    void cleanupTestCase() { chooseLanguage(QStringLiteral("system")); }

    void shouldSpeakChineseWhenTheWorkstationChoseIt()
    {
        // GIVEN Simplified Chinese chosen on this workstation
        chooseLanguage(QStringLiteral("zh_CN"));
        // WHEN the database is created THEN the report is Chinese
        const auto init = CliRunner::run(db(), {}, {QStringLiteral("init")});
        QCOMPARE(init.exitCode, 0);
        QVERIFY2(init.outText().contains(QStringLiteral("数据库已就绪")), qPrintable(init.describe()));
        // WHEN a command needs a user and gets none THEN exit 3 with one Chinese line, JSON untouched
        const auto denied = CliRunner::run(
            db(), {}, {QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(denied.exitCode, 3);
        QVERIFY(denied.out.isEmpty());
        QCOMPARE(denied.errLines().size(), 1);
        QVERIFY2(denied.errText().contains(QStringLiteral("此命令需要用户")), qPrintable(denied.describe()));
    }

    void shouldSpeakEnglishWhenTheWorkstationChoseIt()
    {
        chooseLanguage(QStringLiteral("en"));
        const auto denied = CliRunner::run(db(), {}, {QStringLiteral("case"), QStringLiteral("list")});
        QCOMPARE(denied.exitCode, 3);
        QVERIFY2(denied.errText().contains(QStringLiteral("This command needs a user")),
                 qPrintable(denied.describe()));
    }
};

QTEST_GUILESS_MAIN(TestCliLanguage)
#include "TestCliLanguage.moc"
