#pragma once

#include "core/UserIdentity.h"
#include "services/FhirImportService.h"

#include <QByteArray>
#include <QDialog>
#include <memory>
#include <optional>

class QTreeWidgetItem;

namespace Ui {
class FhirImportPreviewDialog;
}

namespace cb::services {
class Workspace;
}

namespace cb::gui {

// File → Import referral…: what a FHIR R4 bundle will create or attach, shown before anything is
// written (the service's dry run): the patient matched by identifier or registered new, the
// disease, observations, prior lines, transplants and what is kept as text, each with the bundle
// resource it comes from, and the warnings. The coordinator names the referrer (the document's
// author when it names one) and confirms with Import; Cancel writes nothing. A malformed file or an
// invalid resource shows the JSON path of the first problem, and nothing can be imported.
class FhirImportPreviewDialog : public QDialog
{
    Q_OBJECT
public:
    FhirImportPreviewDialog(services::Workspace& ws, const core::UserIdentity& user, const QString& file,
                            QWidget* parent = nullptr);
    ~FhirImportPreviewDialog() override;

    // Whether the file was read into a plan that can be imported.
    bool hasPlan() const { return m_plan.has_value(); }
    // Why the file cannot be imported (empty when it can).
    QString problem() const;
    qint64 importedCaseId() const { return m_caseId; }

    // Plans again with the referral's fields and imports; the dialog closes when it is written.
    void accept() override;

signals:
    void imported(qint64 caseId);

private:
    services::FhirImportOptions options(bool preview) const;
    void load(const QString& file);
    void showPlan();
    void showProblem(const QString& problem);
    void updateImportButton();
    QTreeWidgetItem* group(const QString& title, int count);

    services::Workspace& m_ws;
    core::UserIdentity m_user;
    std::unique_ptr<Ui::FhirImportPreviewDialog> m_ui;
    QString m_fileName;
    QByteArray m_json;
    std::optional<services::FhirImportPlan> m_plan;
    qint64 m_caseId = 0;
};

} // namespace cb::gui
