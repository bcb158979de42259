#include "gui/session/DatabaseOpener.h"

#include "gui/widgets/MessageBox.h"
#include "platform/LocalSettings.h"
#include "platform/Logging.h"
#include "platform/Paths.h"
#include "services/Workspace.h"

#include <QCoreApplication>

namespace cb::gui {

namespace {

QString tr(const char* s)
{
    return QCoreApplication::translate("cb::gui", s);
}

void explain(const Error& error, const QString& url)
{
    if (!error.detail.isEmpty())
        CB_LOG_ERROR("cannot open the database: {}", error.detail.toStdString());
    const QString advice = tr("Start CellBoard with --db FILE or --db postgresql://user@host/dbname to "
                              "choose another database, or "
                              "create one with:\n    cellboard-cli --db \"%1\" init\n(add --demo for a "
                              "database of invented patients "
                              "to try CellBoard).")
                               .arg(url);
    MessageBox::critical(nullptr, tr("CellBoard cannot open the database"),
                         error.message + QStringLiteral("\n\n") + advice);
}

} // namespace

std::unique_ptr<services::Workspace> DatabaseOpener::open(const QString& urlText)
{
    using services::Workspace;
    // --db first, then the database chosen in the settings dialog, then this workstation's file
    QString chosen = urlText.trimmed();
    if (chosen.isEmpty())
        chosen =
            platform::LocalSettings().value(platform::LocalSettings::Key::LastDatabase).toString().trimmed();
    const bool isDefault = chosen.isEmpty();
    const QString url = isDefault ? platform::Paths::defaultDatabaseFile() : chosen;
    auto ws = Workspace::open(url, Workspace::OpenMode::MustExist);
    if (ws.ok())
        return std::move(ws).value();
    if (ws.error().code == ErrorCode::NotFound && isDefault) {
        const auto answer = MessageBox::question(nullptr, tr("CellBoard"),
                                                 tr("There is no CellBoard database on this workstation "
                                                    "yet.\n\nCreate a new, empty database at\n%1\n"
                                                    "and then the administrator account?\n\nTo try CellBoard "
                                                    "with invented patients instead, choose No and "
                                                    "run:\n    cellboard-cli init --demo")
                                                     .arg(url));
        if (answer != QMessageBox::Yes)
            return nullptr;
        auto created = Workspace::open(url, Workspace::OpenMode::CreateIfMissing);
        if (created.ok())
            return std::move(created).value();
        explain(created.error(), url);
        return nullptr;
    }
    explain(ws.error(), url);
    return nullptr;
}

} // namespace cb::gui
