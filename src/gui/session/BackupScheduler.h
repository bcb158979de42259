#pragma once

#include "core/BackupSchedule.h"
#include "core/Result.h"
#include "services/BackupService.h"

#include <QDateTime>
#include <QObject>
#include <QStringList>
#include <optional>

class QTimer;

namespace cb::services {
class Workspace;
}

namespace cb::gui {

// This workstation's backups of the database in use (SQLite): the settings kept in LocalSettings
// (schedule, folder, how many to keep), the scheduled backups (daily: checked when a session
// starts and every half hour; on quit: when CellBoard quits), a backup now, and the time of the
// latest one for the status bar. The work itself is services::BackupService's.
class BackupScheduler : public QObject
{
    Q_OBJECT
public:
    explicit BackupScheduler(services::Workspace& ws, QObject* parent = nullptr);

    static core::BackupSchedule::Mode mode();
    static int keep();
    // The chosen folder, else backups/ beside the database file.
    static QString folderFor(const QString& databaseFile);
    // Where backups of that database may be: the chosen folder and backups/ beside it (the
    // backups taken before a schema update).
    static QStringList searchFolders(const QString& databaseFile);

    // Whether this database is backed up from here (a SQLite file).
    bool isAvailable() const;
    QString databaseFile() const { return m_file; }
    std::optional<QDateTime> latest() const;
    // The name proposed for a backup now, in the backup folder.
    QString proposedFile() const;

    void start();
    void stop();
    Result<services::BackupCheck> backUpTo(const QString& target);
    // The backup on quit when the schedule says so (nothing to do: an ok result with no file).
    Result<services::BackupCheck> backUpOnQuit();

signals:
    void backupsChanged();
    void backupFailed(const QString& message);

private slots:
    void checkDaily();

private:
    services::Workspace& m_ws;
    QString m_file; // empty for PostgreSQL
    QTimer* m_timer = nullptr;
};

} // namespace cb::gui
