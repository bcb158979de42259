#pragma once

#include "core/CaseRecord.h"
#include "core/UserIdentity.h"
#include "gui/widgets/FieldErrors.h"
#include "services/FollowUpService.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace cb::services {
class Workspace;
}

namespace cb::presentation {
class FollowUpModel;
}

namespace cb::gui {

// The "Follow-up" tab: the schedule made at infusion (due, overdue, done) and the entry of a
// visit: response in the case's scheme (IMWG, Lugano, B-ALL) with MRD, and late effects.
class FollowUpPanel : public QWidget
{
    Q_OBJECT
public:
    FollowUpPanel(services::Workspace& ws, const core::UserIdentity& user, QWidget* parent = nullptr);
    void setCase(const core::CaseRecord& record);
    void clear();
    presentation::FollowUpModel* model() const { return m_model; }
    // Whether a visit's findings were entered and not recorded.
    bool hasEntry() const;

public slots:
    void recordVisit();

signals:
    void caseChanged(qint64 caseId);

private:
    void reload();

    services::Workspace& m_ws;
    core::UserIdentity m_user;
    core::CaseRecord m_record;
    services::FollowUpPlan m_plan;
    presentation::FollowUpModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_scheme = nullptr;
    QComboBox* m_visit = nullptr;
    QDateEdit* m_date = nullptr;
    QComboBox* m_response = nullptr;
    QComboBox* m_mrd = nullptr;
    QLineEdit* m_cytopenias = nullptr;
    QLineEdit* m_igg = nullptr;
    QLineEdit* m_cd4 = nullptr;
    QLineEdit* m_infections = nullptr;
    QCheckBox* m_bCellAplasia = nullptr;
    QCheckBox* m_malignancy = nullptr;
    QLineEdit* m_malignancyDetail = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_recordButton = nullptr;
    FieldErrors m_fieldErrors;
};

} // namespace cb::gui
