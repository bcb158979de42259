#pragma once

#include "core/UserIdentity.h"

#include <QWidget>

class QLabel;
class QTableView;
class QToolButton;

namespace cb::services {
class Workspace;
}

namespace cb::presentation {
class FollowUpDueModel;
}

namespace cb::gui {

// The worklist's strip of follow-up visits due or overdue (across cases); a double-click opens
// the case.
class FollowUpDuePanel : public QWidget
{
    Q_OBJECT
public:
    FollowUpDuePanel(services::Workspace& ws, const core::UserIdentity& user, QWidget* parent = nullptr);
    void refresh();
    presentation::FollowUpDueModel* model() const { return m_model; }

signals:
    void caseOpened(qint64 caseId);

private:
    services::Workspace& m_ws;
    core::UserIdentity m_user;
    presentation::FollowUpDueModel* m_model = nullptr;
    QToolButton* m_toggle = nullptr;
    QTableView* m_table = nullptr;
};

} // namespace cb::gui
