#include "platform/Paths.h"

#include <QDir>
#include <QStandardPaths>
#include <sys/stat.h>

namespace cb::platform {

QString Paths::dataDir()
{
    QString dir = qEnvironmentVariable("CELLBOARD_DATA_DIR");
    if (dir.isEmpty()) {
        dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
        if (dir.isEmpty())
            dir = QDir::homePath() + QStringLiteral("/.local/share");
        dir += QStringLiteral("/cellboard");
    }
    QDir().mkpath(dir);
    return QDir(dir).absolutePath();
}

QString Paths::logDir()
{
    const QString dir = dataDir() + QStringLiteral("/logs");
    QDir().mkpath(dir);
    return dir;
}

void Paths::keepNewFilesPrivate()
{
    ::umask(S_IRWXG | S_IRWXO);
}

QString Paths::defaultDatabaseFile()
{
    return dataDir() + QStringLiteral("/cellboard.sqlite");
}

} // namespace cb::platform
