#pragma once

#include "core/UserIdentity.h"

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace cb::services {
class Workspace;
}

namespace cb::gui {

// File → Import lab results… (HL7 v2 ORU^R01 files through the file-dialog seam, then the
// summary) and File → Lab results import queue… (held messages, assigned to a patient), added to
// the main window's File menu after `after`. Coordinators and chairs (EditCaseData).
class LabImportActions : public QObject
{
    Q_OBJECT
public:
    LabImportActions(services::Workspace& ws, const core::UserIdentity& user, QWidget* window, QMenu* menu,
                     QAction* after);

    void setEnabled(bool enabled);
    void importFile();
    void showQueue();

signals:
    void resultsImported();

private:
    services::Workspace& m_ws;
    core::UserIdentity m_user;
    QWidget* m_window = nullptr;
    QAction* m_import = nullptr;
    QAction* m_queue = nullptr;
};

} // namespace cb::gui
