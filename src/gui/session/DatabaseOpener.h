#pragma once

#include <QCoreApplication>
#include <QString>
#include <memory>

namespace cb::services {
class Workspace;
}

namespace cb::gui {

// Opens the database the GUI starts with. A failure is explained in a message box that says
// what to do (never a crash); on this workstation's default file, a missing database can be
// created on the spot (the first-run dialog then creates the administrator).
class DatabaseOpener
{
    Q_DECLARE_TR_FUNCTIONS(cb::gui::DatabaseOpener)
public:
    // urlText: a file path or postgresql://…; empty means the database chosen in the settings
    // (LocalSettings LastDatabase), else Paths::defaultDatabaseFile().
    // Returns null after telling the user why.
    static std::unique_ptr<services::Workspace> open(const QString& urlText);
};

} // namespace cb::gui
