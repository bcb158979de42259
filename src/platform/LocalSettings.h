#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

namespace cb::platform {

// Per-workstation preferences (window geometry, language, last database), typed by key.
// Program-wide clinical settings live in the database (the `setting` table), not here.
class LocalSettings
{
public:
    enum class Key {
        MainWindowGeometry,
        MainWindowState,
        Language,
        LastDatabase,
        LastUsername,
        LogLevel,
        BackupSchedule, // off | on_quit | daily (core::BackupSchedule)
        BackupFolder,   // empty: backups/ beside the database file
        BackupKeep,     // how many scheduled backups stay in the folder
    };

    LocalSettings();
    QVariant value(Key key) const;
    void setValue(Key key, const QVariant& value);

    static QString name(Key key);
    static QVariant defaultValue(Key key);

private:
    QSettings m_settings;
};

} // namespace cb::platform
