#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

namespace cb::storage {

// Internal to the storage layer: what a SQLite result code means for the user. The same codes come
// from the Qt driver (QSqlError::nativeErrorCode, extended codes) and from SQLite's C API
// (backups), so both paths explain a locked, read-only, damaged or full database alike.
class SqliteErrors
{
    Q_DECLARE_TR_FUNCTIONS(cb::storage::SqliteErrors)
public:
    // An error for a SQLite result code (primary or extended); `path` names the database file
    // in the message when known. Codes outside the file's condition (constraints, SQL errors)
    // give an empty optional-like Error with code Failure and an empty message.
    static Error forCode(int code, const QString& sqliteText, const QString& path);
    // Whether the disk holding `path` has almost no free space left (a disk I/O error there is
    // then a full disk).
    static bool diskAlmostFull(const QString& path);
    static QString diskFullMessage(const QString& path);
    static QString damagedMessage(const QString& path, const QString& why);
};

} // namespace cb::storage
