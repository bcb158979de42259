#pragma once

#include <QCoreApplication>
#include <QString>
#include <memory>

namespace cb::services {
class Workspace;
}

namespace cb::gui {

// Opens the database the GUI starts with. A failure is explained in a message box that names the
// file and says what to do (never a crash, never a silent new database); on this workstation's
// default file, a missing database can be created on the spot (the first-run dialog then creates
// the administrator). When the database is missing or damaged and a backup of it exists, the
// latest backup is offered for a restore first (the damaged file is kept beside it).
class DatabaseOpener
{
    Q_DECLARE_TR_FUNCTIONS(cb::gui::DatabaseOpener)
public:
    // urlText: a file path or postgresql://…; empty means the database chosen in the settings
    // (LocalSettings LastDatabase), else Paths::defaultDatabaseFile().
    // Returns null after telling the user why; *exitCode is then the exit code of DESIGN.md §5
    // (2 for an address that is not one, 1 otherwise).
    static std::unique_ptr<services::Workspace> open(const QString& urlText, int* exitCode = nullptr);
};

} // namespace cb::gui
