#pragma once

#include "core/UserIdentity.h"

#include <QWidget>

class QTableView;
class QToolButton;

namespace cb::services {
class Workspace;
}

namespace cb::presentation {
class BoardActionModel;
}

namespace cb::gui {

// The worklist's strip of overdue actions from the board's verdicts (across cases and
// meetings); hidden when none is overdue. A double-click opens the case.
class OverdueActionsPanel : public QWidget
{
    Q_OBJECT
public:
    OverdueActionsPanel(services::Workspace& ws, const core::UserIdentity& user, QWidget* parent = nullptr);
    void refresh();
    presentation::BoardActionModel* model() const { return m_model; }

signals:
    void caseOpened(qint64 caseId);

private:
    services::Workspace& m_ws;
    core::UserIdentity m_user;
    presentation::BoardActionModel* m_model = nullptr;
    QToolButton* m_toggle = nullptr;
    QTableView* m_table = nullptr;
};

} // namespace cb::gui
