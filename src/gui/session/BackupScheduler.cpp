#include "gui/session/BackupScheduler.h"

#include "core/BackupName.h"
#include "platform/LocalSettings.h"
#include "platform/Logging.h"
#include "services/Workspace.h"

#include <QDir>
#include <QTimer>

namespace cb::gui {

using platform::LocalSettings;

BackupScheduler::BackupScheduler(services::Workspace& ws, QObject* parent) : QObject(parent), m_ws(ws)
{
    if (auto file = services::BackupService::sqliteFileOf(ws.displayUrl()); file.ok())
        m_file = *file;
    m_timer = new QTimer(this);
    m_timer->setInterval(30 * 60 * 1000);
    connect(m_timer, &QTimer::timeout, this, &BackupScheduler::checkDaily);
}

core::BackupSchedule::Mode BackupScheduler::mode()
{
    return core::BackupSchedule::fromId(LocalSettings().value(LocalSettings::Key::BackupSchedule).toString())
        .value_or(core::BackupSchedule::Mode::Off);
}

int BackupScheduler::keep()
{
    bool ok = false;
    const int n = LocalSettings().value(LocalSettings::Key::BackupKeep).toInt(&ok);
    return ok ? qBound(1, n, core::BackupSchedule::kMaxKeep) : core::BackupSchedule::kDefaultKeep;
}

QString BackupScheduler::folderFor(const QString& databaseFile)
{
    const QString chosen = LocalSettings().value(LocalSettings::Key::BackupFolder).toString().trimmed();
    return chosen.isEmpty() ? services::BackupService::defaultFolderFor(databaseFile)
                            : QDir(chosen).absolutePath();
}

QStringList BackupScheduler::searchFolders(const QString& databaseFile)
{
    return {folderFor(databaseFile), services::BackupService::defaultFolderFor(databaseFile)};
}

bool BackupScheduler::isAvailable() const
{
    return !m_file.isEmpty();
}

std::optional<QDateTime> BackupScheduler::latest() const
{
    if (!isAvailable())
        return std::nullopt;
    const auto found = services::BackupService::backupsOf(m_file, searchFolders(m_file));
    if (found.isEmpty())
        return std::nullopt;
    return found.first().at;
}

QString BackupScheduler::proposedFile() const
{
    return QDir(folderFor(m_file))
        .absoluteFilePath(core::BackupName::fileName(m_file, m_ws.clock().nowUtc()));
}

void BackupScheduler::start()
{
    if (!isAvailable() || mode() != core::BackupSchedule::Mode::Daily) {
        m_timer->stop();
        return;
    }
    checkDaily();
    m_timer->start();
}

void BackupScheduler::stop()
{
    m_timer->stop();
}

void BackupScheduler::checkDaily()
{
    if (!isAvailable() || mode() != core::BackupSchedule::Mode::Daily)
        return;
    if (!core::BackupSchedule::isDailyDue(latest(), m_ws.clock().nowUtc()))
        return;
    auto r =
        services::BackupService(m_ws.clock()).backupToFolder(m_ws.displayUrl(), folderFor(m_file), keep());
    if (!r.ok()) {
        CB_LOG_WARN("daily backup failed: {}", r.error().detail.toStdString());
        emit backupFailed(r.error().message);
        return;
    }
    emit backupsChanged();
}

Result<services::BackupCheck> BackupScheduler::backUpTo(const QString& target)
{
    auto r = services::BackupService(m_ws.clock()).backup(m_ws.displayUrl(), target);
    if (r.ok())
        emit backupsChanged();
    return r;
}

Result<services::BackupCheck> BackupScheduler::backUpOnQuit()
{
    if (!isAvailable() || mode() != core::BackupSchedule::Mode::OnQuit)
        return services::BackupCheck{};
    auto r =
        services::BackupService(m_ws.clock()).backupToFolder(m_ws.displayUrl(), folderFor(m_file), keep());
    if (r.ok())
        emit backupsChanged();
    return r;
}

} // namespace cb::gui
