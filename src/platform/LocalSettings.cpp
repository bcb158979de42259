#include "platform/LocalSettings.h"

#include "platform/Paths.h"

namespace cb::platform {

LocalSettings::LocalSettings()
    : m_settings(Paths::dataDir() + QStringLiteral("/cellboard.ini"), QSettings::IniFormat)
{
}

QString LocalSettings::name(Key key)
{
    switch (key) {
    case Key::MainWindowGeometry:
        return QStringLiteral("ui/mainWindowGeometry");
    case Key::MainWindowState:
        return QStringLiteral("ui/mainWindowState");
    case Key::Language:
        return QStringLiteral("ui/language");
    case Key::LastDatabase:
        return QStringLiteral("db/last");
    case Key::LastUsername:
        return QStringLiteral("login/lastUsername");
    case Key::LogLevel:
        return QStringLiteral("log/level");
    case Key::BackupSchedule:
        return QStringLiteral("backup/schedule");
    case Key::BackupFolder:
        return QStringLiteral("backup/folder");
    case Key::BackupKeep:
        return QStringLiteral("backup/keep");
    }
    return {};
}

QVariant LocalSettings::defaultValue(Key key)
{
    switch (key) {
    case Key::Language:
        return QStringLiteral("system");
    case Key::LogLevel:
        return QStringLiteral("info");
    case Key::BackupSchedule:
        return QStringLiteral("off");
    case Key::BackupKeep:
        return 10;
    default:
        return {};
    }
}

QVariant LocalSettings::value(Key key) const
{
    return m_settings.value(name(key), defaultValue(key));
}

void LocalSettings::setValue(Key key, const QVariant& value)
{
    m_settings.setValue(name(key), value);
}

} // namespace cb::platform
