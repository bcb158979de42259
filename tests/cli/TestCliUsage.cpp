#include "support/CliRunner.h"

#include <QTest>

using cb::test::CliRun;
using cb::test::CliRunner;

// cellboard-cli without a database: help, version, and the usage errors of DESIGN.md §5
// (exit 2, the problem named on standard error, nothing on standard output).
class TestCliUsage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void shouldPrintHelpAndVersion_data();
    void shouldPrintHelpAndVersion();
    void shouldRejectUnknownCommandsAndUsage_data();
    void shouldRejectUnknownCommandsAndUsage();
};

void TestCliUsage::initTestCase()
{
    QVERIFY2(CliRunner::binaryExists(), qPrintable(CliRunner::binary() + QStringLiteral(" has not been built")));
}

void TestCliUsage::shouldPrintHelpAndVersion_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");
    QTest::newRow("--help") << QStringList{"--help"} << "Commands:";
    QTest::newRow("help") << QStringList{"help"} << "Exit codes";
    QTest::newRow("help case") << QStringList{"help", "case"} << "case close ID --reason R";
    QTest::newRow("case --help") << QStringList{"case", "--help"} << "case show ID";
    QTest::newRow("user --help") << QStringList{"user", "--help"} << "reset-password";
    QTest::newRow("audit --help") << QStringList{"audit", "--help"} << "audit entry SEQ";
    QTest::newRow("init --help") << QStringList{"init", "--help"} << "--demo-password";
    QTest::newRow("--version") << QStringList{"--version"} << "cellboard-cli 0.";
}

void TestCliUsage::shouldPrintHelpAndVersion()
{
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    // WHEN help or the version is asked for
    const CliRun r = CliRunner::runRaw(args);
    // THEN it is printed on standard output, exit 0, nothing on standard error
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY2(r.outText().contains(expected), qPrintable(r.describe()));
    QVERIFY2(r.err.isEmpty(), qPrintable(r.describe()));
}

void TestCliUsage::shouldRejectUnknownCommandsAndUsage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("named"); // what the first stderr line must name
    QTest::newRow("unknown command") << QStringList{"frobnicate"} << "frobnicate";
    QTest::newRow("unknown command after options") << QStringList{"--db", "/nonexistent/x.sqlite", "export-all"}
                                                   << "export-all";
    QTest::newRow("no command") << QStringList{} << "Usage";
    QTest::newRow("--db without a value") << QStringList{"--db"} << "--db";
    QTest::newRow("--user without a value") << QStringList{"case", "list", "--user"} << "--user";
    QTest::newRow("unknown case subcommand") << QStringList{"case", "delete", "1"} << "delete";
    QTest::newRow("unknown user subcommand") << QStringList{"user", "promote", "x"} << "promote";
    QTest::newRow("unknown audit subcommand") << QStringList{"audit", "repair"} << "repair";
    QTest::newRow("case without subcommand") << QStringList{"case"} << "Usage";
    QTest::newRow("audit entry without a number") << QStringList{"audit", "entry"} << "sequence number";
}

void TestCliUsage::shouldRejectUnknownCommandsAndUsage()
{
    QFETCH(QStringList, args);
    QFETCH(QString, named);
    // WHEN the command line is wrong
    const CliRun r = CliRunner::runRaw(args);
    // THEN exit 2, stdout empty, and standard error starts with a line naming the problem
    QVERIFY2(r.finished && r.exitCode == 2, qPrintable(r.describe()));
    QVERIFY2(r.out.isEmpty(), qPrintable(r.describe()));
    QVERIFY2(!r.errLines().isEmpty() && r.errLines().first().contains(named), qPrintable(r.describe()));
}

QTEST_GUILESS_MAIN(TestCliUsage)
#include "TestCliUsage.moc"
