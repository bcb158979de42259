#include "cli/CliFixture.h"
#include "storage/DamagedFiles.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <unistd.h>

using cb::test::CliRun;
using cb::test::CliRunner;

namespace {

// Runs the binary as the user nobody when this test runs as root (whom permissions do not bind),
// with a data folder and runtime folder of its own; as anyone else, like CliRunner.
CliRun runUnprivileged(const QStringList& arguments, const QByteArray& stdinBytes, const QString& scratch)
{
    const bool root = ::geteuid() == 0;
    if (!root)
        return CliRunner::runRaw(arguments, stdinBytes);
    const QString data = scratch + QStringLiteral("/data");
    const QString runtime = scratch + QStringLiteral("/runtime");
    QDir().mkpath(data);
    QDir().mkpath(runtime);
    QFile::setPermissions(data, QFileDevice::Permissions(0x7777));
    (void)::chown(QFile::encodeName(runtime).constData(), 65534, 65534);
    QFile::setPermissions(runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
    env.insert(QStringLiteral("CELLBOARD_DATA_DIR"), data);
    env.insert(QStringLiteral("HOME"), data);
    p.setProcessEnvironment(env);
    p.setChildProcessModifier([] {
        if (::setgid(65534) != 0 || ::setuid(65534) != 0)
            ::_exit(99);
    });
    p.start(CliRunner::binary(), arguments);
    CliRun r;
    if (!p.waitForStarted(20000))
        return r;
    p.write(stdinBytes);
    p.closeWriteChannel();
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.finished = p.exitStatus() == QProcess::NormalExit;
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace

// Recovery at start through the real binary (issue 18 §3): for a database that is damaged, cut
// short, not a database, empty, another program's, from a newer CellBoard, locked by another
// program or read-only, every command — reading, signing, init, audit verify — exits 1 with one
// line naming the file and what is wrong, writes nothing into it, and never makes a new database
// out of it (init alone fills an empty file).
class TestRecoveryCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;

private slots:
    void initTestCase()
    {
        QVERIFY2(CliRunner::binaryExists(),
                 qPrintable(CliRunner::binary() + QStringLiteral(" has not been built")));
        m_demo = m_dir.filePath(QStringLiteral("demo.sqlite"));
        const CliRun r = CliRunner::run(m_demo, {},
                                        {QStringLiteral("init"), QStringLiteral("--demo"),
                                         QStringLiteral("--demo-password"), cb::test::demoPassword()});
        CB_EXPECT_EXIT(r, 0);
    }

    void shouldExplainAnUnusableDatabaseToEveryCommand_data()
    {
        QTest::addColumn<QString>("condition");
        QTest::addColumn<QString>("named");
        QTest::addColumn<bool>("initCreates");
        QTest::newRow("16 pages zeroed in the opinion, signature and audit tables") << "zeroed"
                                                                                    << "damaged" << false;
        QTest::newRow("cut short") << "truncated"
                                   << "damaged" << false;
        QTest::newRow("not a database") << "text"
                                        << "not a CellBoard database" << false;
        QTest::newRow("an empty file") << "empty"
                                       << "init" << true;
        QTest::newRow("another program's SQLite database") << "foreign"
                                                           << "another program" << false;
        QTest::newRow("from a newer CellBoard") << "newer"
                                                << "newer CellBoard" << false;
        QTest::newRow("locked by another program") << "locked"
                                                   << "locked" << false;
        QTest::newRow("read-only") << "readonly"
                                   << "read-only" << false;
    }

    void shouldExplainAnUnusableDatabaseToEveryCommand()
    {
        QFETCH(QString, condition);
        QFETCH(QString, named);
        QFETCH(bool, initCreates);
        // GIVEN the demo database in that condition
        QTemporaryDir dir;
        QFile::setPermissions(dir.path(), QFileDevice::Permissions(0x7777));
        const QString db = dir.filePath(QStringLiteral("cellboard.sqlite"));
        QVERIFY(QFile::copy(m_demo, db));
        QFile::setPermissions(db, QFile::ReadOwner | QFile::WriteOwner);
        if (condition == QLatin1String("zeroed")) {
            const QList<int> pages = cb::test::pagesOf(
                db, {QStringLiteral("opinion"), QStringLiteral("signature"), QStringLiteral("audit_event")});
            QVERIFY(pages.size() >= 16);
            QList<int> chosen;
            for (int i = 0; i < 16; ++i)
                chosen << pages.at(i * pages.size() / 16);
            QVERIFY(cb::test::zeroPages(db, chosen));
        } else if (condition == QLatin1String("truncated")) {
            QVERIFY(cb::test::truncateTo(db, QFileInfo(db).size() * 2 / 3 + 517));
        } else if (condition == QLatin1String("text")) {
            QVERIFY(cb::test::writeFile(db, QByteArray("agenda for Tuesday\n").repeated(300)));
        } else if (condition == QLatin1String("empty")) {
            QVERIFY(cb::test::writeFile(db, {}));
        } else if (condition == QLatin1String("foreign")) {
            QFile::remove(db);
            QVERIFY(
                cb::test::execSqlite(db, {QStringLiteral("CREATE TABLE photos (id INTEGER PRIMARY KEY)")}));
        } else if (condition == QLatin1String("newer")) {
            QVERIFY(cb::test::execSqlite(
                db, {QStringLiteral(
                         "INSERT INTO schema_migration (version, name, applied_at) VALUES (%1, 'future', "
                         "'2030-01-01T00:00:00.000Z')")
                         .arg(cb::storage::Database::latestSchemaVersion() + 1)}));
        } else if (condition == QLatin1String("readonly")) {
            QVERIFY(QFile::setPermissions(db, QFileDevice::ReadOwner | QFileDevice::ReadOther));
        }
        // (hashed before the lock: closing any descriptor of the file drops this process's locks)
        const QString before = cb::test::fileHash(db);
        const bool locked = condition == QLatin1String("locked");
        const QString locker = QStringLiteral("recovery-locker");
        if (locked) {
            QSqlDatabase l = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), locker);
            l.setDatabaseName(db);
            QVERIFY(l.open());
            QSqlQuery q(l);
            QVERIFY(q.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")));
            QVERIFY(q.exec(QStringLiteral("BEGIN EXCLUSIVE")));
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM app_user")) && q.next());
        }
        const QByteArray password = cb::test::passwordLine(cb::test::demoPassword());
        struct Command
        {
            QString user;
            QStringList args;
        };
        const QList<Command> commands{
            {QStringLiteral("coordinator"), {QStringLiteral("case"), QStringLiteral("list")}},
            {QStringLiteral("cardiology"),
             {QStringLiteral("opinion"), QStringLiteral("sign"), QStringLiteral("4"),
              QStringLiteral("--discipline"), QStringLiteral("cardiology")}},
            {{}, {QStringLiteral("audit"), QStringLiteral("verify")}},
            {{},
             {QStringLiteral("backup"), QStringLiteral("-o"),
              dir.filePath(QStringLiteral("b.backup.sqlite"))}},
            {{}, {QStringLiteral("init")}},
        };
        for (const Command& c : commands) {
            QStringList all{QStringLiteral("--db"), db};
            if (!c.user.isEmpty())
                all << QStringLiteral("--user") << c.user;
            all += c.args;
            const bool isInit = c.args.first() == QLatin1String("init");
            const bool isBackup = c.args.first() == QLatin1String("backup");
            // WHEN the command runs
            const CliRun r = condition == QLatin1String("readonly")
                                 ? runUnprivileged(all, password, dir.filePath(QStringLiteral("scratch")))
                                 : CliRunner::runRaw(all, password);
            if (isInit && initCreates) {
                // THEN init alone makes a CellBoard database of an empty file
                CB_EXPECT_EXIT(r, 0);
                continue;
            }
            if (isBackup && condition == QLatin1String("readonly")) {
                // THEN a database that may only be read may still be backed up, unchanged
                CB_EXPECT_EXIT(r, 0);
                QCOMPARE(cb::test::fileHash(db), before);
                continue;
            }
            // THEN exit 1, one line on standard error naming the file and the trouble, nothing on stdout
            CB_EXPECT_EXIT(r, 1);
            CB_EXPECT_ONE_ERROR_LINE(r);
            QVERIFY2(r.errText().contains(db),
                     qPrintable(c.args.join(QLatin1Char(' ')) + QStringLiteral(": ") + r.describe()));
            QVERIFY2(r.errText().contains(named),
                     qPrintable(c.args.join(QLatin1Char(' ')) + QStringLiteral(": ") + r.describe()));
            // AND the file is as it was: nothing signed into it, no schema added to it
            if (!locked)
                QCOMPARE(cb::test::fileHash(db), before);
            if (condition != QLatin1String("readonly"))
                QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("b.backup.sqlite"))));
        }
        if (locked) {
            {
                QSqlDatabase l = QSqlDatabase::database(locker, false);
                QSqlQuery(l).exec(QStringLiteral("ROLLBACK"));
                l.close();
            }
            QSqlDatabase::removeDatabase(locker);
            QCOMPARE(cb::test::fileHash(db), before);
        }
        if (condition == QLatin1String("foreign"))
            QCOMPARE(cb::test::scalarSqlite(db, QStringLiteral("SELECT COUNT(*) FROM sqlite_master")).toInt(),
                     1);
    }
};

QTEST_GUILESS_MAIN(TestRecoveryCli)
#include "TestRecoveryCli.moc"
