#include "gui/session/DatabaseOpener.h"

#include "core/Clock.h"
#include "gui/session/BackupScheduler.h"
#include "gui/widgets/MessageBox.h"
#include "platform/LocalSettings.h"
#include "platform/Logging.h"
#include "platform/Paths.h"
#include "services/BackupService.h"
#include "services/Workspace.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>

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
    // a missing database can be created; a damaged, locked, read-only or newer one must not be
    const bool creatable = error.code == ErrorCode::NotFound;
    QString advice;
    if (creatable)
        advice = tr("Start CellBoard with --db FILE or --db postgresql://user@host/dbname to "
                    "choose another database, or "
                    "create one with:\n    cellboard-cli --db \"%1\" init\n(add --demo for a "
                    "database of invented patients "
                    "to try CellBoard).")
                     .arg(url);
    else
        advice = tr("Start CellBoard with --db FILE or --db postgresql://user@host/dbname to choose another "
                    "database, or ask your administrator. Nothing was changed.");
    MessageBox::critical(nullptr, tr("CellBoard cannot open the database"),
                         error.message + QStringLiteral("\n\n") + advice);
}

// A damaged or missing database with a backup: offers the latest one. Null when not restored.
std::unique_ptr<services::Workspace> offerRestore(const Error& error, const QString& url, bool* declined)
{
    *declined = false;
    if (error.code != ErrorCode::Damaged && error.code != ErrorCode::NotFound)
        return nullptr;
    auto file = services::BackupService::sqliteFileOf(url);
    if (!file.ok())
        return nullptr;
    const auto backups = services::BackupService::backupsOf(*file, BackupScheduler::searchFolders(*file));
    if (backups.isEmpty())
        return nullptr;
    const services::BackupFile& latest = backups.first();
    const QString when = latest.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    const QString kept = error.code == ErrorCode::Damaged
                             ? tr("The damaged file is kept beside it, with the time in its name.")
                             : QString();
    const auto answer = MessageBox::question(
        nullptr, tr("CellBoard cannot open the database"),
        tr("%1\n\nThe latest backup of this database is\n%2\ntaken %3.\n\nRestore the database from it? "
           "It is checked first. Everything recorded after the backup is missing from it. %4")
            .arg(error.message, latest.path, when, kept),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer != QMessageBox::Yes) {
        *declined = true;
        return nullptr;
    }
    const core::SystemClock clock;
    services::RestoreRequest request;
    request.via = QStringLiteral("start");
    auto restored = services::BackupService(clock).restore(url, latest.path, request);
    if (!restored.ok()) {
        explain(restored.error(), url);
        *declined = true;
        return nullptr;
    }
    CB_LOG_INFO("database restored at the start (audit entry {})", restored->auditSeq);
    auto ws = services::Workspace::open(url, services::Workspace::OpenMode::MustExist);
    if (!ws.ok()) {
        explain(ws.error(), url);
        *declined = true;
        return nullptr;
    }
    return std::move(ws).value();
}

} // namespace

std::unique_ptr<services::Workspace> DatabaseOpener::open(const QString& urlText, int* exitCode)
{
    using services::Workspace;
    int ignored = 0;
    int& code = exitCode ? *exitCode : ignored;
    code = 1;
    // --db first, then the database chosen in the settings dialog, then this workstation's file
    QString chosen = urlText.trimmed();
    if (chosen.isEmpty())
        chosen =
            platform::LocalSettings().value(platform::LocalSettings::Key::LastDatabase).toString().trimmed();
    const bool isDefault = chosen.isEmpty();
    const QString url = isDefault ? platform::Paths::defaultDatabaseFile() : chosen;
    auto ws = Workspace::open(url, Workspace::OpenMode::MustExist);
    if (ws.ok()) {
        code = 0;
        return std::move(ws).value();
    }
    bool declined = false;
    if (auto restored = offerRestore(ws.error(), url, &declined)) {
        code = 0;
        return restored;
    }
    if (declined && ws.error().code != ErrorCode::NotFound)
        return nullptr;
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
        if (created.ok()) {
            code = 0;
            return std::move(created).value();
        }
        explain(created.error(), url);
        return nullptr;
    }
    if (ws.error().code == ErrorCode::BadInput)
        code = 2;
    explain(ws.error(), url);
    return nullptr;
}

} // namespace cb::gui
