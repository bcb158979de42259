#pragma once

#include <QDateTime>
#include <QString>
#include <optional>

namespace cb::core {

// The name of a CellBoard backup file: "<database stem>-<yyyyMMdd-HHmmss>[-<note>].backup.sqlite",
// the time in UTC. The stem ties a backup to its database (cellboard.sqlite → "cellboard"), the
// time orders them, and a note marks the ones taken for a reason ("before-schema-7") that
// pruning keeps. Only names; no file is touched here.
struct BackupName
{
    QString stem;
    QDateTime at; // UTC, whole seconds
    QString note; // empty for a scheduled or manual backup

    // The stem of a database file: its name without the last suffix.
    static QString stemOf(const QString& databaseFile);
    // "cellboard-20260302-090000.backup.sqlite", or with a note "…-090000-before-schema-7.backup.sqlite".
    static QString fileName(const QString& databaseFile, const QDateTime& atUtc, const QString& note = {});
    // The parts of a backup file name (a path is allowed), or nothing when it is not one.
    static std::optional<BackupName> parse(const QString& fileName);
    // Whether the file name is a backup of that database file.
    static bool isBackupOf(const QString& fileName, const QString& databaseFile);
    // "cellboard.replaced-20260302-090000.sqlite": where a database replaced by a restore is kept.
    static QString replacedName(const QString& databaseFile, const QDateTime& atUtc);
};

} // namespace cb::core
