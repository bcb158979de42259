#pragma once

#include "core/UserIdentity.h"
#include "core/pathway/PathwayEvent.h"
#include "core/pathway/ProductTiming.h"
#include "gui/widgets/FieldErrors.h"
#include "services/PathwayService.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QPushButton;
class QWidget;

namespace cb::services {
class Workspace;
}

namespace cb::gui {

// Records one pathway step: the step, its date and its details (regimen, doses, lot, the
// pre-lymphodepletion labs for CAR-HEMATOTOX …). A refusal (out of order, impossible date,
// missing detail) is shown in the dialog, which stays open so the entry can be corrected.
class PathwayStepDialog : public QDialog
{
    Q_OBJECT
public:
    PathwayStepDialog(services::Workspace& ws, const core::UserIdentity& user, qint64 caseId,
                      const core::ProductTiming& timing, core::PathwayEventType suggested,
                      QWidget* parent = nullptr);

    // Turns the dialog into the correction of a recorded step: its type fixed, its date and
    // details filled in; "Record correction" records a replacement that supersedes it.
    void setCorrecting(const core::PathwayEvent& original);

    // What the service did, after accept().
    const services::RecordedStep& recorded() const { return m_recorded; }
    // The details as entered (for tests and the preview).
    QJsonObject details() const;
    core::PathwayEventType type() const;

    bool hasUnsavedChanges() const;

public slots:
    void record();
    // Closing with details typed and not recorded asks first (discard or stay).
    void reject() override;

private:
    void rebuildFields();

    services::Workspace& m_ws;
    core::UserIdentity m_user;
    qint64 m_caseId = 0;
    core::ProductTiming m_timing;
    QComboBox* m_event = nullptr;
    QDateEdit* m_date = nullptr;
    QFormLayout* m_fields = nullptr;
    QLabel* m_error = nullptr;
    QHash<QString, QWidget*> m_inputs;
    QComboBox* m_crpUnit = nullptr;
    services::RecordedStep m_recorded;
    core::PathwayEvent m_original; // the step being corrected (id 0: a new step)
    QPushButton* m_ok = nullptr;
    FieldErrors m_fieldErrors; // the refusal beside its field, by the field's label
    QJsonObject m_initial;     // details() as the form opened (defaults from the product data)
    QDate m_initialDate;
};

} // namespace cb::gui
