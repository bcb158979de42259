#pragma once

#include "core/UserIdentity.h"
#include "gui/intake/RecordDialog.h"
#include "services/IntakeService.h"

#include <QList>
#include <optional>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;

namespace cb::services {
class Workspace;
}

namespace cb::gui {

// Merging two records of one person (INTAKE.md §2, issue 12): this case's patient and the other
// record found by identifier or name, side by side with their identifiers and cases; the user
// chooses the record kept and gives the reason. A coordinator's merge needs an administrator's
// approval in the same act: the administrator types their username and password here (checked
// by the service, never kept). Refused while both patients have open cases.
class PatientMergeDialog : public RecordDialog
{
    Q_OBJECT
public:
    PatientMergeDialog(services::Workspace& ws, const core::UserIdentity& user, qint64 patientId,
                       QWidget* parent = nullptr);

    // After a merge: the patient kept (0 before).
    qint64 keptPatientId() const { return m_keptId; }

protected:
    QString save() override;

private:
    void search();
    void chooseOther(int index);
    // Taller when the records shown need it, within the screen.
    void growToContents();
    void showRecord(QLabel* label, const services::PatientOverview& o) const;
    // An identifier type (MR, NH …) in the reader's words.
    static QString typeLabel(const QString& type);

    services::Workspace& m_ws;
    const core::UserIdentity& m_user;
    std::optional<services::PatientOverview> m_this;
    std::optional<services::PatientOverview> m_other;
    QList<qint64> m_hitIds;
    qint64 m_keptId = 0;

    QLineEdit* m_find = nullptr;
    QPushButton* m_findButton = nullptr;
    QComboBox* m_hits = nullptr;
    QLabel* m_thisLabel = nullptr;
    QLabel* m_otherLabel = nullptr;
    QRadioButton* m_keepThis = nullptr;
    QRadioButton* m_keepOther = nullptr;
    QPlainTextEdit* m_reason = nullptr;
    QGroupBox* m_approval = nullptr;
    QLineEdit* m_approver = nullptr;
    QLineEdit* m_approverPassword = nullptr;
};

} // namespace cb::gui
