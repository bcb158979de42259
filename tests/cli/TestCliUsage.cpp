#include "support/CliRunner.h"

#include <QFile>
#include <QRegularExpression>
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
    void shouldDocumentEveryCommandInTheManPage_data();
    void shouldDocumentEveryCommandInTheManPage();
};

void TestCliUsage::initTestCase()
{
    QVERIFY2(CliRunner::binaryExists(),
             qPrintable(CliRunner::binary() + QStringLiteral(" has not been built")));
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
    QTest::newRow("unknown command after options")
        << QStringList{"--db", "/nonexistent/x.sqlite", "export-all"} << "export-all";
    QTest::newRow("no command") << QStringList{} << "Usage";
    QTest::newRow("help for an unknown command") << QStringList{"help", "frobnicate"} << "frobnicate";
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

namespace {

// The man page as text to search: roff's \- becomes -, the font escapes \fB, \fI, \fR go.
QString manPageText(QString* error)
{
    QFile f(QStringLiteral(CB_SOURCE_DIR "/packaging/man/cellboard-cli.1"));
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.fileName() + QStringLiteral(": ") + f.errorString();
        return {};
    }
    QString text = QString::fromUtf8(f.readAll());
    text.replace(QStringLiteral("\\-"), QStringLiteral("-"));
    text.remove(QRegularExpression(QStringLiteral("\\\\f[BIR]")));
    return text;
}

// The subcommand words of `cellboard-cli help COMMAND`: on each usage line, the word after
// COMMAND when it is one (lower case, e.g. "agenda-set", or "crs|icans|ice|hematotox"), not a
// placeholder (CASE), an option (--demo) or an optional part ([--json]).
QStringList subcommandsIn(const QString& usage, const QString& command)
{
    static const QRegularExpression word(QStringLiteral("^[a-z][a-z0-9-]*(\\|[a-z][a-z0-9-]*)*$"));
    QStringList subs;
    for (const QString& line : usage.split(QLatin1Char('\n'))) {
        const QStringList words = line.simplified().split(QLatin1Char(' '));
        const qsizetype cli = words.indexOf(QStringLiteral("cellboard-cli"));
        if (cli < 0)
            continue;
        const qsizetype at = words.indexOf(command, cli + 1);
        if (at < 0)
            continue;
        if (at + 1 < words.size() && word.match(words.at(at + 1)).hasMatch()) {
            if (!subs.contains(words.at(at + 1)))
                subs << words.at(at + 1);
        } else if (!subs.contains(QString())) {
            subs << QString(); // the command takes no subcommand
        }
    }
    return subs;
}

} // namespace

void TestCliUsage::shouldDocumentEveryCommandInTheManPage_data()
{
    // One row per command that `cellboard-cli help` lists (the lines under "Commands:").
    QTest::addColumn<QString>("command");
    const CliRun r = CliRunner::runRaw({QStringLiteral("help")});
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
    bool inCommands = false;
    int rows = 0;
    for (const QString& line : r.outText().split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("Commands:"))) {
            inCommands = true;
            continue;
        }
        if (!inCommands)
            continue;
        if (line.trimmed().isEmpty())
            break;
        const QString command = line.simplified().section(QLatin1Char(' '), 0, 0);
        QTest::newRow(qPrintable(command)) << command;
        ++rows;
    }
    QVERIFY2(rows >= 10, qPrintable(QStringLiteral("too few commands found in:\n") + r.outText()));
}

void TestCliUsage::shouldDocumentEveryCommandInTheManPage()
{
    QFETCH(QString, command);
    // GIVEN the man page of the source tree and the command's usage from the binary
    QString error;
    const QString page = manPageText(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const CliRun r = CliRunner::runRaw({QStringLiteral("help"), command});
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
    const QStringList subs = subcommandsIn(r.outText(), command);
    QVERIFY2(!subs.isEmpty(), qPrintable(QStringLiteral("no usage line names ") + command +
                                         QStringLiteral(":\n") + r.outText()));
    // THEN every "COMMAND SUBCOMMAND" of the usage heads an entry (.B line) of the page
    QStringList missing;
    for (const QString& sub : subs) {
        const QString entry = sub.isEmpty() ? command : command + QLatin1Char(' ') + sub;
        const QRegularExpression heading(QStringLiteral("^\\.B ") + QRegularExpression::escape(entry) +
                                             QStringLiteral("( |$)"),
                                         QRegularExpression::MultilineOption);
        if (!heading.match(page).hasMatch())
            missing << entry;
    }
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("packaging/man/cellboard-cli.1 does not document: ") +
                        missing.join(QStringLiteral(", "))));
}

QTEST_GUILESS_MAIN(TestCliUsage)
#include "TestCliUsage.moc"
