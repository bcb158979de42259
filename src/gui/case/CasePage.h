#pragma once

#include "core/CaseRecord.h"
#include "core/UserIdentity.h"

#include <QWidget>

class QLabel;
#include <memory>

namespace Ui {
class CasePage;
}

namespace cb::services {
class Workspace;
}

namespace cb::presentation {
class ObservationModel;
class TherapyLineModel;
} // namespace cb::presentation

namespace cb::gui {

class CaseAuditPanel;
class FhirExportMenu;
class RecordActions;
class ReviewPanel;
class TreatmentTabs;

// One case at a glance: a header (patient, MRN, sex/age, indication, state chip, product,
// referrer, referral date), the disease history, and below it tabs for the therapy lines,
// observations and the audit trail. Back (Alt+Left, Esc) returns to the worklist; Export PDF…,
// Print…, Export FHIR (bundle, document); Close case… when permitted.
class CasePage : public QWidget
{
    Q_OBJECT
public:
    CasePage(services::Workspace& ws, const core::UserIdentity& user, QWidget* parent = nullptr);
    ~CasePage() override;

    // Opens the case (an audited view of patient data); false, after telling the user, when
    // it cannot be read.
    bool showCase(qint64 caseId);
    qint64 caseId() const { return m_record.id; }
    const core::CaseRecord& record() const { return m_record; }
    // Forgets the case shown (nothing of it stays on screen).
    void clear();
    // Whether the page may be left (or another case shown): true when no entry form holds
    // unrecorded findings, or she chose to discard them.
    bool mayLeave();

signals:
    void backRequested();
    void caseChanged(qint64 caseId);

protected:
    void showEvent(QShowEvent* event) override;

private slots:
    void closeCase();
    // Export PDF… / Print…: the summary or letter in a preview first (ExportPdfDialog).
    void exportPdf(bool print);
    // Gives the disease history the height it needs (up to about half the page).
    void fitHistoryPanel();

private:
    void setUpTables();
    void fillHeader(const core::CaseRecord& r);
    void fillHistory(const core::CaseRecord& r);
    void updateCloseAction(const core::CaseRecord& r);
    // Prior lines, triple-class and penta status, prior BCMA/CD19/CAR-T, days since allo.
    QString derivedFactsText(const core::CaseRecord& r) const;
    void loadAuditTrail(qint64 caseId);

    services::Workspace& m_ws;
    core::UserIdentity m_user;
    ReviewPanel* m_review = nullptr;
    TreatmentTabs* m_treatment = nullptr;     // Pathway, Monitoring, Follow-up
    RecordActions* m_recordActions = nullptr; // editing the patient's record
    FhirExportMenu* m_fhirExport = nullptr;   // Export FHIR: bundle, signed verdict's document
    QLabel* m_derivedValue = nullptr;
    std::unique_ptr<Ui::CasePage> m_ui;
    presentation::TherapyLineModel* m_therapyLines = nullptr;
    presentation::ObservationModel* m_observations = nullptr;
    CaseAuditPanel* m_audit = nullptr; // the Audit trail tab: everything about the case, filtered
    core::CaseRecord m_record;
    bool m_fitPending = false;
};

} // namespace cb::gui
