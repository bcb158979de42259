#include "storage/SqliteErrors.h"

#include <QFileInfo>
#include <QStorageInfo>

namespace cb::storage {

namespace {

// SQLite's primary result codes (sqlite3.h); extended codes carry them in the low byte.
constexpr int kBusy = 5;
constexpr int kLocked = 6;
constexpr int kReadOnly = 8;
constexpr int kIoErr = 10;
constexpr int kCorrupt = 11;
constexpr int kFull = 13;
constexpr int kCantOpen = 14;
constexpr int kNotADb = 26;

constexpr qint64 kAlmostFullBytes = 1024 * 1024;

} // namespace

bool SqliteErrors::diskAlmostFull(const QString& path)
{
    if (path.isEmpty())
        return false;
    const QStorageInfo disk(QFileInfo(path).absolutePath());
    return disk.isValid() && disk.bytesAvailable() >= 0 && disk.bytesAvailable() < kAlmostFullBytes;
}

QString SqliteErrors::diskFullMessage(const QString& path)
{
    if (path.isEmpty())
        return tr("The disk holding the database is full. Nothing was saved: free some space (or ask your "
                  "administrator), then try again. The database itself is not damaged.");
    return tr("The disk holding the database %1 is full. Nothing was saved: free some space (or ask your "
              "administrator), then try again. The database itself is not damaged.")
        .arg(path);
}

QString SqliteErrors::damagedMessage(const QString& path, const QString& why)
{
    const QString reason = why.trimmed().left(300);
    if (path.isEmpty())
        return tr("The database is damaged (%1). Nothing was saved. Restore the latest backup, or ask your "
                  "administrator.")
            .arg(reason);
    return tr("The database %1 is damaged (%2). CellBoard does not write to a damaged database. Restore the "
              "latest backup (cellboard-cli --db \"%1\" restore BACKUP-FILE keeps the damaged file beside "
              "it), or ask your administrator.")
        .arg(path, reason);
}

Error SqliteErrors::forCode(int code, const QString& sqliteText, const QString& path)
{
    const QString text = sqliteText.trimmed();
    Error e;
    e.detail = QStringLiteral("sqlite %1: %2").arg(code).arg(text);
    switch (code & 0xff) {
    case kBusy:
    case kLocked:
        e.code = ErrorCode::Unavailable;
        e.message =
            path.isEmpty()
                ? tr("The database is busy: another CellBoard is writing to it. Wait a moment and try "
                     "again.")
                : tr("The database %1 is locked by another program (another CellBoard, or a tool "
                     "such as sqlite3); nothing was changed. Wait a moment and try again; if it stays "
                     "locked, close that program or ask your administrator.")
                      .arg(path);
        return e;
    case kReadOnly:
        e.code = ErrorCode::Unavailable;
        e.message = path.isEmpty()
                        ? tr("The database file is read-only. Check its permissions.")
                        : tr("The database file %1 is read-only for this account. CellBoard records "
                             "every login and view in it, so it needs to write: ask your "
                             "administrator to make the file (and its folder) writable.")
                              .arg(path);
        return e;
    case kCorrupt:
    case kNotADb:
        e.code = ErrorCode::Damaged;
        e.message = damagedMessage(path, text);
        return e;
    case kFull:
        e.code = ErrorCode::Unavailable;
        e.message = diskFullMessage(path);
        return e;
    case kIoErr:
        e.code = ErrorCode::Unavailable;
        if (diskAlmostFull(path))
            e.message = diskFullMessage(path);
        else if (path.isEmpty())
            e.message = tr("The database could not be read or written (disk I/O error: %1). Nothing was "
                           "saved; check the disk, or ask your administrator.")
                            .arg(text);
        else
            e.message = tr("The database %1 could not be read or written (disk I/O error: %2). Nothing was "
                           "saved; check the disk, or ask your administrator.")
                            .arg(path, text);
        return e;
    case kCantOpen:
        e.code = ErrorCode::Unavailable;
        if (diskAlmostFull(path))
            e.message = diskFullMessage(path);
        else
            e.message = tr("Cannot open the database file %1, or create its journal files beside it: check "
                           "that its folder exists and is writable.")
                            .arg(path.isEmpty() ? tr("(unnamed)") : path);
        return e;
    default:
        break;
    }
    e.code = ErrorCode::Failure;
    return e;
}

} // namespace cb::storage
