#include "storage/SqliteFile.h"

#include "platform/Logging.h"
#include "storage/SqliteErrors.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>

namespace cb::storage {

namespace {

constexpr int kBusyTimeoutMs = 10000;
constexpr int kMaxProblems = 5;

// One sqlite3 connection, closed on every path.
class Connection
{
public:
    Connection() = default;
    ~Connection()
    {
        if (m_db)
            sqlite3_close_v2(m_db);
    }
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    int open(const QString& path, int flags)
    {
        const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, flags, nullptr);
        if (m_db) {
            sqlite3_extended_result_codes(m_db, 1);
            sqlite3_busy_timeout(m_db, kBusyTimeoutMs);
        }
        return rc;
    }
    sqlite3* get() const { return m_db; }
    QString message() const { return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString(); }
    int extendedCode() const { return m_db ? sqlite3_extended_errcode(m_db) : SQLITE_CANTOPEN; }

    // Runs a statement and collects the first column of its rows (up to `limit`).
    int rows(const char* sql, QStringList* out, int limit = 1000)
    {
        sqlite3_stmt* stmt = nullptr;
        int rc = sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr);
        if (rc != SQLITE_OK)
            return rc;
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
            if (out && out->size() < limit)
                *out << QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)));
        sqlite3_finalize(stmt);
        return rc == SQLITE_DONE ? SQLITE_OK : rc;
    }

private:
    sqlite3* m_db = nullptr;
};

Error errorOf(const Connection& c, int rc, const QString& path, const QString& what)
{
    const int code = c.get() ? c.extendedCode() : rc;
    Error e = SqliteErrors::forCode(
        code, c.message().isEmpty() ? QString::fromUtf8(sqlite3_errstr(rc)) : c.message(), path);
    if (e.message.isEmpty())
        e.message =
            QCoreApplication::translate("cb::storage::SqliteFile", "%1 failed on %2: %3")
                .arg(what, path, c.message().isEmpty() ? QString::fromUtf8(sqlite3_errstr(rc)) : c.message());
    e.detail = what + QStringLiteral(": ") + e.detail;
    return e;
}

// Creates an empty file readable and writable by its owner only (SQLite then writes into it).
bool createOwnerOnly(const QString& path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return false;
    ::close(fd);
    return true;
}

// Makes a rename durable: the folder's entry is synced too.
void syncFolder(const QString& folder)
{
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return;
    (void)::fsync(fd);
    ::close(fd);
}

QStringList problemsOf(const QStringList& rows)
{
    if (rows.size() == 1 && rows.first() == QLatin1String("ok"))
        return {};
    return rows.isEmpty() ? QStringList{QStringLiteral("no result from the integrity check")} : rows;
}

void removeWithSidecars(const QString& path)
{
    for (const char* suffix : {"", "-journal", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace

Status SqliteFile::backup(const QString& source, const QString& target)
{
    if (QFileInfo::exists(target))
        return Error::badInput(tr("%1 exists already: choose a new file name for the backup.").arg(target));
    if (!QFileInfo::exists(source))
        return Error::notFound(tr("There is no database at %1 to back up.").arg(source));
    const QString part = target + QStringLiteral(".part");
    removeWithSidecars(part);
    if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !createOwnerOnly(part))
        return Error::badInput(
            tr("Cannot write the backup %1: check that its folder exists and is writable.").arg(target));

    Status result;
    {
        Connection src;
        Connection dst;
        int rc = src.open(source, SQLITE_OPEN_READONLY);
        if (rc != SQLITE_OK) {
            result = errorOf(src, rc, source, QStringLiteral("open the database"));
        } else if ((rc = dst.open(part, SQLITE_OPEN_READWRITE)) != SQLITE_OK) {
            result = errorOf(dst, rc, part, QStringLiteral("open the backup"));
        } else {
            sqlite3_backup* b = sqlite3_backup_init(dst.get(), "main", src.get(), "main");
            if (!b) {
                result = errorOf(dst, sqlite3_errcode(dst.get()), part, QStringLiteral("start the backup"));
            } else {
                // every page in one step: one read transaction, so the copy is one moment of the
                // database (each connection's busy timeout bounds the wait for a lock)
                do
                    rc = sqlite3_backup_step(b, -1);
                while (rc == SQLITE_OK);
                const int finish = sqlite3_backup_finish(b);
                if ((rc & 0xff) == SQLITE_FULL ||
                    ((rc & 0xff) == SQLITE_IOERR && SqliteErrors::diskAlmostFull(part)))
                    result =
                        Error{ErrorCode::Unavailable,
                              tr("The disk holding the backup %1 is full: no backup was written. Free some "
                                 "space or choose another folder.")
                                  .arg(target),
                              QStringLiteral("backup: disk full"),
                              {}};
                else if (rc != SQLITE_DONE)
                    result = errorOf(src, rc, source, QStringLiteral("backup"));
                else if (finish != SQLITE_OK)
                    result = errorOf(dst, finish, part, QStringLiteral("finish the backup"));
            }
            if (result.ok()) {
                // one file, nothing beside it: a backup must open by itself, read-only too
                QStringList mode;
                rc = dst.rows("PRAGMA journal_mode = DELETE", &mode);
                QStringList rows;
                if (rc == SQLITE_OK)
                    rc = dst.rows("PRAGMA integrity_check", &rows, kMaxProblems);
                if (rc != SQLITE_OK)
                    result = errorOf(dst, rc, part, QStringLiteral("check the backup"));
                else if (const QStringList problems = problemsOf(rows); !problems.isEmpty())
                    result = Error{ErrorCode::Damaged,
                                   tr("The copy of %1 fails its integrity check (%2): the database is "
                                      "damaged. No backup was written.")
                                       .arg(source, problems.join(QStringLiteral("; ")).left(300)),
                                   QStringLiteral("backup integrity: ") + problems.join(QStringLiteral("; ")),
                                   {}};
            }
        }
    }
    if (result.ok()) {
        if (!QFile::rename(part, target))
            result = Error::failure(tr("Cannot name the backup %1.").arg(target));
        else
            syncFolder(QFileInfo(target).absolutePath());
    }
    if (!result.ok()) {
        removeWithSidecars(part);
        return result;
    }
    CB_LOG_INFO("database backed up ({} bytes)", QFileInfo(target).size());
    return {};
}

Status SqliteFile::copyInto(const QString& source, const QString& target)
{
    const bool created = !QFileInfo::exists(target);
    if (created) {
        if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !createOwnerOnly(target))
            return Error::failure(
                tr("Cannot create the database %1: check that its folder exists and is writable.")
                    .arg(target));
    }
    Status result;
    {
        Connection src;
        Connection dst;
        int rc = src.open(source, SQLITE_OPEN_READONLY);
        if (rc != SQLITE_OK) {
            result = errorOf(src, rc, source, QStringLiteral("open the backup"));
        } else if ((rc = dst.open(target, SQLITE_OPEN_READWRITE)) != SQLITE_OK) {
            result = errorOf(dst, rc, target, QStringLiteral("open the database"));
        } else {
            sqlite3_backup* b = sqlite3_backup_init(dst.get(), "main", src.get(), "main");
            if (!b) {
                result =
                    errorOf(dst, sqlite3_errcode(dst.get()), target, QStringLiteral("start the restore"));
            } else {
                do
                    rc = sqlite3_backup_step(b, -1);
                while (rc == SQLITE_OK);
                const int finish = sqlite3_backup_finish(b);
                if (rc != SQLITE_DONE)
                    result = errorOf(dst, rc, target, QStringLiteral("restore"));
                else if (finish != SQLITE_OK)
                    result = errorOf(dst, finish, target, QStringLiteral("finish the restore"));
            }
            if (result.ok()) {
                QStringList mode;
                rc = dst.rows("PRAGMA journal_mode = WAL", &mode);
                QStringList rows;
                if (rc == SQLITE_OK)
                    rc = dst.rows("PRAGMA quick_check", &rows, kMaxProblems);
                if (rc != SQLITE_OK)
                    result = errorOf(dst, rc, target, QStringLiteral("check the restored database"));
                else if (const QStringList problems = problemsOf(rows); !problems.isEmpty())
                    result = Error{ErrorCode::Damaged,
                                   SqliteErrors::damagedMessage(target, problems.join(QStringLiteral("; "))),
                                   QStringLiteral("restore check: ") + problems.join(QStringLiteral("; ")),
                                   {}};
            }
        }
    }
    if (!result.ok() && created)
        removeWithSidecars(target);
    return result;
}

Result<QStringList> SqliteFile::check(const QString& path, bool quick)
{
    if (!QFileInfo(path).isFile())
        return Error::notFound(tr("There is no database file at %1.").arg(path));
    Connection c;
    int rc = c.open(path, SQLITE_OPEN_READONLY);
    if (rc != SQLITE_OK)
        return errorOf(c, rc, path, QStringLiteral("open"));
    QStringList rows;
    rc = c.rows(quick ? "PRAGMA quick_check" : "PRAGMA integrity_check", &rows, kMaxProblems);
    if (rc != SQLITE_OK)
        return errorOf(c, rc, path, QStringLiteral("integrity check"));
    return problemsOf(rows);
}

Status SqliteFile::moveAside(const QString& path, const QString& aside)
{
    for (const char* suffix : {"", "-wal", "-shm"})
        if (QFileInfo::exists(aside + QLatin1String(suffix)))
            return Error::conflict(tr("%1 exists already.").arg(aside + QLatin1String(suffix)));
    // the sidecars first: the main file keeps its name until its WAL is beside the new name
    for (const char* suffix : {"-wal", "-shm", ""}) {
        const QString from = path + QLatin1String(suffix);
        if (!QFileInfo::exists(from))
            continue;
        if (!QFile::rename(from, aside + QLatin1String(suffix)))
            return Error::failure(tr("Cannot move %1 aside to %2: check that the folder is writable.")
                                      .arg(from, aside + QLatin1String(suffix)));
    }
    syncFolder(QFileInfo(path).absolutePath());
    return {};
}

} // namespace cb::storage
