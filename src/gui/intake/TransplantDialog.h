#pragma once

#include "core/CaseRecord.h"
#include "core/UserIdentity.h"
#include "gui/intake/RecordDialog.h"

class QComboBox;
class QLineEdit;

namespace cb::services {
class Workspace;
}

namespace cb::gui {

class PartialDateEdit;

// Add a transplant or correct one: autologous or allogeneic, date, conditioning; for an
// allogeneic transplant the donor and the GVHD status.
class TransplantDialog : public RecordDialog
{
    Q_OBJECT
public:
    TransplantDialog(services::Workspace& ws, const core::UserIdentity& user, qint64 caseId,
                     const core::Transplant* original, QWidget* parent = nullptr);
    qint64 savedId() const { return m_savedId; }

protected:
    QString save() override;

private:
    void kindChanged();

    services::Workspace& m_ws;
    const core::UserIdentity& m_user;
    qint64 m_caseId = 0;
    qint64 m_originalId = 0;
    qint64 m_savedId = 0;
    QComboBox* m_kind = nullptr;
    PartialDateEdit* m_date = nullptr;
    QLineEdit* m_conditioning = nullptr;
    QComboBox* m_donor = nullptr;
    QComboBox* m_gvhd = nullptr;
    QLineEdit* m_notes = nullptr;
    QLineEdit* m_reason = nullptr;
};

} // namespace cb::gui
