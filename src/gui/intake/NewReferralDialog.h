#pragma once

#include "core/UserIdentity.h"
#include "gui/intake/RecordDialog.h"

#include <QList>

class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace cb::services {
class Workspace;
}

namespace cb::gui {

class PartialDateEdit;

// File → New referral… (Ctrl+N, coordinator): the patient first — search by identifier, name
// (Latin or Chinese) and birth date; a known patient is reused (a re-referral keeps the record),
// a near duplicate is shown with a link, advisory — then the referral. Required fields are
// marked with *; "unknown" is a value to choose, never a blank.
class NewReferralDialog : public RecordDialog
{
    Q_OBJECT
public:
    NewReferralDialog(services::Workspace& ws, const core::UserIdentity& user, QWidget* parent = nullptr);

    qint64 registeredCaseId() const { return m_caseId; }
    // The patient chosen from the search (0 = a new patient).
    qint64 chosenPatientId() const { return m_patientId; }

signals:
    void caseRegistered(qint64 caseId);
    // The user followed the link of a near duplicate or a known patient's open case.
    void openCaseRequested(qint64 caseId);

protected:
    QString save() override;

private:
    void search();
    void choosePatient(int row);
    void useNewPatient();
    void checkDuplicates();
    QGroupBox* buildSearch();
    QGroupBox* buildPatient();
    QGroupBox* buildReferral();

    services::Workspace& m_ws;
    const core::UserIdentity& m_user;
    qint64 m_caseId = 0;
    qint64 m_patientId = 0;
    QList<qint64> m_hitIds;
    QList<qint64> m_hitCases;

    QLineEdit* m_findIdentifier = nullptr;
    QLineEdit* m_findName = nullptr;
    PartialDateEdit* m_findBirth = nullptr;
    QListWidget* m_hits = nullptr;
    QLabel* m_chosenLabel = nullptr;
    QPushButton* m_newPatientButton = nullptr;

    QGroupBox* m_patientBox = nullptr;
    QLineEdit* m_authority = nullptr;
    QComboBox* m_idType = nullptr;
    QLineEdit* m_idValue = nullptr;
    QLineEdit* m_family = nullptr;
    QLineEdit* m_given = nullptr;
    QLineEdit* m_nameZh = nullptr;
    QComboBox* m_sex = nullptr;
    PartialDateEdit* m_birth = nullptr;
    QLabel* m_duplicates = nullptr;

    QLineEdit* m_referrer = nullptr;
    QLineEdit* m_institution = nullptr;
    QLineEdit* m_contact = nullptr;
    QDateEdit* m_referralDate = nullptr;
    QComboBox* m_urgency = nullptr;
    QComboBox* m_indication = nullptr;
    QLineEdit* m_subtype = nullptr;
    QLineEdit* m_product = nullptr;
    QLineEdit* m_funding = nullptr;
    QPlainTextEdit* m_question = nullptr;
};

} // namespace cb::gui
