#pragma once

#include "core/UserIdentity.h"
#include "services/Hl7ImportService.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace cb::services {
class Workspace;
}

namespace cb::gui {

// The lab results held because their patient matched nobody (INTAKE §8): each with what the
// message says about the patient and why it is held; a coordinator assigns one to a patient
// (the patient's number, with the reason), which imports it for that patient (audited).
class LabImportQueueDialog : public QDialog
{
    Q_OBJECT
public:
    LabImportQueueDialog(services::Workspace& ws, const core::UserIdentity& user, QWidget* parent = nullptr);

    void reload();

signals:
    void resultsImported();

private:
    void assignSelected();
    void updateButtons();

    services::Workspace& m_ws;
    core::UserIdentity m_user;
    QList<services::Hl7QueueEntry> m_entries;
    QLabel* m_empty = nullptr;
    QLabel* m_detail = nullptr;
    QTableWidget* m_table = nullptr;
    QSpinBox* m_patient = nullptr;
    QLineEdit* m_reason = nullptr;
    QPushButton* m_assign = nullptr;
};

} // namespace cb::gui
