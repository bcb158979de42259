#pragma once

#include "core/CaseRecord.h"
#include "core/UserIdentity.h"

#include <QObject>

class QAction;
class QPushButton;
class QWidget;

namespace cb::services {
class Workspace;
}

namespace cb::gui {

// Export FHIR on the case page: a button with a menu of the two FHIR R4 exports of the case
// (exports::FhirExport, shared with `cellboard-cli export fhir`): the patient's record as a
// bundle, and the board's signed verdict as a document carrying the case summary PDF (offered once
// the verdict is signed). The file is chosen through the FileDialog seam; the export is written
// owner-only and audited.
class FhirExportMenu : public QObject
{
    Q_OBJECT
public:
    FhirExportMenu(services::Workspace& ws, const core::UserIdentity& user, QWidget* page);

    QPushButton* button() const { return m_button; }
    // The case the exports are of (none: id 0); enables what the user may export of it.
    void setCase(const core::CaseRecord& record);
    // The file name proposed: MRN, case, kind and day, as the PDF export names its files.
    static QString defaultFileName(const core::CaseRecord& record, bool document, const QDate& day);

signals:
    // A bundle was written and audited.
    void exported(qint64 caseId);

private:
    void refresh();
    void exportBundle(bool document);

    services::Workspace& m_ws;
    core::UserIdentity m_user;
    QWidget* m_page;
    QPushButton* m_button = nullptr;
    QAction* m_bundle = nullptr;
    QAction* m_document = nullptr;
    qint64 m_caseId = 0;
    core::CaseRecord m_record;
};

} // namespace cb::gui
