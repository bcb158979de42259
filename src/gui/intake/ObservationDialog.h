#pragma once

#include "core/CaseRecord.h"
#include "core/UserIdentity.h"
#include "gui/intake/RecordDialog.h"

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;

namespace cb::services {
class Workspace;
}

namespace cb::gui {

// Add an observation (lab, LVEF, SpO2, ECOG …) or correct one: the value as entered, in the unit
// as entered, converted on save to the canonical unit, refused outside the plausible range with
// the range named beside the field. A correction asks for its reason.
class ObservationDialog : public RecordDialog
{
    Q_OBJECT
public:
    // `original` set = a correction of that entry.
    ObservationDialog(services::Workspace& ws, const core::UserIdentity& user, qint64 caseId,
                      const core::Observation* original, QWidget* parent = nullptr);
    qint64 savedId() const { return m_savedId; }

protected:
    QString save() override;

private:
    void codeChanged();
    void checkValue();

    services::Workspace& m_ws;
    const core::UserIdentity& m_user;
    qint64 m_caseId = 0;
    qint64 m_originalId = 0;
    qint64 m_savedId = 0;
    QComboBox* m_code = nullptr;
    QComboBox* m_comparator = nullptr;
    QLineEdit* m_value = nullptr;
    QComboBox* m_unit = nullptr;
    QLabel* m_valueHint = nullptr;
    QDateTimeEdit* m_taken = nullptr;
    QComboBox* m_precision = nullptr;
    QLineEdit* m_source = nullptr;
    QLineEdit* m_reason = nullptr;
};

} // namespace cb::gui
