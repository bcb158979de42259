#include "DamagedFiles.h"
#include "services/AuditService.h"
#include "storage/AuditRepository.h"
#include "storage/Database.h"
#include "storage/SqliteFile.h"
#include "storage/Transaction.h"

#include <QAtomicInt>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using cb::storage::Database;
using cb::storage::DatabaseUrl;
using cb::storage::SqliteFile;

namespace {

std::unique_ptr<Database> openAt(const QString& path, Database::OpenMode mode)
{
    auto url = DatabaseUrl::parse(path);
    if (!url.ok())
        return {};
    auto db = Database::open(*url, mode);
    if (!db.ok()) {
        qWarning("%s", qPrintable(db.error().message));
        return {};
    }
    return std::move(db).value();
}

// Another workstation's process, in short: appends audit entries, one transaction each, on its
// own connection, until told to stop.
class AuditWriter : public QThread
{
public:
    explicit AuditWriter(QString path) : m_path(std::move(path)) {}
    QAtomicInt stop;
    QAtomicInt written;
    QString failure;

protected:
    void run() override
    {
        auto db = openAt(m_path, Database::OpenMode::MustExist);
        if (!db) {
            failure = QStringLiteral("cannot open");
            return;
        }
        cb::storage::AuditRepository audit(*db);
        while (!stop.loadRelaxed()) {
            cb::storage::Transaction tx(*db);
            cb::core::AuditEntry e;
            e.at = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC).addSecs(written.loadRelaxed());
            e.action = QStringLiteral("test.write");
            e.entity = QStringLiteral("test");
            e.entityId = QString::number(written.loadRelaxed());
            auto r = audit.append(e);
            if (!r.ok() || !tx.commit().ok()) {
                failure = r.ok() ? QStringLiteral("commit failed") : r.error().message;
                return;
            }
            written.fetchAndAddRelaxed(1);
        }
    }

private:
    QString m_path;
};

} // namespace

// SQLite's backup API through storage::SqliteFile: a consistent copy while another connection
// writes, a copy that stands alone, a restore into a database in use, and the integrity check.
class TestSqliteFile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_template;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_template = m_dir.filePath(QStringLiteral("template.sqlite"));
        const QString why = cb::test::writeDemoDatabase(m_template, QStringLiteral("sqlite-file-password"));
        QVERIFY2(why.isEmpty(), qPrintable(why));
    }

    void shouldBackUpConsistentlyWhileAnotherConnectionWrites()
    {
        // GIVEN a demo database another connection keeps writing audit entries into
        const QString path = m_dir.filePath(QStringLiteral("busy.sqlite"));
        QVERIFY(QFile::copy(m_template, path));
        const qint64 start =
            cb::test::scalarSqlite(path, QStringLiteral("SELECT COUNT(*) FROM audit_event")).toLongLong();
        AuditWriter writer(path);
        writer.start();
        QTRY_VERIFY_WITH_TIMEOUT(writer.written.loadRelaxed() > 5 || !writer.failure.isEmpty(), 20000);
        // WHEN backups are taken meanwhile
        QList<qint64> entries;
        for (int i = 0; i < 5; ++i) {
            const QString copy = m_dir.filePath(QStringLiteral("busy-%1.backup.sqlite").arg(i));
            const int before = writer.written.loadRelaxed();
            auto st = SqliteFile::backup(path, copy);
            QVERIFY2(st.ok(), st.ok() ? "" : qPrintable(st.error().message));
            // THEN each copy is sound, its audit chain unbroken, and it holds one moment of the
            // database: every entry written before the backup began, none torn
            auto check = SqliteFile::check(copy, false);
            QVERIFY(check.ok());
            QVERIFY2(check->isEmpty(), qPrintable(check->join(QStringLiteral("; "))));
            auto db = openAt(copy, Database::OpenMode::ReadOnly);
            QVERIFY(db);
            auto v = cb::services::AuditService(*db).verify();
            QVERIFY2(v.ok() && v->ok(), v.ok() ? qPrintable(v->problem) : qPrintable(v.error().message));
            QVERIFY(v->entries >= start + before);
            entries << v->entries;
            QTRY_VERIFY_WITH_TIMEOUT(writer.written.loadRelaxed() > before + 2 || !writer.failure.isEmpty(),
                                     20000);
        }
        writer.stop.storeRelaxed(1);
        writer.wait();
        QVERIFY2(writer.failure.isEmpty(), qPrintable(writer.failure));
        // AND the writer was never blocked for good: it went on while the copies were taken
        QVERIFY(entries.last() > entries.first());
        QVERIFY(start + writer.written.loadRelaxed() >= entries.last());
    }

    void shouldWriteABackupThatStandsAlone()
    {
        const QString copy = m_dir.filePath(QStringLiteral("alone.backup.sqlite"));
        // WHEN a database in WAL mode is backed up
        auto st = SqliteFile::backup(m_template, copy);
        QVERIFY2(st.ok(), st.ok() ? "" : qPrintable(st.error().message));
        // THEN the copy is one file in rollback-journal mode, readable by its owner only
        QFile f(copy);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray header = f.read(20);
        QCOMPARE(int(header.at(18)), 1); // file format write version: 1 = rollback journal, 2 = WAL
        QCOMPARE(int(header.at(19)), 1);
        QCOMPARE(QFileInfo(copy).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther |
                                                  QFileDevice::WriteGroup | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
        QVERIFY(!QFileInfo::exists(copy + QStringLiteral("-wal")));
        QVERIFY(!QFileInfo::exists(copy + QStringLiteral(".part")));
        // AND an existing file is never overwritten
        auto again = SqliteFile::backup(m_template, copy);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, cb::ErrorCode::BadInput);
        QVERIFY2(again.error().message.contains(copy), qPrintable(again.error().message));
    }

    void shouldRefuseToPassADamagedCopyAsABackup()
    {
        // GIVEN a database with zeroed pages inside its tables
        const QString path = m_dir.filePath(QStringLiteral("bad-source.sqlite"));
        QVERIFY(QFile::copy(m_template, path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        const QList<int> pages = cb::test::pagesOf(path, {QStringLiteral("audit_event")});
        QVERIFY(pages.size() > 4);
        QVERIFY(cb::test::zeroPages(path, pages.mid(0, 4)));
        const QString copy = m_dir.filePath(QStringLiteral("bad.backup.sqlite"));
        // WHEN it is backed up at the file level
        auto st = SqliteFile::backup(path, copy);
        // THEN the copy fails its integrity check and no backup file is left
        QVERIFY(!st.ok());
        QCOMPARE(st.error().code, cb::ErrorCode::Damaged);
        QVERIFY(!QFileInfo::exists(copy));
        QVERIFY(!QFileInfo::exists(copy + QStringLiteral(".part")));
    }

    void shouldCopyIntoADatabaseThatIsInUse()
    {
        // GIVEN a database open on a connection, and a backup of an earlier moment
        const QString path = m_dir.filePath(QStringLiteral("live.sqlite"));
        QVERIFY(QFile::copy(m_template, path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        const QString backup = m_dir.filePath(QStringLiteral("live-earlier.backup.sqlite"));
        QVERIFY(SqliteFile::backup(path, backup).ok());
        auto live = openAt(path, Database::OpenMode::MustExist);
        QVERIFY(live);
        const qint64 earlier =
            cb::test::scalarSqlite(path, QStringLiteral("SELECT COUNT(*) FROM audit_event")).toLongLong();
        {
            cb::storage::Transaction tx(*live);
            cb::core::AuditEntry e;
            e.at = QDateTime(QDate(2026, 3, 3), QTime(9, 0), Qt::UTC);
            e.action = QStringLiteral("test.after_backup");
            QVERIFY(cb::storage::AuditRepository(*live).append(e).ok());
            QVERIFY(tx.commit().ok());
        }
        // WHEN the backup is copied into it
        auto st = SqliteFile::copyInto(backup, path);
        QVERIFY2(st.ok(), st.ok() ? "" : qPrintable(st.error().message));
        // THEN the open connection sees the backup's content, whole
        auto count = cb::storage::AuditRepository(*live).count();
        QVERIFY(count.ok());
        QCOMPARE(*count, earlier);
        auto v = cb::services::AuditService(*live).verify();
        QVERIFY(v.ok() && v->ok());
        // AND the file is a sound WAL database again
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(int(f.read(20).at(18)), 2);
    }

    void shouldCreateADatabaseFromABackup()
    {
        const QString path = m_dir.filePath(QStringLiteral("new/place/cellboard.sqlite"));
        // WHEN a backup is copied to where no database is
        auto st = SqliteFile::copyInto(m_template, path);
        QVERIFY2(st.ok(), st.ok() ? "" : qPrintable(st.error().message));
        // THEN the new file is readable by its owner only and opens as a CellBoard database
        QCOMPARE(QFileInfo(path).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
        auto db = openAt(path, Database::OpenMode::MustExist);
        QVERIFY(db);
        QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
    }

    void shouldMoveADamagedFileAsideWithItsJournal()
    {
        const QString path = m_dir.filePath(QStringLiteral("aside.sqlite"));
        QVERIFY(cb::test::writeFile(path, "damaged"));
        QVERIFY(cb::test::writeFile(path + QStringLiteral("-wal"), "its wal"));
        const QString aside = m_dir.filePath(QStringLiteral("aside.replaced-20260302-090000.sqlite"));
        // WHEN it is moved aside
        QVERIFY(SqliteFile::moveAside(path, aside).ok());
        // THEN the file and its WAL have the new name together, and nothing is left at the old one
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
        QFile kept(aside);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("damaged"));
        QFile keptWal(aside + QStringLiteral("-wal"));
        QVERIFY(keptWal.open(QIODevice::ReadOnly));
        QCOMPARE(keptWal.readAll(), QByteArray("its wal"));
        // AND a second move to the same name is refused rather than overwriting
        QVERIFY(cb::test::writeFile(path, "again"));
        QVERIFY(!SqliteFile::moveAside(path, aside).ok());
        QVERIFY(QFileInfo::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestSqliteFile)
#include "TestSqliteFile.moc"
