#pragma once

#include <QString>

namespace cb::platform {

// Where CellBoard keeps its files on this workstation. CELLBOARD_DATA_DIR overrides the
// data directory (tests and administrators use it); logs live in its "logs" folder.
class Paths
{
public:
    static QString dataDir();
    static QString logDir();
    static QString defaultDatabaseFile();
    // Files and folders this process creates from now on are its user's alone (umask 077): the
    // database, its WAL, backups, logs and PDFs hold patient data. Called first in each main().
    static void keepNewFilesPrivate();
};

} // namespace cb::platform
