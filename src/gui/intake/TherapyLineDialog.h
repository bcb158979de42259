#pragma once

#include "core/CaseRecord.h"
#include "core/UserIdentity.h"
#include "gui/intake/RecordDialog.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace cb::services {
class Workspace;
}

namespace cb::gui {

class PartialDateEdit;

// Add a prior therapy line or correct one (INTAKE.md §5): regimen (a known one fills its drugs),
// drugs with their class and per-drug refractoriness (proposed from the progression date by the
// 60-day rule, confirmed by the user), partial start and stop dates, reason stopped, best
// response in the indication's scheme, intent.
class TherapyLineDialog : public RecordDialog
{
    Q_OBJECT
public:
    TherapyLineDialog(services::Workspace& ws, const core::UserIdentity& user, const core::CaseRecord& record,
                      const core::TherapyLine* original, QWidget* parent = nullptr);
    qint64 savedId() const { return m_savedId; }
    // The line as the form holds it now (for tests and the proposal).
    core::TherapyLine line() const;

protected:
    QString save() override;

private:
    void addDrugRow(const core::LineDrug& drug);
    void regimenChosen();
    void schemeChanged();
    void proposeRefractoriness();

    services::Workspace& m_ws;
    const core::UserIdentity& m_user;
    qint64 m_caseId = 0;
    qint64 m_originalId = 0;
    qint64 m_savedId = 0;
    QSpinBox* m_number = nullptr;
    QComboBox* m_regimen = nullptr;
    QTableWidget* m_drugs = nullptr;
    PartialDateEdit* m_start = nullptr;
    PartialDateEdit* m_stop = nullptr;
    QCheckBox* m_ongoing = nullptr;
    QComboBox* m_reasonStopped = nullptr;
    QComboBox* m_scheme = nullptr;
    QComboBox* m_response = nullptr;
    QComboBox* m_intent = nullptr;
    PartialDateEdit* m_progression = nullptr;
    QLabel* m_proposal = nullptr;
    QLineEdit* m_reason = nullptr;
};

} // namespace cb::gui
