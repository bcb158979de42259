#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <optional>

namespace cb::core {

// When this workstation backs up its database by itself: never, when CellBoard quits, or once a
// day (the first check after 24 hours since the last backup). The stable ids are the setting's
// values; labels are for the settings dialog.
class BackupSchedule
{
    Q_DECLARE_TR_FUNCTIONS(cb::core::BackupSchedule)
public:
    enum class Mode { Off, OnQuit, Daily };

    static QString id(Mode mode);
    static std::optional<Mode> fromId(const QString& id);
    static QString label(Mode mode);

    // Whether a daily backup is due at `now`, given the time of the latest backup (if any).
    static bool isDailyDue(const std::optional<QDateTime>& latest, const QDateTime& now);

    static constexpr int kDefaultKeep = 10;
    static constexpr int kMaxKeep = 365;
};

} // namespace cb::core
