#include "cli/CliFixture.h"
#include "storage/Database.h"
#include "support/TestUsers.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using cb::test::CliRun;
using cb::test::CliRunner;

// `cellboard-cli init`: creating and migrating a database, loading the demo program with the
// default or a given password, and refusing what would damage a database in use. On SQLite and
// PostgreSQL.
class TestCliInit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void shouldCreateAndMigrateADatabase_data() { cb::test::addBackendRows(); }
    void shouldCreateAndMigrateADatabase();
    void shouldLoadTheDemoWithTheDefaultPassword_data() { cb::test::addBackendRows(); }
    void shouldLoadTheDemoWithTheDefaultPassword();
    void shouldLoadTheDemoWithTheGivenPassword_data() { cb::test::addBackendRows(); }
    void shouldLoadTheDemoWithTheGivenPassword();
    void shouldRejectBadInitArguments_data();
    void shouldRejectBadInitArguments();
    void shouldRefuseTheDemoOnADatabaseInUse_data() { cb::test::addBackendRows(); }
    void shouldRefuseTheDemoOnADatabaseInUse();
    void shouldNeedAnAdministratorForSyntheticCasesInADatabaseInUse_data() { cb::test::addBackendRows(); }
    void shouldNeedAnAdministratorForSyntheticCasesInADatabaseInUse();
    void shouldCreateFilesForTheOwnerOnly();
    void shouldExplainAFileThatIsNotADatabase();
    void shouldExplainAMissingDatabase();
};

void TestCliInit::initTestCase()
{
    QVERIFY2(CliRunner::binaryExists(),
             qPrintable(CliRunner::binary() + QStringLiteral(" has not been built")));
}

void TestCliInit::shouldCreateAndMigrateADatabase()
{
    QFETCH(QString, backend);
    CB_TEST_DATABASE(tdb, backend);
    // WHEN init runs on a new database, and again on the same one
    const CliRun first = CliRunner::run(tdb.url(), {}, {QStringLiteral("init")});
    const CliRun second = CliRunner::run(tdb.url(), {}, {QStringLiteral("init")});
    // THEN both succeed, naming the database and the schema, with nothing on standard error
    const QString ready = QStringLiteral("(schema %1)").arg(cb::storage::Database::latestSchemaVersion());
    for (const CliRun& r : {first, second}) {
        CB_EXPECT_EXIT(r, 0);
        QVERIFY2(r.outText().startsWith(QLatin1String("Database ready: ")), qPrintable(r.describe()));
        QVERIFY2(r.outText().contains(ready), qPrintable(r.describe()));
        QVERIFY2(r.err.isEmpty(), qPrintable(QStringLiteral("stderr not empty: ") + r.describe()));
    }
    // AND each migration was applied once; no user and no case exist yet
    QCOMPARE(tdb.count(QStringLiteral("schema_migration")),
             qint64(cb::storage::Database::latestSchemaVersion()));
    QCOMPARE(tdb.count(QStringLiteral("app_user")), qint64(0));
    QCOMPARE(tdb.count(QStringLiteral("clinical_case")), qint64(0));
}

void TestCliInit::shouldLoadTheDemoWithTheDefaultPassword()
{
    QFETCH(QString, backend);
    CB_TEST_DATABASE(tdb, backend);
    // WHEN the demo is loaded without a password
    const CliRun r = CliRunner::run(tdb.url(), {}, {QStringLiteral("init"), QStringLiteral("--demo")});
    // THEN the default password is printed once, with the demo users
    CB_EXPECT_EXIT(r, 0);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.describe()));
    QCOMPARE(r.outText().count(QStringLiteral("cellboard-demo")), 1);
    QVERIFY(r.outText().contains(QLatin1String("Users: admin, coordinator, chair")));
    // AND the demo users log in with it and see every case
    const CliRun list =
        CliRunner::run(tdb.url(), QStringLiteral("coordinator"),
                       {QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--json")},
                       cb::test::passwordLine(QStringLiteral("cellboard-demo")));
    CB_EXPECT_EXIT(list, 0);
    bool ok = false;
    const QJsonDocument doc = list.json(&ok);
    QVERIFY2(ok && doc.isArray(), qPrintable(list.describe()));
    QCOMPARE(doc.array().size(), cb::test::demoCases().size());
}

void TestCliInit::shouldLoadTheDemoWithTheGivenPassword()
{
    QFETCH(QString, backend);
    CB_TEST_DATABASE(tdb, backend);
    const QString password = QStringLiteral("twelve+chars");
    // WHEN the demo is loaded with a password of twelve characters
    const CliRun r = CliRunner::run(
        tdb.url(), {},
        {QStringLiteral("init"), QStringLiteral("--demo"), QStringLiteral("--demo-password"), password});
    // THEN the password is not echoed, and it (not the default one) opens the demo accounts
    CB_EXPECT_EXIT(r, 0);
    QVERIFY(!r.outText().contains(password));
    QVERIFY(!r.outText().contains(QLatin1String("cellboard-demo")));
    const QStringList list{QStringLiteral("case"), QStringLiteral("list")};
    CB_EXPECT_EXIT(CliRunner::run(tdb.url(), QStringLiteral("chair"), list, cb::test::passwordLine(password)),
                   0);
    const CliRun wrong = CliRunner::run(tdb.url(), QStringLiteral("chair"), list,
                                        cb::test::passwordLine(QStringLiteral("cellboard-demo")));
    CB_EXPECT_EXIT(wrong, 3);
    CB_EXPECT_ONE_ERROR_LINE(wrong);
}

void TestCliInit::shouldRejectBadInitArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("named");
    QTest::addColumn<bool>("oneLine");
    QTest::newRow("demo password of 11 characters")
        << QStringList{"--demo", "--demo-password", "eleven-char"} << "12" << true;
    QTest::newRow("demo password without --demo")
        << QStringList{"--demo-password", "long-enough-password"} << "--demo" << true;
    QTest::newRow("unexpected argument") << QStringList{"--demo", "now"} << "now" << false;
    QTest::newRow("unknown option") << QStringList{"--force"} << "force" << false;
    QTest::newRow("synthetic not a number") << QStringList{"--synthetic", "many"} << "--synthetic" << true;
    QTest::newRow("synthetic negative") << QStringList{"--synthetic=-5"} << "--synthetic" << true;
}

void TestCliInit::shouldRejectBadInitArguments()
{
    QFETCH(QStringList, args);
    QFETCH(QString, named);
    QFETCH(bool, oneLine);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.sqlite"));
    // WHEN init gets bad arguments
    const CliRun r = CliRunner::run(path, {}, QStringList{QStringLiteral("init")} + args);
    // THEN exit 2 with the problem named first on standard error, and no database is created
    CB_EXPECT_EXIT(r, 2);
    if (oneLine)
        CB_EXPECT_ONE_ERROR_LINE(r);
    QVERIFY2(r.out.isEmpty(), qPrintable(r.describe()));
    QVERIFY2(!r.errLines().isEmpty() && r.errLines().first().contains(named), qPrintable(r.describe()));
    QVERIFY(!QFileInfo::exists(path));
}

void TestCliInit::shouldRefuseTheDemoOnADatabaseInUse()
{
    QFETCH(QString, backend);
    CB_TEST_DATABASE(tdb, backend);
    // GIVEN a database with its first administrator
    const CliRun add = CliRunner::run(tdb.url(), {},
                                      {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("boss"),
                                       QStringLiteral("--name"), QStringLiteral("Bo Boss"),
                                       QStringLiteral("--role"), QStringLiteral("administrator")},
                                      cb::test::passwordLine(QStringLiteral("boss-password-1")));
    CB_EXPECT_EXIT(add, 0);
    // WHEN the demo is loaded into it
    const CliRun r = CliRunner::run(tdb.url(), {}, {QStringLiteral("init"), QStringLiteral("--demo")});
    // THEN it is refused (4: not allowed in the database's state) with one line pointing to --db
    CB_EXPECT_EXIT(r, 4);
    QVERIFY2(r.errLines().size() == 1 && r.errText().contains(QLatin1String("--db")),
             qPrintable(r.describe()));
    QCOMPARE(tdb.count(QStringLiteral("app_user")), qint64(1));
    QCOMPARE(tdb.count(QStringLiteral("clinical_case")), qint64(0));
}

void TestCliInit::shouldNeedAnAdministratorForSyntheticCasesInADatabaseInUse()
{
    QFETCH(QString, backend);
    CB_TEST_DATABASE(tdb, backend);
    // GIVEN a database in use: its administrator and a coordinator
    const QStringList addBoss{QStringLiteral("user"),         QStringLiteral("add"),
                              QStringLiteral("boss"),         QStringLiteral("--name"),
                              QStringLiteral("Bo Boss"),      QStringLiteral("--role"),
                              QStringLiteral("administrator")};
    CB_EXPECT_EXIT(
        CliRunner::run(tdb.url(), {}, addBoss, cb::test::passwordLine(QStringLiteral("boss-password-1"))), 0);
    QVERIFY(cb::test::seedUserInDatabase(tdb.url(), QStringLiteral("cora"), {cb::core::Role::Coordinator})
                .isValid());
    const QStringList synthetic{QStringLiteral("init"), QStringLiteral("--synthetic"), QStringLiteral("3")};
    // WHEN generated cases are asked for without a login, or by the coordinator
    const CliRun anonymous = CliRunner::run(tdb.url(), {}, synthetic);
    const CliRun coordinator = CliRunner::run(tdb.url(), QStringLiteral("cora"), synthetic,
                                              cb::test::passwordLine(cb::test::seededPassword()));
    // THEN both are refused (3) with one line, and nothing is added
    CB_EXPECT_EXIT(anonymous, 3);
    CB_EXPECT_ONE_ERROR_LINE(anonymous);
    CB_EXPECT_EXIT(coordinator, 3);
    CB_EXPECT_ONE_ERROR_LINE(coordinator);
    QVERIFY2(coordinator.errText().contains(QLatin1String("administrator")),
             qPrintable(coordinator.describe()));
    QCOMPARE(tdb.count(QStringLiteral("clinical_case")), qint64(0));
    QCOMPARE(tdb.count(QStringLiteral("audit_event WHERE action = 'permission.denied'")), qint64(1));
    // WHEN the administrator asks
    const CliRun admin = CliRunner::run(tdb.url(), QStringLiteral("boss"), synthetic,
                                        cb::test::passwordLine("boss-password-1"));
    // THEN the cases are added and credited to the administrator
    CB_EXPECT_EXIT(admin, 0);
    QCOMPARE(tdb.count(QStringLiteral("clinical_case")), qint64(3));
    QCOMPARE(tdb.count(QStringLiteral("audit_event WHERE action = 'case.synthetic' AND username = 'boss'")),
             qint64(1));
}

void TestCliInit::shouldCreateFilesForTheOwnerOnly()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("private.sqlite"));
    // WHEN init creates a database (and its log)
    const CliRun r = CliRunner::run(path, {}, {QStringLiteral("init")});
    CB_EXPECT_EXIT(r, 0);
    // THEN the database, its WAL and the log are readable and writable by their owner only
    const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                        QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    QStringList files{path};
    for (const QString& extra : {path + QStringLiteral("-wal"), path + QStringLiteral("-shm")})
        if (QFileInfo::exists(extra))
            files << extra;
    const QString log =
        qEnvironmentVariable("CELLBOARD_DATA_DIR") + QStringLiteral("/logs/cellboard-cli.log");
    QVERIFY2(QFileInfo::exists(log), qPrintable(log));
    files << log;
    for (const QString& file : files)
        QVERIFY2(!(QFileInfo(file).permissions() & others),
                 qPrintable(file + QStringLiteral(": ") +
                            QString::number(int(QFileInfo(file).permissions()), 16)));
    // AND a database made readable to others by an older version is its owner's alone again
    QVERIFY(QFile::setPermissions(path, QFile::permissions(path) | QFileDevice::ReadGroup |
                                            QFileDevice::ReadOther));
    CB_EXPECT_EXIT(CliRunner::run(path, {}, {QStringLiteral("init")}), 0);
    QVERIFY(!(QFileInfo(path).permissions() & others));
}

void TestCliInit::shouldExplainAFileThatIsNotADatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray("meeting notes, not a database\n").repeated(100));
    f.close();
    // WHEN init or another command is pointed at it
    for (const QStringList& args : {QStringList{QStringLiteral("init")},
                                    QStringList{QStringLiteral("audit"), QStringLiteral("verify")}}) {
        const CliRun r = CliRunner::run(path, {}, args);
        // THEN exit 1 with one line saying it is not a CellBoard database
        CB_EXPECT_EXIT(r, 1);
        CB_EXPECT_ONE_ERROR_LINE(r);
        QVERIFY2(r.errText().contains(QLatin1String("not a CellBoard database")), qPrintable(r.describe()));
    }
}

void TestCliInit::shouldExplainAMissingDatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing.sqlite"));
    // WHEN a command other than init names a database that does not exist
    const CliRun r = CliRunner::run(path, {}, {QStringLiteral("audit"), QStringLiteral("verify")});
    // THEN it fails with one line telling how to create it, and creates nothing
    CB_EXPECT_EXIT(r, 1);
    CB_EXPECT_ONE_ERROR_LINE(r);
    QVERIFY2(r.errText().contains(QLatin1String("cellboard-cli init")), qPrintable(r.describe()));
    QVERIFY(!QFileInfo::exists(path));
}

QTEST_GUILESS_MAIN(TestCliInit)
#include "TestCliInit.moc"
