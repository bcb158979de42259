#pragma once

#include "core/UserIdentity.h"

#include <QDateTime>
#include <QWidget>
#include <optional>

class QLabel;

namespace cb::gui {

// The permanent part of the status bar: who is logged in (printed name and roles), the
// database, the time of the latest backup (SQLite), and an amber DEMO DATA badge when the
// database holds the invented demo program.
class StatusBarPanel : public QWidget
{
    Q_OBJECT
public:
    StatusBarPanel(const core::UserIdentity& user, const QString& databaseText, bool demo,
                   QWidget* parent = nullptr);

    static QString rolesText(const core::UserIdentity& user);
    // The latest backup of the database (nothing: none yet, shown as a warning); hidden when the
    // database is not backed up from here (PostgreSQL).
    void setLastBackup(const std::optional<QDateTime>& atUtc, bool applicable);

private:
    QLabel* m_userLabel;
    QLabel* m_databaseLabel;
    QLabel* m_backupLabel;
    QLabel* m_demoBadge;
};

} // namespace cb::gui
