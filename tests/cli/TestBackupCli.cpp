#include "cli/CliFixture.h"
#include "storage/DamagedFiles.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using cb::test::CliRun;
using cb::test::CliRunner;

namespace {

QStringList args(std::initializer_list<const char*> words)
{
    QStringList out;
    for (const char* w : words)
        out << QString::fromUtf8(w);
    return out;
}

QJsonObject jsonObject(const CliRun& r)
{
    bool ok = false;
    const QJsonDocument doc = r.json(&ok);
    return ok && doc.isObject() ? doc.object() : QJsonObject();
}

// Runs a PostgreSQL client tool; exit code (or -1) and its error output.
int runTool(const QString& program, const QStringList& arguments, QString* err)
{
    QProcess p;
    p.start(program, arguments);
    if (!p.waitForStarted(20000) || !p.waitForFinished(120000)) {
        *err = program + QStringLiteral(" did not run");
        return -1;
    }
    *err = QString::fromUtf8(p.readAllStandardError());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

} // namespace

// cellboard-cli backup -o FILE, backup verify FILE and restore FILE [--force] through the real
// binary: the copy while the database is in use, the checks and their JSON, the exit codes of
// every refusal (DESIGN.md §5), the kept database and the restore in the audit trail; for
// PostgreSQL the refusal naming pg_dump, and a pg_dump of a demo database restored with
// pg_restore and verified.
class TestBackupCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo; // a demo database made with init --demo, copied per test

    QString copyOfDemo(const QString& folder)
    {
        QDir().mkpath(folder);
        const QString path = QDir(folder).filePath(QStringLiteral("cellboard.sqlite"));
        if (!QFile::copy(m_demo, path))
            return {};
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(CliRunner::binaryExists(),
                 qPrintable(CliRunner::binary() + QStringLiteral(" has not been built")));
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.filePath(QStringLiteral("demo.sqlite"));
        const CliRun r = CliRunner::run(
            m_demo, {}, args({"init", "--demo", "--demo-password"}) << cb::test::demoPassword());
        CB_EXPECT_EXIT(r, 0);
    }

    void shouldBackUpVerifyAndDescribeInJson()
    {
        QTemporaryDir dir;
        const QString db = copyOfDemo(dir.filePath(QStringLiteral("db")));
        const QString file = dir.filePath(QStringLiteral("out/first.backup.sqlite"));
        const CliRun audit = CliRunner::run(db, {}, args({"audit", "verify", "--json"}));
        CB_EXPECT_EXIT(audit, 0);
        const QJsonObject chain = jsonObject(audit);
        // WHEN the database is backed up
        const CliRun r =
            CliRunner::run(db, {}, QStringList{QStringLiteral("backup"), QStringLiteral("-o"), file});
        // THEN exit 0, one line naming the verified file, and a file only its owner reads
        CB_EXPECT_EXIT(r, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.describe()));
        QVERIFY2(r.outText().startsWith(QLatin1String("Backup written and verified: ")) &&
                     r.outText().contains(file),
                 qPrintable(r.describe()));
        QCOMPARE(QFileInfo(file).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        // WHEN the backup is checked, as text and as JSON
        const CliRun verify =
            CliRunner::run({}, {}, QStringList{QStringLiteral("backup"), QStringLiteral("verify"), file});
        CB_EXPECT_EXIT(verify, 0);
        QVERIFY2(verify.outText().contains(QLatin1String("verified")), qPrintable(verify.describe()));
        const CliRun json = CliRunner::run(
            {}, {},
            QStringList{QStringLiteral("backup"), QStringLiteral("verify"), file, QStringLiteral("--json")});
        CB_EXPECT_EXIT(json, 0);
        QVERIFY2(json.err.isEmpty(), qPrintable(json.describe()));
        // THEN the JSON holds only the check: the file, ok, schema, integrity and the chain's head
        const QJsonObject o = jsonObject(json);
        QVERIFY2(!o.isEmpty(), qPrintable(json.describe()));
        QCOMPARE(o.value(QStringLiteral("file")).toString(), file);
        QCOMPARE(o.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("schema_version")).toInt(),
                 cb::storage::Database::latestSchemaVersion());
        QCOMPARE(o.value(QStringLiteral("integrity")).toString(), QStringLiteral("ok"));
        QCOMPARE(o.value(QStringLiteral("audit_intact")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("audit_entries")).toInteger(),
                 chain.value(QStringLiteral("entries")).toInteger());
        QCOMPARE(o.value(QStringLiteral("audit_head_hash")).toString(),
                 chain.value(QStringLiteral("head_hash")).toString());
        QCOMPARE(o.value(QStringLiteral("signatures")).toInteger(),
                 chain.value(QStringLiteral("signatures")).toInteger());
        QCOMPARE(o.value(QStringLiteral("bytes")).toInteger(), QFileInfo(file).size());
        QVERIFY(!o.contains(QStringLiteral("problem")));
        // AND backup -o --json prints the same shape for the new copy
        const CliRun second = CliRunner::run(
            db, {},
            QStringList{QStringLiteral("backup"), QStringLiteral("--json"), QStringLiteral("-o"),
                        dir.filePath(QStringLiteral("second.backup.sqlite"))});
        CB_EXPECT_EXIT(second, 0);
        QCOMPARE(jsonObject(second).keys(), o.keys());
    }

    void shouldRefuseBadBackupArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("named");
        QTest::newRow("no -o") << args({"backup"}) << 2 << "-o FILE";
        QTest::newRow("-o without a file") << args({"backup", "-o"}) << 2 << "o";
        QTest::newRow("an unexpected argument") << args({"backup", "now"}) << 2 << "now";
        QTest::newRow("an unknown option") << args({"backup", "--compress", "-o", "x"}) << 2 << "compress";
        QTest::newRow("verify without a file") << args({"backup", "verify"}) << 2 << "backup verify FILE";
        QTest::newRow("verify two files")
            << args({"backup", "verify", "a", "b"}) << 2 << "backup verify FILE";
        QTest::newRow("verify a missing file")
            << args({"backup", "verify", "MISSING"}) << 2 << "no backup file";
        QTest::newRow("restore without a file") << args({"restore"}) << 2 << "restore FILE";
        QTest::newRow("restore a missing file") << args({"restore", "MISSING"}) << 2 << "no backup file";
        QTest::newRow("restore an unknown option") << args({"restore", "x", "--now"}) << 2 << "now";
    }

    void shouldRefuseBadBackupArguments()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, named);
        QTemporaryDir dir;
        const QString db = copyOfDemo(dir.path());
        for (QString& a : arguments)
            if (a == QLatin1String("MISSING"))
                a = dir.filePath(QStringLiteral("missing.backup.sqlite"));
        const QString before = cb::test::fileHash(db);
        const CliRun r = CliRunner::run(db, {}, arguments);
        CB_EXPECT_EXIT(r, exitCode);
        QVERIFY2(r.out.isEmpty(), qPrintable(r.describe()));
        QVERIFY2(!r.errLines().isEmpty() && r.errLines().first().contains(named), qPrintable(r.describe()));
        QCOMPARE(cb::test::fileHash(db), before);
    }

    void shouldRefuseToBackUpWhatCannotBeBackedUp_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("named");
        QTest::newRow("the backup file exists") << "exists" << 2 << "exists already";
        QTest::newRow("no database") << "missing" << 1 << "no database";
        QTest::newRow("a damaged database") << "damaged" << 1 << "damaged";
        QTest::newRow("another program's database") << "foreign" << 1 << "not a CellBoard database";
    }

    void shouldRefuseToBackUpWhatCannotBeBackedUp()
    {
        QFETCH(QString, kind);
        QFETCH(int, exitCode);
        QFETCH(QString, named);
        QTemporaryDir dir;
        QString db = copyOfDemo(dir.filePath(QStringLiteral("db")));
        const QString file = dir.filePath(QStringLiteral("copy.backup.sqlite"));
        if (kind == QLatin1String("exists"))
            QVERIFY(cb::test::writeFile(file, "precious"));
        else if (kind == QLatin1String("missing"))
            db = dir.filePath(QStringLiteral("nowhere.sqlite"));
        else if (kind == QLatin1String("damaged"))
            QVERIFY(
                cb::test::zeroPages(db, cb::test::pagesOf(db, {QStringLiteral("audit_event")}).mid(0, 4)));
        else if (kind == QLatin1String("foreign")) {
            QFile::remove(db);
            QVERIFY(cb::test::execSqlite(db, {QStringLiteral("CREATE TABLE notes (text TEXT)")}));
        }
        const QString before = cb::test::fileHash(file);
        const CliRun r =
            CliRunner::run(db, {}, QStringList{QStringLiteral("backup"), QStringLiteral("-o"), file});
        CB_EXPECT_EXIT(r, exitCode);
        CB_EXPECT_ONE_ERROR_LINE(r);
        QVERIFY2(r.errText().contains(named), qPrintable(r.describe()));
        // no backup is left behind, and an existing file is untouched
        QCOMPARE(cb::test::fileHash(file), before);
        QVERIFY(!QFileInfo::exists(file + QStringLiteral(".part")));
    }

    void shouldSayWhyABackupIsNotUsable()
    {
        QTemporaryDir dir;
        const QString db = copyOfDemo(dir.path());
        const QString file = dir.filePath(QStringLiteral("edited.backup.sqlite"));
        CB_EXPECT_EXIT(
            CliRunner::run(db, {}, QStringList{QStringLiteral("backup"), QStringLiteral("-o"), file}), 0);
        QVERIFY(cb::test::execSqlite(
            file, {QStringLiteral("DROP TRIGGER audit_event_no_update"),
                   QStringLiteral("UPDATE audit_event SET username = 'someone' WHERE seq = 2")}));
        // WHEN the edited backup is checked
        const CliRun r =
            CliRunner::run({}, {}, QStringList{QStringLiteral("backup"), QStringLiteral("verify"), file});
        // THEN exit 1 with one line naming the file and the first bad entry
        CB_EXPECT_EXIT(r, 1);
        CB_EXPECT_ONE_ERROR_LINE(r);
        QVERIFY2(r.errText().contains(file) && r.errText().contains(QLatin1String("entry 2")),
                 qPrintable(r.describe()));
        // AND with --json the check is on standard output, the line on standard error
        const CliRun json = CliRunner::run(
            {}, {},
            QStringList{QStringLiteral("backup"), QStringLiteral("verify"), file, QStringLiteral("--json")});
        CB_EXPECT_EXIT(json, 1);
        const QJsonObject o = jsonObject(json);
        QCOMPARE(o.value(QStringLiteral("ok")).toBool(true), false);
        QCOMPARE(o.value(QStringLiteral("audit_intact")).toBool(true), false);
        QVERIFY(o.value(QStringLiteral("problem")).toString().contains(QLatin1String("entry 2")));
        QCOMPARE(json.errLines().size(), 1);
    }

    void shouldRestoreAndRecordIt_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<bool>("force");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<bool>("kept");
        QTest::newRow("no database yet") << "missing" << false << 0 << false;
        QTest::newRow("a damaged database") << "damaged" << false << 0 << true;
        QTest::newRow("a sound database without --force") << "sound" << false << 4 << false;
        QTest::newRow("a sound database with --force") << "sound" << true << 0 << true;
    }

    void shouldRestoreAndRecordIt()
    {
        QFETCH(QString, target);
        QFETCH(bool, force);
        QFETCH(int, exitCode);
        QFETCH(bool, kept);
        // GIVEN a backup of the demo database, and the target database in some condition
        QTemporaryDir dir;
        const QString db = copyOfDemo(dir.filePath(QStringLiteral("db")));
        const QString file = dir.filePath(QStringLiteral("cellboard-20260301-090000.backup.sqlite"));
        CB_EXPECT_EXIT(
            CliRunner::run(db, {}, QStringList{QStringLiteral("backup"), QStringLiteral("-o"), file}), 0);
        if (target == QLatin1String("missing"))
            QFile::remove(db);
        else if (target == QLatin1String("damaged"))
            QVERIFY(cb::test::zeroPages(
                db,
                cb::test::pagesOf(db, {QStringLiteral("signature"), QStringLiteral("opinion")}).mid(0, 8)));
        const QString before = cb::test::fileHash(db);
        // WHEN it is restored
        QStringList a{QStringLiteral("restore"), file, QStringLiteral("--json")};
        if (force)
            a << QStringLiteral("--force");
        const CliRun r = CliRunner::run(db, {}, a);
        CB_EXPECT_EXIT(r, exitCode);
        if (exitCode != 0) {
            // THEN a sound database is kept as it is, and the message says how to go on
            CB_EXPECT_ONE_ERROR_LINE(r);
            QVERIFY2(r.errText().contains(QLatin1String("--force")) && r.errText().contains(db),
                     qPrintable(r.describe()));
            QCOMPARE(cb::test::fileHash(db), before);
            return;
        }
        const QJsonObject o = jsonObject(r);
        QCOMPARE(o.value(QStringLiteral("database")).toString(), db);
        QCOMPARE(o.value(QStringLiteral("restored_from")).toString(), file);
        QCOMPARE(o.value(QStringLiteral("backup")).toObject().value(QStringLiteral("ok")).toBool(), true);
        // THEN the database it replaced is kept beside it, as it was
        const QString keptAs = o.value(QStringLiteral("kept_as")).toString();
        QCOMPARE(!keptAs.isEmpty(), kept);
        if (target == QLatin1String("damaged"))
            QCOMPARE(cb::test::fileHash(keptAs), before);
        if (kept)
            QCOMPARE(QFileInfo(keptAs).absolutePath(), QFileInfo(db).absolutePath());
        // AND the restored database verifies, its newest entry being the restore
        CB_EXPECT_EXIT(CliRunner::run(db, {}, args({"audit", "verify"})), 0);
        const qint64 seq = o.value(QStringLiteral("audit_seq")).toInteger();
        const CliRun entry = CliRunner::run(db, {},
                                            QStringList{QStringLiteral("audit"), QStringLiteral("entry"),
                                                        QString::number(seq), QStringLiteral("--json")});
        CB_EXPECT_EXIT(entry, 0);
        QCOMPARE(jsonObject(entry).value(QStringLiteral("action")).toString(),
                 QStringLiteral("database.restore"));
        QCOMPARE(jsonObject(entry).value(QStringLiteral("hash")).toString(),
                 o.value(QStringLiteral("audit_hash")).toString());
        // AND the demo users log in to it again
        const CliRun list =
            CliRunner::run(db, QStringLiteral("coordinator"), args({"case", "list", "--json"}),
                           cb::test::passwordLine(cb::test::demoPassword()));
        CB_EXPECT_EXIT(list, 0);
    }

    void shouldRefuseToRestoreWhatIsNotAUsableBackup_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("named");
        QTest::newRow("from a newer CellBoard") << "newer" << 1 << "newer CellBoard";
        QTest::newRow("with a broken audit chain") << "tampered" << 1 << "cannot be restored";
        QTest::newRow("the database itself") << "itself" << 2 << "not a backup";
    }

    void shouldRefuseToRestoreWhatIsNotAUsableBackup()
    {
        QFETCH(QString, kind);
        QFETCH(int, exitCode);
        QFETCH(QString, named);
        QTemporaryDir dir;
        const QString db = copyOfDemo(dir.path());
        QString file = dir.filePath(QStringLiteral("cellboard-20260301-090000.backup.sqlite"));
        CB_EXPECT_EXIT(
            CliRunner::run(db, {}, QStringList{QStringLiteral("backup"), QStringLiteral("-o"), file}), 0);
        if (kind == QLatin1String("newer"))
            QVERIFY(cb::test::execSqlite(
                file, {QStringLiteral(
                           "INSERT INTO schema_migration (version, name, applied_at) VALUES (%1, 'future', "
                           "'2030-01-01T00:00:00.000Z')")
                           .arg(cb::storage::Database::latestSchemaVersion() + 1)}));
        else if (kind == QLatin1String("tampered"))
            QVERIFY(cb::test::execSqlite(file, {QStringLiteral("DROP TRIGGER audit_event_no_delete"),
                                                QStringLiteral("DELETE FROM audit_event WHERE seq = 4")}));
        else
            file = db;
        const QString before = cb::test::fileHash(db);
        const CliRun r =
            CliRunner::run(db, {}, QStringList{QStringLiteral("restore"), file, QStringLiteral("--force")});
        CB_EXPECT_EXIT(r, exitCode);
        CB_EXPECT_ONE_ERROR_LINE(r);
        QVERIFY2(r.errText().contains(named), qPrintable(r.describe()));
        QCOMPARE(cb::test::fileHash(db), before);
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*.replaced-*")}).size(), 0);
    }

    void shouldPointPostgresToItsOwnTools()
    {
        const QString url = cb::test::postgresBaseUrl();
        if (url.isEmpty())
            QSKIP(qPrintable(cb::test::postgresSkipMessage()));
        QTemporaryDir dir;
        const CliRun backup = CliRunner::run(url, {},
                                             QStringList{QStringLiteral("backup"), QStringLiteral("-o"),
                                                         dir.filePath(QStringLiteral("x.backup.sqlite"))});
        CB_EXPECT_EXIT(backup, 2);
        CB_EXPECT_ONE_ERROR_LINE(backup);
        QVERIFY2(backup.errText().contains(QLatin1String("pg_dump")), qPrintable(backup.describe()));
        const CliRun restore = CliRunner::run(url, {}, QStringList{QStringLiteral("restore"), m_demo});
        CB_EXPECT_EXIT(restore, 2);
        QVERIFY2(restore.errText().contains(QLatin1String("pg_restore")), qPrintable(restore.describe()));
        QVERIFY(QDir(dir.path()).isEmpty());
    }

    void shouldRestoreAPgDumpOfADemoDatabase()
    {
        // GIVEN a PostgreSQL demo database (in its own schema)
        CB_TEST_DATABASE(tdb, QStringLiteral("postgresql"));
        QString why;
        QVERIFY2(cb::test::initDemo(tdb, &why), qPrintable(why));
        const CliRun original = CliRunner::run(tdb.url(), {}, args({"audit", "verify", "--json"}));
        CB_EXPECT_EXIT(original, 0);
        // WHEN the administrator dumps it with pg_dump and restores it with pg_restore into a new
        // database, as the README says
        QTemporaryDir dir;
        const QString dump = dir.filePath(QStringLiteral("cellboard.dump"));
        const QString base = cb::test::postgresBaseUrl();
        QString err;
        QCOMPARE(runTool(QStringLiteral("pg_dump"),
                         {QStringLiteral("--format=custom"), QStringLiteral("--schema=") + tdb.schema(),
                          QStringLiteral("--file=") + dump, base},
                         &err),
                 0);
        const QString restored = QStringLiteral("cb_restore_%1").arg(QCoreApplication::applicationPid());
        QString error;
        tdb.exec(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(restored));
        QVERIFY2(tdb.exec(QStringLiteral("CREATE DATABASE %1").arg(restored), &error), qPrintable(error));
        QString restoredBase = base;
        restoredBase.replace(QRegularExpression(QStringLiteral("/[^/?]+(\\?|$)")),
                             QStringLiteral("/") + restored + QStringLiteral("\\1"));
        // a dump of one schema leaves out the extensions: the search index needs pg_trgm first
        QCOMPARE(runTool(QStringLiteral("psql"),
                         {restoredBase, QStringLiteral("-c"),
                          QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_trgm")},
                         &err),
                 0);
        const int rc =
            runTool(QStringLiteral("pg_restore"), {QStringLiteral("--dbname=") + restoredBase, dump}, &err);
        const QString restoredUrl =
            restoredBase + (restoredBase.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?')) +
            QStringLiteral("schema=") + tdb.schema();
        // THEN the restored database verifies, with the same chain head, and its users log in
        const CliRun verify = CliRunner::run(restoredUrl, {}, args({"audit", "verify", "--json"}));
        const CliRun list =
            CliRunner::run(restoredUrl, QStringLiteral("coordinator"), args({"case", "list", "--json"}),
                           cb::test::passwordLine(cb::test::demoPassword()));
        tdb.closeRaw();
        tdb.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(restored));
        QVERIFY2(rc == 0, qPrintable(err));
        CB_EXPECT_EXIT(verify, 0);
        QCOMPARE(jsonObject(verify).value(QStringLiteral("head_hash")).toString(),
                 jsonObject(original).value(QStringLiteral("head_hash")).toString());
        QCOMPARE(jsonObject(verify).value(QStringLiteral("signatures")).toInteger(),
                 jsonObject(original).value(QStringLiteral("signatures")).toInteger());
        CB_EXPECT_EXIT(list, 0);
        bool ok = false;
        QCOMPARE(list.json(&ok).array().size(), cb::test::demoCases().size());
    }
};

QTEST_GUILESS_MAIN(TestBackupCli)
#include "TestBackupCli.moc"
