#include "core/BackupSchedule.h"

namespace cb::core {

QString BackupSchedule::id(Mode mode)
{
    switch (mode) {
    case Mode::Off:
        return QStringLiteral("off");
    case Mode::OnQuit:
        return QStringLiteral("on_quit");
    case Mode::Daily:
        return QStringLiteral("daily");
    }
    return QStringLiteral("off");
}

std::optional<BackupSchedule::Mode> BackupSchedule::fromId(const QString& text)
{
    for (Mode m : {Mode::Off, Mode::OnQuit, Mode::Daily})
        if (id(m) == text.trimmed().toLower())
            return m;
    return std::nullopt;
}

QString BackupSchedule::label(Mode mode)
{
    switch (mode) {
    case Mode::Off:
        return tr("Off");
    case Mode::OnQuit:
        return tr("When CellBoard quits");
    case Mode::Daily:
        return tr("Daily");
    }
    return {};
}

bool BackupSchedule::isDailyDue(const std::optional<QDateTime>& latest, const QDateTime& now)
{
    return !latest || !latest->isValid() || latest->toUTC().secsTo(now.toUTC()) >= 24 * 3600;
}

} // namespace cb::core
