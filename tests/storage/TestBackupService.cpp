#include "DamagedFiles.h"
#include "core/BackupName.h"
#include "services/BackupService.h"
#include "services/UserService.h"
#include "services/Workspace.h"
#include "storage/Database.h"
#include "storage/SqliteFile.h"
#include "support/TestDatabase.h"
#include "support/TestUsers.h"
#include "support/TestWorkspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using cb::ErrorCode;
using cb::services::BackupService;
using cb::services::RestoreRequest;
using cb::services::Workspace;
using cb::storage::Database;

namespace {

qint64 auditCount(const QString& path)
{
    return cb::test::scalarSqlite(path, QStringLiteral("SELECT COUNT(*) FROM audit_event")).toLongLong();
}

qint64 userCount(const QString& path)
{
    return cb::test::scalarSqlite(path, QStringLiteral("SELECT COUNT(*) FROM app_user")).toLongLong();
}

} // namespace

// services::BackupService: a verified backup, the check of a backup file (damaged, tampered,
// foreign, older and newer schemas), and the restore that checks first, keeps what it replaces
// and records itself in the restored database. PostgreSQL rows: refused with the server's tools
// named.
class TestBackupService : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_template;
    cb::core::ManualClock m_clock{QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC)};

    QString copyOfDemo(const QString& folder, const QString& name = QStringLiteral("cellboard.sqlite"))
    {
        QDir().mkpath(folder);
        const QString path = QDir(folder).filePath(name);
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
        const QString why = cb::test::writeDemoDatabase(m_template, QStringLiteral("backup-service-pw"));
        QVERIFY2(why.isEmpty(), qPrintable(why));
    }

    void shouldBackUpAndVerify_data() { cb::test::addBackendRows(); }
    void shouldBackUpAndVerify()
    {
        QFETCH(QString, backend);
        CB_TEST_DATABASE(tdb, backend);
        const BackupService backups(m_clock);
        QTemporaryDir out;
        const QString target = out.filePath(QStringLiteral("copy.backup.sqlite"));
        if (tdb.isPostgres()) {
            // GIVEN a PostgreSQL database: the backup is the administrator's, with pg_dump
            auto t = cb::test::openTestWorkspace(tdb.url());
            QVERIFY(t);
            auto r = backups.backup(tdb.url(), target);
            QVERIFY(!r.ok());
            QCOMPARE(r.error().code, ErrorCode::BadInput);
            QVERIFY2(r.error().message.contains(QLatin1String("pg_dump")), qPrintable(r.error().message));
            auto restore = backups.restore(tdb.url(), m_template, {});
            QVERIFY(!restore.ok());
            QVERIFY2(restore.error().message.contains(QLatin1String("pg_restore")),
                     qPrintable(restore.error().message));
            QVERIFY(!QFileInfo::exists(target));
            return;
        }
        // GIVEN a demo database
        const QString path = copyOfDemo(out.filePath(QStringLiteral("db")));
        auto ws = Workspace::open(path, Workspace::OpenMode::MustExist);
        QVERIFY(ws.ok());
        auto source = (*ws)->audit().verify();
        QVERIFY(source.ok());
        // WHEN it is backed up while open
        auto r = backups.backup(path, target);
        // THEN the backup is verified: its integrity, schema, whole audit chain and signatures
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QVERIFY2(r->ok(), qPrintable(r->problem));
        QCOMPARE(r->schemaVersion, Database::latestSchemaVersion());
        QVERIFY(r->integrityProblems.isEmpty());
        QCOMPARE(r->audit.entries, source->entries);
        QCOMPARE(r->audit.headHash, source->headHash);
        QCOMPARE(r->audit.signatures, source->signatures);
        QVERIFY(r->audit.signatures > 0);
        // AND checking it again later says the same
        auto again = backups.verify(target);
        QVERIFY(again.ok() && again->ok());
        QCOMPARE(again->audit.headHash, source->headHash);
        QCOMPARE(again->bytes, QFileInfo(target).size());
    }

    void shouldFindWhatIsWrongWithABackup_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("named"); // what the problem says
        QTest::newRow("pages zeroed inside the audit trail") << "zeroed"
                                                             << "damaged";
        QTest::newRow("cut short") << "cut"
                                   << "damaged";
        QTest::newRow("an audit entry edited") << "tampered"
                                               << "audit trail is broken at entry";
        QTest::newRow("a signed opinion edited") << "signature"
                                                 << "does not verify";
        QTest::newRow("another program's SQLite file") << "foreign"
                                                       << "another program";
        QTest::newRow("an empty file") << "empty"
                                       << "empty";
        QTest::newRow("a text file") << "text"
                                     << "not a database";
        QTest::newRow("from a newer CellBoard") << "newer"
                                                << "newer CellBoard";
    }

    void shouldFindWhatIsWrongWithABackup()
    {
        QFETCH(QString, kind);
        QFETCH(QString, named);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("suspect.backup.sqlite"));
        QVERIFY(cb::storage::SqliteFile::backup(m_template, file).ok());
        QString error;
        if (kind == QLatin1String("zeroed")) {
            const QList<int> pages = cb::test::pagesOf(file, {QStringLiteral("audit_event")});
            QVERIFY(cb::test::zeroPages(file, pages.mid(0, 3)));
        } else if (kind == QLatin1String("cut")) {
            QVERIFY(cb::test::truncateTo(file, QFileInfo(file).size() / 2 + 100));
        } else if (kind == QLatin1String("tampered")) {
            QVERIFY2(cb::test::execSqlite(
                         file,
                         {QStringLiteral("DROP TRIGGER audit_event_no_update"),
                          QStringLiteral("UPDATE audit_event SET action = 'nothing' WHERE seq = 5")},
                         &error),
                     qPrintable(error));
        } else if (kind == QLatin1String("signature")) {
            QVERIFY2(cb::test::execSqlite(
                         file,
                         {QStringLiteral("DROP TRIGGER opinion_signed_no_update"),
                          QStringLiteral("UPDATE opinion SET comment = comment || ' (edited)' WHERE "
                                         "id = (SELECT record_id FROM signature WHERE record_type = "
                                         "'opinion' ORDER BY id LIMIT 1)")},
                         &error),
                     qPrintable(error));
        } else if (kind == QLatin1String("foreign")) {
            QFile::remove(file);
            QVERIFY(cb::test::execSqlite(file, {QStringLiteral("CREATE TABLE notes (text TEXT)")}));
        } else if (kind == QLatin1String("empty")) {
            QVERIFY(cb::test::writeFile(file, {}));
        } else if (kind == QLatin1String("text")) {
            QVERIFY(cb::test::writeFile(file, QByteArray("not a backup\n").repeated(50)));
        } else if (kind == QLatin1String("newer")) {
            QVERIFY(cb::test::execSqlite(
                file, {QStringLiteral(
                           "INSERT INTO schema_migration (version, name, applied_at) VALUES (%1, 'future', "
                           "'2030-01-01T00:00:00.000Z')")
                           .arg(Database::latestSchemaVersion() + 1)}));
        }
        const QString before = cb::test::fileHash(file);
        // WHEN it is checked
        auto check = BackupService(m_clock).verify(file);
        // THEN it is not usable, and the problem says why
        QVERIFY2(check.ok(), check.ok() ? "" : qPrintable(check.error().message));
        QVERIFY2(!check->ok(), "a bad backup verified");
        QVERIFY2(check->problem.contains(named), qPrintable(check->problem));
        QCOMPARE(check->newerSchema, kind == QLatin1String("newer"));
        // AND checking changed nothing in it
        QCOMPARE(cb::test::fileHash(file), before);
    }

    void shouldVerifyABackupOfAnOlderSchema()
    {
        // GIVEN the backup taken before a schema update (a database at the previous schema)
        QTemporaryDir dir;
        const QString old = dir.filePath(QStringLiteral("old.sqlite"));
        {
            auto url = cb::storage::DatabaseUrl::parse(old);
            auto db = Database::open(*url, Database::OpenMode::CreateIfMissing);
            QVERIFY(db.ok() && (*db)->migrateTo(Database::latestSchemaVersion() - 1).ok());
        }
        const QString file = dir.filePath(QStringLiteral("old-20260301-090000.backup.sqlite"));
        QVERIFY(cb::storage::SqliteFile::backup(old, file).ok());
        const QString before = cb::test::fileHash(file);
        // WHEN it is checked
        auto check = BackupService(m_clock).verify(file);
        // THEN it verifies, at its own schema, and stays as it was
        QVERIFY2(check.ok() && check->ok(),
                 check.ok() ? qPrintable(check->problem) : qPrintable(check.error().message));
        QCOMPARE(check->schemaVersion, Database::latestSchemaVersion() - 1);
        QCOMPARE(cb::test::fileHash(file), before);
    }

    void shouldSayThereIsNoBackupToCheck()
    {
        QTemporaryDir dir;
        auto missing = BackupService(m_clock).verify(dir.filePath(QStringLiteral("none.backup.sqlite")));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
        auto folder = BackupService(m_clock).verify(dir.path());
        QVERIFY(!folder.ok());
        QCOMPARE(folder.error().code, ErrorCode::BadInput);
    }

    void shouldRestoreAMissingDatabaseAndRecordIt()
    {
        // GIVEN a backup and no database where it belongs
        QTemporaryDir dir;
        const QString backup = dir.filePath(QStringLiteral("cellboard-20260301-090000.backup.sqlite"));
        QVERIFY(cb::storage::SqliteFile::backup(m_template, backup).ok());
        const QString path = dir.filePath(QStringLiteral("site/cellboard.sqlite"));
        // WHEN it is restored
        RestoreRequest request;
        request.via = QStringLiteral("test");
        auto r = BackupService(m_clock).restore(path, backup, request);
        // THEN the database is there, nothing was kept (there was nothing), and the restore is the
        // newest entry of its audit trail, naming the backup
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QVERIFY(r->keptAs.isEmpty());
        auto ws = Workspace::open(path, Workspace::OpenMode::MustExist);
        QVERIFY(ws.ok());
        const auto entries = cb::test::auditEntries(**ws, r->auditSeq - 1);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().action, QStringLiteral("database.restore"));
        QCOMPARE(entries.first().at, m_clock.nowUtc());
        const QJsonObject after = QJsonDocument::fromJson(entries.first().after.toUtf8()).object();
        QCOMPARE(after.value(QStringLiteral("backup_file")).toString(), QFileInfo(backup).fileName());
        QCOMPARE(after.value(QStringLiteral("via")).toString(), QStringLiteral("test"));
        auto v = (*ws)->audit().verify();
        QVERIFY(v.ok() && v->ok());
        QCOMPARE(v->entries, auditCount(m_template) + 1);
    }

    void shouldRestoreADamagedDatabaseKeepingIt()
    {
        // GIVEN a damaged database and a backup of it
        QTemporaryDir dir;
        const QString path = copyOfDemo(dir.path());
        const QString backup = dir.filePath(QStringLiteral("cellboard-20260301-090000.backup.sqlite"));
        QVERIFY(cb::storage::SqliteFile::backup(path, backup).ok());
        const QList<int> pages =
            cb::test::pagesOf(path, {QStringLiteral("signature"), QStringLiteral("opinion")});
        QVERIFY(cb::test::zeroPages(path, pages.mid(0, 6)));
        const QString damaged = cb::test::fileHash(path);
        // WHEN the backup is restored (no --force: a damaged database is replaced at once)
        auto r = BackupService(m_clock).restore(path, backup, {});
        // THEN the damaged file is kept aside, byte for byte, under a name with the time
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(QFileInfo(r->keptAs).fileName(), cb::core::BackupName::replacedName(path, m_clock.nowUtc()));
        QCOMPARE(cb::test::fileHash(r->keptAs), damaged);
        // AND the database opens and verifies
        auto ws = Workspace::open(path, Workspace::OpenMode::MustExist);
        QVERIFY2(ws.ok(), ws.ok() ? "" : qPrintable(ws.error().message));
        auto v = (*ws)->audit().verify();
        QVERIFY(v.ok() && v->ok());
    }

    void shouldReplaceASoundDatabaseOnlyWhenConfirmed()
    {
        // GIVEN a database with a user added after its backup
        QTemporaryDir dir;
        const QString path = copyOfDemo(dir.path());
        const QString backup = dir.filePath(QStringLiteral("cellboard-20260301-090000.backup.sqlite"));
        QVERIFY(cb::storage::SqliteFile::backup(path, backup).ok());
        {
            auto ws = Workspace::open(path, Workspace::OpenMode::MustExist);
            QVERIFY(ws.ok());
            cb::test::seedUser((*ws)->database(), QStringLiteral("latecomer"), {cb::core::Role::Viewer});
        }
        const qint64 users = userCount(path);
        const QString before = cb::test::fileHash(path);
        // WHEN it is restored without confirmation
        auto refused = BackupService(m_clock).restore(path, backup, {});
        // THEN it is refused as not allowed in the database's state, and nothing changed
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::Conflict);
        QVERIFY2(refused.error().message.contains(QLatin1String("--force")),
                 qPrintable(refused.error().message));
        QCOMPARE(cb::test::fileHash(path), before);
        // WHEN it is restored with confirmation, by an administrator in the GUI
        RestoreRequest request;
        request.force = true;
        request.actor.id = 1;
        request.actor.username = QStringLiteral("admin");
        request.via = QStringLiteral("settings");
        auto r = BackupService(m_clock).restore(path, backup, request);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        // THEN the database is the backup's (the late user is gone) plus the restore's record
        QCOMPARE(userCount(path), users - 1);
        auto ws = Workspace::open(path, Workspace::OpenMode::MustExist);
        QVERIFY(ws.ok());
        const auto last = cb::test::auditEntries(**ws, r->auditSeq - 1);
        QCOMPARE(last.size(), 1);
        QCOMPARE(last.first().action, QStringLiteral("database.restore"));
        QCOMPARE(last.first().username, QStringLiteral("admin"));
        // AND the database it replaced is kept, with the late user, and verifies
        QVERIFY(!r->keptAs.isEmpty());
        QCOMPARE(userCount(r->keptAs), users);
        auto kept = BackupService(m_clock).verify(r->keptAs);
        QVERIFY(kept.ok() && kept->ok());
    }

    void shouldRefuseABackupFromANewerSchema()
    {
        QTemporaryDir dir;
        const QString path = copyOfDemo(dir.path());
        const QString backup = dir.filePath(QStringLiteral("future.backup.sqlite"));
        QVERIFY(cb::storage::SqliteFile::backup(path, backup).ok());
        QVERIFY(cb::test::execSqlite(
            backup,
            {QStringLiteral("INSERT INTO schema_migration (version, name, applied_at) VALUES (%1, 'future', "
                            "'2030-01-01T00:00:00.000Z')")
                 .arg(Database::latestSchemaVersion() + 1)}));
        const QString before = cb::test::fileHash(path);
        // WHEN it is restored, even with confirmation
        RestoreRequest request;
        request.force = true;
        auto r = BackupService(m_clock).restore(path, backup, request);
        // THEN it is refused naming the newer version, and nothing was changed or kept
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QLatin1String("newer")), qPrintable(r.error().message));
        QCOMPARE(cb::test::fileHash(path), before);
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*.replaced-*")}).size(), 0);
    }

    void shouldRefuseABackupThatDoesNotVerify()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cellboard.sqlite"));
        const QString backup = dir.filePath(QStringLiteral("tampered.backup.sqlite"));
        QVERIFY(cb::storage::SqliteFile::backup(m_template, backup).ok());
        QVERIFY(cb::test::execSqlite(backup, {QStringLiteral("DROP TRIGGER audit_event_no_delete"),
                                              QStringLiteral("DELETE FROM audit_event WHERE seq = 3")}));
        // WHEN it is restored where no database is
        auto r = BackupService(m_clock).restore(path, backup, {});
        // THEN it is refused, and no database is created from it
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QLatin1String("cannot be restored")),
                 qPrintable(r.error().message));
        QVERIFY(!QFileInfo::exists(path));
    }

    void shouldKeepTheNewestScheduledBackups()
    {
        // GIVEN a folder with six scheduled backups of this database, one taken before an update,
        // and one of another database
        QTemporaryDir dir;
        const QString path = copyOfDemo(dir.filePath(QStringLiteral("db")));
        const QString folder = dir.filePath(QStringLiteral("backups"));
        QDir().mkpath(folder);
        const QDateTime t0(QDate(2026, 2, 20), QTime(18, 0), Qt::UTC);
        for (int i = 0; i < 6; ++i)
            QVERIFY(cb::test::writeFile(
                QDir(folder).filePath(cb::core::BackupName::fileName(path, t0.addDays(i))), "old"));
        const QString noted = QDir(folder).filePath(
            cb::core::BackupName::fileName(path, t0, QStringLiteral("before-schema-6")));
        const QString other =
            QDir(folder).filePath(cb::core::BackupName::fileName(QStringLiteral("other.sqlite"), t0));
        QVERIFY(cb::test::writeFile(noted, "noted"));
        QVERIFY(cb::test::writeFile(other, "other"));
        // WHEN the scheduled backup runs, keeping three
        auto r = BackupService(m_clock).backupToFolder(path, folder, 3);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        // THEN the new one and the two newest before it stay, with the noted and the other's
        const auto left = BackupService::backupsOf(path, {folder});
        QCOMPARE(left.size(), 4);
        QCOMPARE(left.first().path, r->file);
        QCOMPARE(left.first().at, m_clock.nowUtc());
        QCOMPARE(left.at(1).at, t0.addDays(5));
        QCOMPARE(left.at(2).at, t0.addDays(4));
        QVERIFY(QFileInfo::exists(noted));
        QVERIFY(QFileInfo::exists(other));
    }
};

QTEST_GUILESS_MAIN(TestBackupService)
#include "TestBackupService.moc"
