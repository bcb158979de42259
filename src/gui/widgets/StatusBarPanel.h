#pragma once

#include "core/UserIdentity.h"

#include <QWidget>

class QLabel;

namespace cb::gui {

// The permanent part of the status bar: who is logged in (printed name and roles), the
// database, and an amber DEMO DATA badge when the database holds the invented demo program.
class StatusBarPanel : public QWidget
{
    Q_OBJECT
public:
    StatusBarPanel(const core::UserIdentity& user, const QString& databaseText, bool demo,
                   QWidget* parent = nullptr);

    static QString rolesText(const core::UserIdentity& user);

private:
    QLabel* m_userLabel;
    QLabel* m_databaseLabel;
    QLabel* m_demoBadge;
};

} // namespace cb::gui
