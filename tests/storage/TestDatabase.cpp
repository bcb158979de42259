#include "support/TestDatabase.h"

#include "services/Workspace.h"
#include "storage/CaseRepository.h"
#include "storage/Database.h"
#include "storage/SettingRepository.h"
#include "storage/SqlSupport.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using cb::ErrorCode;
using cb::storage::Database;
using cb::storage::DatabaseUrl;
using cb::storage::SettingRepository;
using cb::storage::Transaction;

namespace {

std::unique_ptr<Database> openDb(const QString& urlText,
                                 Database::OpenMode mode = Database::OpenMode::CreateIfMissing)
{
    auto url = DatabaseUrl::parse(urlText);
    if (!url.ok()) {
        qWarning("%s", qPrintable(url.error().message));
        return {};
    }
    auto db = Database::open(*url, mode);
    if (!db.ok()) {
        qWarning("%s", qPrintable(db.error().message));
        return {};
    }
    return std::move(db).value();
}

// A pragma read on the application's own connection (pragmas are per connection).
QVariant pragma(Database& db, const char* name)
{
    QSqlQuery q(db.d()->db());
    if (!q.exec(QStringLiteral("PRAGMA ") + QLatin1String(name)) || !q.next())
        return {};
    return q.value(0);
}

std::optional<QString> settingOn(Database& db, const QString& key)
{
    auto v = SettingRepository(db).value(key);
    return v.ok() ? *v : std::nullopt;
}

} // namespace

// The database connection: migrations, SQLite configuration, errors users can act on, and
// transactions (including nesting), on SQLite and PostgreSQL.
class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void shouldShipTheSameMigrationsForBothBackends();
    void shouldApplyMigrationsOnceAndRecordTheSchemaVersion_data() { cb::test::addBackendRows(); }
    void shouldApplyMigrationsOnceAndRecordTheSchemaVersion();
    void shouldRefuseADatabaseWrittenByANewerVersion_data() { cb::test::addBackendRows(); }
    void shouldRefuseADatabaseWrittenByANewerVersion();
    void shouldConfigureSqliteForSafety();
    void shouldEnforceForeignKeys_data() { cb::test::addBackendRows(); }
    void shouldEnforceForeignKeys();
    void shouldExplainAFileThatIsNotADatabase();
    void shouldReleaseTheConnectionWhenOpeningFails();
    void shouldExplainAMissingFileWithoutCreatingIt();
    void shouldCreateMissingFoldersWhenAskedTo();
    void shouldRefuseAFolderAsDatabase();
    void shouldExplainAnUnreachableServer();
    void shouldCreateThePostgresSchemaOnOpen();
    void shouldRefuseAMissingPostgresSchemaWhenItMustExist();
    void shouldMigrateTheSchemaOfAUserWhoMayNotCreateSchemasOrExtensions();
    void shouldRollBackAnUncommittedTransaction_data() { cb::test::addBackendRows(); }
    void shouldRollBackAnUncommittedTransaction();
    void shouldCommitATransactionForOtherConnectionsToSee_data() { cb::test::addBackendRows(); }
    void shouldCommitATransactionForOtherConnectionsToSee();
    void shouldJoinNestedTransactions_data() { cb::test::addBackendRows(); }
    void shouldJoinNestedTransactions();
    void shouldRollBackTheOuterTransactionWhenAnInnerPartFails_data() { cb::test::addBackendRows(); }
    void shouldRollBackTheOuterTransactionWhenAnInnerPartFails();
    void shouldRefuseToCommitTwice_data() { cb::test::addBackendRows(); }
    void shouldRefuseToCommitTwice();
};

void TestDatabase::shouldShipTheSameMigrationsForBothBackends()
{
    // GIVEN the migrations embedded in the storage library
    const QStringList sqlite = QDir(QStringLiteral(":/migrations/sqlite")).entryList(QDir::Files, QDir::Name);
    const QStringList postgres =
        QDir(QStringLiteral(":/migrations/postgresql")).entryList(QDir::Files, QDir::Name);
    // THEN each backend has the same numbered steps, and the latest is what the build reports
    QVERIFY(!sqlite.isEmpty());
    QCOMPARE(postgres, sqlite);
    QCOMPARE(Database::latestSchemaVersion(), sqlite.last().left(3).toInt());
}

void TestDatabase::shouldApplyMigrationsOnceAndRecordTheSchemaVersion()
{
    QFETCH(QString, backend);
    CB_TEST_DATABASE(tdb, backend);
    // GIVEN a new, empty database
    auto db = openDb(tdb.url());
    QVERIFY(db);
    QCOMPARE(db->schemaVersion(), 0);
    // WHEN it is migrated
    auto st = db->migrate();
    QVERIFY2(st.ok(), qPrintable(st.error().message));
    // THEN the schema version is the latest, each step recorded once, and the tables exist
    QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(tdb.count(QStringLiteral("schema_migration")), qint64(Database::latestSchemaVersion()));
    for (const char* table : {"app_user", "setting", "patient", "clinical_case", "therapy_line", "transplant",
                              "observation", "audit_event"})
        QVERIFY2(tdb.count(QLatin1String(table)) == 0, table);
    // WHEN it is migrated again, and re-opened as an existing database and migrated once more
    QVERIFY(db->migrate().ok());
    db.reset();
    auto again = openDb(tdb.url(), Database::OpenMode::MustExist);
    QVERIFY(again);
    QCOMPARE(again->schemaVersion(), Database::latestSchemaVersion());
    QVERIFY(again->migrate().ok());
    // THEN nothing was applied twice
    QCOMPARE(tdb.count(QStringLiteral("schema_migration")), qint64(Database::latestSchemaVersion()));
    QCOMPARE(tdb.count(QStringLiteral("schema_migration WHERE version = 1")), qint64(1));
    // AND the workspace opens it the same way
    auto ws = cb::services::Workspace::open(tdb.url(), cb::services::Workspace::OpenMode::MustExist);
    QVERIFY2(ws.ok(), qPrintable(ws.error().message));
    QCOMPARE((*ws)->database().schemaVersion(), Database::latestSchemaVersion());
}

void TestDatabase::shouldRefuseADatabaseWrittenByANewerVersion()
{
    QFETCH(QString, backend);
    CB_TEST_DATABASE(tdb, backend);
    // GIVEN a database that records a schema step this build does not know
    {
        auto db = openDb(tdb.url());
        QVERIFY(db && db->migrate().ok());
    }
    const int future = Database::latestSchemaVersion() + 1;
    QString error;
    QVERIFY2(tdb.exec(QStringLiteral(
                          "INSERT INTO schema_migration (version, name, applied_at) VALUES (%1, 'future', "
                          "'2030-01-01T00:00:00.000Z')")
                          .arg(future),
                      &error),
             qPrintable(error));
    // WHEN this build opens it
    auto ws = cb::services::Workspace::open(tdb.url(), cb::services::Workspace::OpenMode::MustExist);
    // THEN it refuses, telling the user to install the newer version
    QVERIFY(!ws.ok());
    QCOMPARE(ws.error().code, ErrorCode::Failure);
    QVERIFY2(ws.error().message.contains(QLatin1String("newer")), qPrintable(ws.error().message));
}

void TestDatabase::shouldConfigureSqliteForSafety()
{
    CB_TEST_DATABASE(tdb, QStringLiteral("sqlite"));
    // GIVEN a SQLite database opened by the application
    auto db = openDb(tdb.url());
    QVERIFY(db);
    QVERIFY(db->migrate().ok());
    // THEN its connection runs with WAL, foreign keys, synchronous=FULL and a busy timeout
    QCOMPARE(pragma(*db, "journal_mode").toString().toLower(), QStringLiteral("wal"));
    QCOMPARE(pragma(*db, "foreign_keys").toInt(), 1);
    QCOMPARE(pragma(*db, "synchronous").toInt(), 2);
    QVERIFY(pragma(*db, "busy_timeout").toInt() >= 1000);
    // AND WAL is a property of the file: another connection sees it too
    QCOMPARE(tdb.scalar(QStringLiteral("PRAGMA journal_mode")).toString().toLower(), QStringLiteral("wal"));
}

void TestDatabase::shouldEnforceForeignKeys()
{
    QFETCH(QString, backend);
    CB_TEST_DATABASE(tdb, backend);
    auto db = openDb(tdb.url());
    QVERIFY(db && db->migrate().ok());
    // GIVEN a case whose patient does not exist
    cb::core::CaseRecord orphan;
    orphan.patient.id = 4242;
    orphan.referralDate = QDate(2026, 3, 1);
    // WHEN it is inserted
    Transaction tx(*db);
    auto id = cb::storage::CaseRepository(*db).insertCase(orphan,
                                                          QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC));
    // THEN the database refuses it
    QVERIFY2(!id.ok(), "a case without a patient was stored");
}

void TestDatabase::shouldExplainAFileThatIsNotADatabase()
{
    // GIVEN a text file where the database should be
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
    const QByteArray notes = QByteArray("These are meeting notes, not a database.\n").repeated(64);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(notes);
    f.close();
    // WHEN it is opened
    auto ws = cb::services::Workspace::open(path, cb::services::Workspace::OpenMode::MustExist);
    // THEN the message says it is not a CellBoard database and names the file
    QVERIFY(!ws.ok());
    QVERIFY2(ws.error().message.contains(QLatin1String("not a CellBoard database")),
             qPrintable(ws.error().message));
    QVERIFY2(ws.error().message.contains(path), qPrintable(ws.error().message));
    // AND the file is left as it was
    QCOMPARE(QFileInfo(path).size(), qint64(notes.size()));
}

void TestDatabase::shouldReleaseTheConnectionWhenOpeningFails()
{
    // GIVEN a file that is not a database
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray("not a database\n").repeated(200));
    f.close();
    // THEN refusing it must not leave a connection in use behind (Qt warns: "all queries will
    // cease to work")
    QTest::failOnWarning(QRegularExpression(QStringLiteral("still in use")));
    auto url = DatabaseUrl::parse(path);
    QVERIFY(url.ok());
    auto db = Database::open(*url, Database::OpenMode::MustExist);
    QVERIFY(!db.ok());
}

void TestDatabase::shouldExplainAMissingFileWithoutCreatingIt()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing.sqlite"));
    // WHEN a database that does not exist is opened as existing
    auto url = DatabaseUrl::parse(path);
    QVERIFY(url.ok());
    auto db = Database::open(*url, Database::OpenMode::MustExist);
    // THEN it is "not found", naming the file and how to create one, and nothing is created
    QVERIFY(!db.ok());
    QCOMPARE(db.error().code, ErrorCode::NotFound);
    QVERIFY2(db.error().message.contains(path), qPrintable(db.error().message));
    QVERIFY2(db.error().message.contains(QLatin1String("cellboard-cli init")),
             qPrintable(db.error().message));
    QVERIFY(!QFileInfo::exists(path));
}

void TestDatabase::shouldCreateMissingFoldersWhenAskedTo()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("site/a/b/cellboard.sqlite"));
    // WHEN a database is created in folders that do not exist yet
    auto ws = cb::services::Workspace::open(path, cb::services::Workspace::OpenMode::CreateIfMissing);
    // THEN the folders and the migrated database are created
    QVERIFY2(ws.ok(), qPrintable(ws.error().message));
    QVERIFY(QFileInfo::exists(path));
    QCOMPARE((*ws)->database().schemaVersion(), Database::latestSchemaVersion());
}

void TestDatabase::shouldRefuseAFolderAsDatabase()
{
    QTemporaryDir dir;
    auto url = DatabaseUrl::parse(dir.path());
    QVERIFY(url.ok());
    auto db = Database::open(*url, Database::OpenMode::CreateIfMissing);
    QVERIFY(!db.ok());
    QCOMPARE(db.error().code, ErrorCode::BadInput);
    QVERIFY2(db.error().message.contains(QLatin1String("folder")), qPrintable(db.error().message));
}

void TestDatabase::shouldExplainAnUnreachableServer()
{
    // GIVEN a PostgreSQL address where nothing listens
    auto url = DatabaseUrl::parse(QStringLiteral("postgresql://nobody@127.0.0.1:1/cellboard"));
    QVERIFY(url.ok());
    // WHEN it is opened
    auto db = Database::open(*url, Database::OpenMode::MustExist);
    // THEN the error says the server cannot be reached and where the password comes from
    QVERIFY(!db.ok());
    QCOMPARE(db.error().code, ErrorCode::Unavailable);
    QVERIFY2(db.error().message.contains(QLatin1String("127.0.0.1:1")), qPrintable(db.error().message));
    QVERIFY2(db.error().message.contains(QLatin1String("PGPASSWORD")), qPrintable(db.error().message));
}

void TestDatabase::shouldCreateThePostgresSchemaOnOpen()
{
    CB_TEST_DATABASE(tdb, QStringLiteral("postgresql"));
    // WHEN a workspace opens a schema that does not exist yet
    auto ws = cb::services::Workspace::open(tdb.url(), cb::services::Workspace::OpenMode::CreateIfMissing);
    QVERIFY2(ws.ok(), qPrintable(ws.error().message));
    // THEN the schema holds CellBoard's tables, and nothing went to the public schema
    const QString inSchema =
        QStringLiteral("information_schema.tables WHERE table_schema = '%1' AND table_name = 'audit_event'")
            .arg(tdb.schema());
    QCOMPARE(tdb.count(inSchema), qint64(1));
    QCOMPARE(tdb.count(QStringLiteral("information_schema.tables WHERE table_schema = 'public' AND "
                                      "table_name = 'audit_event'")),
             qint64(0));
}

void TestDatabase::shouldRefuseAMissingPostgresSchemaWhenItMustExist()
{
    CB_TEST_DATABASE(tdb, QStringLiteral("postgresql"));
    // WHEN a schema that does not exist is opened as an existing database
    auto ws = cb::services::Workspace::open(tdb.url(), cb::services::Workspace::OpenMode::MustExist);
    // THEN it is refused with a message naming the schema, and no schema is created
    QVERIFY(!ws.ok());
    QVERIFY2(ws.error().message.contains(tdb.schema()), qPrintable(ws.error().message));
    QCOMPARE(
        tdb.count(QStringLiteral("information_schema.schemata WHERE schema_name = '%1'").arg(tdb.schema())),
        qint64(0));
}

void TestDatabase::shouldMigrateTheSchemaOfAUserWhoMayNotCreateSchemasOrExtensions()
{
    CB_TEST_DATABASE(tdb, QStringLiteral("postgresql"));
    const QString role = QStringLiteral("cb_limited_%1").arg(QCoreApplication::applicationPid());
    QString error;
    if (!tdb.exec(QStringLiteral("CREATE ROLE %1 LOGIN").arg(role), &error))
        QSKIP(qPrintable(QStringLiteral("the test server's user cannot create roles: ") + error));
    const auto dropRole = qScopeGuard([&] {
        tdb.exec(QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(tdb.schema()));
        tdb.exec(QStringLiteral("DROP ROLE %1").arg(role));
    });
    // GIVEN an administrator gave a user a schema of its own and nothing else: no right to
    // create schemas or extensions in the database (pg_trgm may or may not be there already)
    QVERIFY2(tdb.exec(QStringLiteral("CREATE SCHEMA %1 AUTHORIZATION %2").arg(tdb.schema(), role), &error),
             qPrintable(error));
    auto url = DatabaseUrl::parse(tdb.url());
    QVERIFY(url.ok());
    url->user = role;
    // WHEN CellBoard creates its tables there
    {
        auto opened = Database::open(*url, Database::OpenMode::CreateIfMissing);
        if (!opened.ok() && opened.error().code == ErrorCode::Unavailable)
            QSKIP(qPrintable(QStringLiteral("cannot log in as a new role: ") + opened.error().message));
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        auto st = (*opened)->migrate();
        // THEN every migration applies (the trigram index only where pg_trgm could be used)
        QVERIFY2(st.ok(), qPrintable(st.error().message));
        QCOMPARE((*opened)->schemaVersion(), Database::latestSchemaVersion());
        // AND the worklist search finds a fragment, with the index or without it
        cb::storage::CaseRepository repo(**opened);
        cb::core::CaseRecord r;
        r.patient.familyName = QStringLiteral("Becker");
        r.patient.givenName = QStringLiteral("Anna");
        r.patient.mrn = QStringLiteral("SH-2026-003538");
        r.patient.sex = cb::core::Sex::Female;
        auto pid = repo.insertPatient(r.patient, QDateTime::currentDateTimeUtc());
        QVERIFY2(pid.ok(), qPrintable(pid.error().message));
        r.patient.id = *pid;
        r.indication = cb::core::Indication::CllSll;
        r.referralDate = QDate(2026, 1, 2);
        QVERIFY(repo.insertCase(r, QDateTime::currentDateTimeUtc()).ok());
        cb::core::WorklistQuery q;
        q.search = QStringLiteral("cker 3538");
        QCOMPARE(*repo.worklistCount(q), qint64(1));
    }
}

void TestDatabase::shouldRollBackAnUncommittedTransaction()
{
    QFETCH(QString, backend);
    CB_TEST_DATABASE(tdb, backend);
    auto db = openDb(tdb.url());
    QVERIFY(db && db->migrate().ok());
    // WHEN a change is made in a transaction that is never committed
    {
        Transaction tx(*db);
        QVERIFY(tx.ok());
        QVERIFY(SettingRepository(*db).setValue(QStringLiteral("k"), QStringLiteral("v")).ok());
        QCOMPARE(settingOn(*db, QStringLiteral("k")), std::optional<QString>(QStringLiteral("v")));
    }
    // THEN it is gone
    QCOMPARE(settingOn(*db, QStringLiteral("k")), std::nullopt);
    QCOMPARE(tdb.count(QStringLiteral("setting")), qint64(0));
}

void TestDatabase::shouldCommitATransactionForOtherConnectionsToSee()
{
    QFETCH(QString, backend);
    CB_TEST_DATABASE(tdb, backend);
    auto db = openDb(tdb.url());
    QVERIFY(db && db->migrate().ok());
    auto other = openDb(tdb.url(), Database::OpenMode::MustExist);
    QVERIFY(other);
    // WHEN a change is committed on one connection
    {
        Transaction tx(*db);
        QVERIFY(SettingRepository(*db).setValue(QStringLiteral("k"), QStringLiteral("v1")).ok());
        QCOMPARE(settingOn(*other, QStringLiteral("k")), std::nullopt); // not yet visible
        QVERIFY(tx.commit().ok());
    }
    // THEN another connection sees it
    QCOMPARE(settingOn(*other, QStringLiteral("k")), std::optional<QString>(QStringLiteral("v1")));
    // AND an update of the same key replaces the value (no second row)
    QVERIFY(SettingRepository(*other).setValue(QStringLiteral("k"), QStringLiteral("v2")).ok());
    QCOMPARE(settingOn(*db, QStringLiteral("k")), std::optional<QString>(QStringLiteral("v2")));
    QCOMPARE(tdb.count(QStringLiteral("setting")), qint64(1));
}

void TestDatabase::shouldJoinNestedTransactions()
{
    QFETCH(QString, backend);
    CB_TEST_DATABASE(tdb, backend);
    auto db = openDb(tdb.url());
    QVERIFY(db && db->migrate().ok());
    // WHEN an inner transaction commits inside an outer one
    {
        Transaction outer(*db);
        {
            Transaction inner(*db);
            QVERIFY(SettingRepository(*db).setValue(QStringLiteral("inner"), QStringLiteral("1")).ok());
            QVERIFY(inner.commit().ok());
        }
        // THEN nothing is visible elsewhere until the outer one commits
        QCOMPARE(tdb.count(QStringLiteral("setting")), qint64(0));
        QVERIFY(SettingRepository(*db).setValue(QStringLiteral("outer"), QStringLiteral("1")).ok());
        QVERIFY(outer.commit().ok());
    }
    QCOMPARE(tdb.count(QStringLiteral("setting")), qint64(2));
}

void TestDatabase::shouldRollBackTheOuterTransactionWhenAnInnerPartFails()
{
    QFETCH(QString, backend);
    CB_TEST_DATABASE(tdb, backend);
    auto db = openDb(tdb.url());
    QVERIFY(db && db->migrate().ok());
    // GIVEN an outer transaction with a change
    Transaction outer(*db);
    QVERIFY(SettingRepository(*db).setValue(QStringLiteral("a"), QStringLiteral("1")).ok());
    // WHEN an inner part gives up without committing
    {
        Transaction inner(*db);
        QVERIFY(SettingRepository(*db).setValue(QStringLiteral("b"), QStringLiteral("2")).ok());
    }
    // THEN the outer commit fails and nothing was saved
    auto st = outer.commit();
    QVERIFY(!st.ok());
    QCOMPARE(tdb.count(QStringLiteral("setting")), qint64(0));
    // AND the connection is usable again
    QVERIFY(SettingRepository(*db).setValue(QStringLiteral("c"), QStringLiteral("3")).ok());
    QCOMPARE(tdb.count(QStringLiteral("setting")), qint64(1));
}

void TestDatabase::shouldRefuseToCommitTwice()
{
    QFETCH(QString, backend);
    CB_TEST_DATABASE(tdb, backend);
    auto db = openDb(tdb.url());
    QVERIFY(db && db->migrate().ok());
    Transaction tx(*db);
    QVERIFY(tx.commit().ok());
    QVERIFY(!tx.commit().ok());
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "TestDatabase.moc"
