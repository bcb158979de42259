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
};

} // namespace cb::platform
