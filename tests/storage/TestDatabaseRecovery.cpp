#include "DamagedFiles.h"
#include "core/BackupName.h"
#include "services/Workspace.h"
#include "storage/Database.h"
#include "storage/SettingRepository.h"
#include "storage/SqlSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <unistd.h>

using cb::ErrorCode;
using cb::storage::Database;
using cb::storage::DatabaseUrl;

namespace {

using Mode = Database::OpenMode;

cb::Result<std::unique_ptr<Database>> openAt(const QString& path, Mode mode)
{
    auto url = DatabaseUrl::parse(path);
    if (!url.ok())
        return url.error();
    return Database::open(*url, mode);
}

QString describe(const cb::Error& e)
{
    return QStringLiteral("code %1: %2").arg(int(e.code)).arg(e.message);
}

// Runs `body` with the effective user "nobody" when this process runs as root (whom file
// permissions do not bind), so a read-only file is read-only to the code under test too.
template <typename F> void asUnprivilegedUser(F&& body)
{
    const bool root = ::geteuid() == 0;
    if (root && (::setegid(65534) != 0 || ::seteuid(65534) != 0))
        QFAIL("cannot drop to the user nobody");
    body();
    if (root && (::seteuid(0) != 0 || ::setegid(0) != 0))
        qFatal("cannot return to root");
}

} // namespace

// Recovery at start (issue 18 §3): a SQLite file that is cut short, partly overwritten, not a
// database, empty, another program's, read-only, locked, from a newer CellBoard, or on a full
// disk is named with what to do, never crashes or hangs, and is never written into; only an
// absent or empty file becomes a new CellBoard database. An update of the schema backs the
// database up first.
class TestDatabaseRecovery : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_template;

    QString freshCopy(const QString& name)
    {
        const QString path = m_dir.filePath(name);
        for (const char* suffix : {"", "-wal", "-shm"})
            QFile::remove(path + QLatin1String(suffix));
        if (!QFile::copy(m_template, path))
            return {};
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_template = m_dir.filePath(QStringLiteral("template.sqlite"));
        const QString why = cb::test::writeDemoDatabase(m_template, QStringLiteral("recovery-password"));
        QVERIFY2(why.isEmpty(), qPrintable(why));
        QVERIFY(!QFileInfo::exists(m_template + QStringLiteral("-wal")));
    }

    void shouldRefuseADamagedFileWithoutWritingIt_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("cut short inside a page") << "cut-inside-page";
        QTest::newRow("cut short to half its pages") << "cut-half";
        QTest::newRow("16 pages zeroed in the opinion, signature and audit tables") << "zero-16";
        QTest::newRow("its first page zeroed") << "zero-first";
        QTest::newRow("overwritten with text") << "text";
    }

    void shouldRefuseADamagedFileWithoutWritingIt()
    {
        QFETCH(QString, damage);
        // GIVEN a demo database, damaged while closed
        const QString path = freshCopy(QStringLiteral("damaged.sqlite"));
        QVERIFY(!path.isEmpty());
        const qint64 size = QFileInfo(path).size();
        if (damage == QLatin1String("cut-inside-page")) {
            QVERIFY(cb::test::truncateTo(path, size - 4096 * 3 - 1000));
        } else if (damage == QLatin1String("cut-half")) {
            QVERIFY(cb::test::truncateTo(path, (size / 4096 / 2) * 4096));
        } else if (damage == QLatin1String("zero-16")) {
            const QList<int> pages =
                cb::test::pagesOf(path, {QStringLiteral("opinion"), QStringLiteral("signature"),
                                         QStringLiteral("audit_event")});
            QVERIFY2(pages.size() >= 16, "the demo has too few pages in those tables");
            QList<int> chosen;
            for (int i = 0; i < 16; ++i)
                chosen << pages.at(i * pages.size() / 16);
            QVERIFY(cb::test::zeroPages(path, chosen));
        } else if (damage == QLatin1String("zero-first")) {
            QVERIFY(cb::test::zeroPages(path, {1}));
        } else {
            QVERIFY(cb::test::writeFile(path,
                                        QByteArray("minutes of the board, not a database\n").repeated(400)));
        }
        const QString before = cb::test::fileHash(path);
        // WHEN it is opened as an existing database, to be created (init), and by the workspace
        for (const Mode mode : {Mode::MustExist, Mode::CreateIfMissing, Mode::ReadOnly}) {
            auto db = openAt(path, mode);
            // THEN it is refused as damaged, naming the file and the way out
            QVERIFY2(!db.ok(), "a damaged database was opened");
            QVERIFY2(db.error().code == ErrorCode::Damaged, qPrintable(describe(db.error())));
            QVERIFY2(db.error().message.contains(path), qPrintable(db.error().message));
            QVERIFY2(db.error().message.contains(QLatin1String("backup")), qPrintable(db.error().message));
        }
        auto ws = cb::services::Workspace::open(path, cb::services::Workspace::OpenMode::MustExist);
        QVERIFY(!ws.ok());
        QCOMPARE(ws.error().code, ErrorCode::Damaged);
        // AND not one byte of it was written
        QCOMPARE(cb::test::fileHash(path), before);
        auto inspection = Database::inspect(path);
        QVERIFY2(inspection.ok(), qPrintable(inspection.error().message));
        QCOMPARE(inspection->state, cb::storage::FileInspection::State::Damaged);
        QCOMPARE(cb::test::fileHash(path), before);
    }

    void shouldCreateTheSchemaOnlyInAnAbsentOrEmptyFile_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("initMayCreate");
        QTest::newRow("absent") << "absent" << true;
        QTest::newRow("empty file") << "empty" << true;
        QTest::newRow("SQLite database without a table") << "no-table" << true;
        QTest::newRow("SQLite database of another program") << "foreign" << false;
    }

    void shouldCreateTheSchemaOnlyInAnAbsentOrEmptyFile()
    {
        QFETCH(QString, file);
        QFETCH(bool, initMayCreate);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        QString error;
        if (file == QLatin1String("empty"))
            QVERIFY(cb::test::writeFile(path, {}));
        else if (file == QLatin1String("no-table"))
            QVERIFY2(cb::test::execSqlite(path, {QStringLiteral("PRAGMA user_version = 3")}, &error),
                     qPrintable(error));
        else if (file == QLatin1String("foreign"))
            QVERIFY2(cb::test::execSqlite(
                         path,
                         {QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)"),
                          QStringLiteral("INSERT INTO notes (text) VALUES ('keep me')")},
                         &error),
                     qPrintable(error));
        const QString before = cb::test::fileHash(path);
        // WHEN a command other than init opens it (the workspace migrates what it opens)
        auto ws = cb::services::Workspace::open(path, cb::services::Workspace::OpenMode::MustExist);
        // THEN it is refused with a message naming the file, and the file is as it was
        QVERIFY(!ws.ok());
        if (file != QLatin1String("absent"))
            QVERIFY2(ws.error().message.contains(path), qPrintable(ws.error().message));
        QVERIFY2(ws.error().message.contains(QLatin1String("init")) ||
                     ws.error().message.contains(QLatin1String("another program")),
                 qPrintable(ws.error().message));
        QCOMPARE(cb::test::fileHash(path), before);
        QCOMPARE(QFileInfo::exists(path), file != QLatin1String("absent"));
        // WHEN init opens it
        auto created =
            cb::services::Workspace::open(path, cb::services::Workspace::OpenMode::CreateIfMissing);
        // THEN only an absent or empty file becomes a CellBoard database
        QCOMPARE(created.ok(), initMayCreate);
        if (initMayCreate) {
            QCOMPARE((*created)->schemaVersion(), Database::latestSchemaVersion());
        } else {
            QVERIFY2(created.error().message.contains(QLatin1String("not a CellBoard database")),
                     qPrintable(created.error().message));
            QCOMPARE(cb::test::fileHash(path), before);
            QCOMPARE(
                cb::test::scalarSqlite(path, QStringLiteral("SELECT COUNT(*) FROM sqlite_master")).toInt(),
                1);
        }
    }

    void shouldExplainAReadOnlyFile()
    {
        // GIVEN a demo database its user may read but not write, in a folder open to that user
        QTemporaryDir dir;
        QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                      QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                                      QFileDevice::ExeOther | QFileDevice::WriteOther));
        const QString path = dir.filePath(QStringLiteral("readonly.sqlite"));
        QVERIFY(QFile::copy(m_template, path));
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadOther));
        const QString before = cb::test::fileHash(path);
        asUnprivilegedUser([&] {
            // WHEN it is opened to work in it
            auto ws = cb::services::Workspace::open(path, cb::services::Workspace::OpenMode::MustExist);
            // THEN the message names the file and says it is read-only, not damaged
            QVERIFY(!ws.ok());
            QVERIFY2(ws.error().code == ErrorCode::Unavailable, qPrintable(describe(ws.error())));
            QVERIFY2(ws.error().message.contains(path), qPrintable(ws.error().message));
            QVERIFY2(ws.error().message.contains(QLatin1String("read-only")), qPrintable(ws.error().message));
            // AND a backup check may still read it
            auto ro = openAt(path, Mode::ReadOnly);
            QVERIFY2(ro.ok(), ro.ok() ? "" : qPrintable(ro.error().message));
        });
        QCOMPARE(cb::test::fileHash(path), before);
    }

    void shouldExplainADatabaseLockedByAnotherProgram()
    {
        // GIVEN a database another program holds with an exclusive lock
        const QString path = freshCopy(QStringLiteral("locked.sqlite"));
        const QString name = QStringLiteral("locker");
        {
            QSqlDatabase locker = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            locker.setDatabaseName(path);
            QVERIFY(locker.open());
            QSqlQuery q(locker);
            QVERIFY(q.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")));
            QVERIFY(q.exec(QStringLiteral("BEGIN EXCLUSIVE")));
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM app_user")) && q.next());
            q.finish();
            // WHEN CellBoard opens it
            auto ws = cb::services::Workspace::open(path, cb::services::Workspace::OpenMode::MustExist);
            // THEN after a short wait it says the file is locked by another program (not damaged)
            QVERIFY(!ws.ok());
            QVERIFY2(ws.error().code == ErrorCode::Unavailable, qPrintable(describe(ws.error())));
            QVERIFY2(ws.error().message.contains(path), qPrintable(ws.error().message));
            QVERIFY2(ws.error().message.contains(QLatin1String("locked")), qPrintable(ws.error().message));
            QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
            locker.close();
        }
        QSqlDatabase::removeDatabase(name);
        // AND once the other program is gone, it opens
        auto again = cb::services::Workspace::open(path, cb::services::Workspace::OpenMode::MustExist);
        QVERIFY2(again.ok(), again.ok() ? "" : qPrintable(again.error().message));
    }

    void shouldReportAFullDiskAsAFullDisk()
    {
        // GIVEN a database that can grow no more (SQLite's page limit: the same SQLITE_FULL as a full disk)
        const QString path = freshCopy(QStringLiteral("full.sqlite"));
        auto db = openAt(path, Mode::MustExist);
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
        QSqlQuery q((*db)->d()->db());
        QVERIFY(q.exec(QStringLiteral("PRAGMA page_count")) && q.next());
        const int pages = q.value(0).toInt();
        QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
        // WHEN a write needs more room
        const QString big(200000, QLatin1Char('x'));
        auto st = cb::storage::SettingRepository(**db).setValue(QStringLiteral("test.large"), big);
        // THEN it is reported as a full disk naming the file, never as a damaged database
        QVERIFY(!st.ok());
        QVERIFY2(st.error().code == ErrorCode::Unavailable, qPrintable(describe(st.error())));
        QVERIFY2(st.error().message.contains(QLatin1String("full")), qPrintable(st.error().message));
        QVERIFY2(st.error().message.contains(path), qPrintable(st.error().message));
        QVERIFY2(!st.error().message.contains(QLatin1String("damaged")) ||
                     st.error().message.contains(QLatin1String("not damaged")),
                 qPrintable(st.error().message));
        // AND once there is room again, the same write succeeds and the file is sound
        QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = 1000000")));
        auto again = cb::storage::SettingRepository(**db).setValue(QStringLiteral("test.large"), big);
        QVERIFY2(again.ok(), again.ok() ? "" : qPrintable(again.error().message));
        QVERIFY(q.exec(QStringLiteral("PRAGMA quick_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
    }

    void shouldNameTheFileOfADatabaseFromANewerVersion()
    {
        // GIVEN a database with a schema step this build does not know
        const QString path = freshCopy(QStringLiteral("newer.sqlite"));
        QString error;
        QVERIFY2(
            cb::test::execSqlite(path,
                                 {QStringLiteral("INSERT INTO schema_migration (version, name, applied_at) "
                                                 "VALUES (%1, 'future', '2030-01-01T00:00:00.000Z')")
                                      .arg(Database::latestSchemaVersion() + 1)},
                                 &error),
            qPrintable(error));
        const QString before = cb::test::fileHash(path);
        // WHEN it is opened
        auto ws = cb::services::Workspace::open(path, cb::services::Workspace::OpenMode::MustExist);
        // THEN the message names the file and the newer version, and the file is not changed
        QVERIFY(!ws.ok());
        QVERIFY2(ws.error().message.contains(path) && ws.error().message.contains(QLatin1String("newer")),
                 qPrintable(ws.error().message));
        QCOMPARE(cb::test::fileHash(path), before);
    }

    void shouldBackUpBeforeUpdatingTheSchema()
    {
        // GIVEN a database at the schema before this version's
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("older.sqlite"));
        const int older = Database::latestSchemaVersion() - 1;
        {
            auto db = openAt(path, Mode::CreateIfMissing);
            QVERIFY(db.ok());
            QVERIFY((*db)->migrateTo(older).ok());
            QCOMPARE((*db)->schemaVersion(), older);
            QVERIFY((*db)->preMigrationBackup().isEmpty()); // a new database has nothing to keep
        }
        // WHEN this version opens it
        auto ws = cb::services::Workspace::open(path, cb::services::Workspace::OpenMode::MustExist);
        QVERIFY2(ws.ok(), ws.ok() ? "" : qPrintable(ws.error().message));
        // THEN it is updated, and a copy at the old schema was kept in backups/ beside it first
        QCOMPARE((*ws)->schemaVersion(), Database::latestSchemaVersion());
        const QString backup = (*ws)->preMigrationBackup();
        QVERIFY(!backup.isEmpty());
        QCOMPARE(QFileInfo(backup).absolutePath(), dir.filePath(QStringLiteral("backups")));
        const auto name = cb::core::BackupName::parse(backup);
        QVERIFY(name.has_value());
        QCOMPARE(name->stem, QStringLiteral("older"));
        QCOMPARE(name->note, QStringLiteral("before-schema-%1").arg(Database::latestSchemaVersion()));
        QCOMPARE(cb::test::scalarSqlite(backup, QStringLiteral("SELECT MAX(version) FROM schema_migration"))
                     .toInt(),
                 older);
        QCOMPARE(cb::test::scalarSqlite(backup, QStringLiteral("PRAGMA integrity_check")).toString(),
                 QStringLiteral("ok"));
    }

    void shouldNotUpdateTheSchemaWhenTheBackupCannotBeWritten()
    {
        // GIVEN a database at an older schema whose backups/ cannot be created (a file has the name)
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("older.sqlite"));
        const int older = Database::latestSchemaVersion() - 1;
        {
            auto db = openAt(path, Mode::CreateIfMissing);
            QVERIFY(db.ok() && (*db)->migrateTo(older).ok());
        }
        QVERIFY(cb::test::writeFile(dir.filePath(QStringLiteral("backups")), "not a folder"));
        // WHEN this version opens it
        auto ws = cb::services::Workspace::open(path, cb::services::Workspace::OpenMode::MustExist);
        // THEN it refuses to update without the backup, and the schema is unchanged
        QVERIFY(!ws.ok());
        QVERIFY2(ws.error().message.contains(QLatin1String("backs it up")), qPrintable(ws.error().message));
        QCOMPARE(
            cb::test::scalarSqlite(path, QStringLiteral("SELECT MAX(version) FROM schema_migration")).toInt(),
            older);
    }
};

QTEST_GUILESS_MAIN(TestDatabaseRecovery)
#include "TestDatabaseRecovery.moc"
