#pragma once

#include "core/CaseRecord.h"
#include "core/UserIdentity.h"
#include "services/ReviewService.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace cb::services {
class Workspace;
}

namespace cb::presentation {
class ChecklistModel;
}

namespace cb::gui {

// A discipline's opinion on a case: the checklist with each item's status (text and colour),
// the recommendation, conditions and comment; save as draft, sign, amend; earlier versions
// readable. Editable only by a specialist of the discipline while the opinion is a draft.
class OpinionEditorDialog : public QDialog
{
    Q_OBJECT
public:
    OpinionEditorDialog(services::Workspace& ws, const core::UserIdentity& user,
                        const core::CaseRecord& record, core::Discipline discipline,
                        QWidget* parent = nullptr);
    ~OpinionEditorDialog() override;

    bool saveDraft(); // true when saved
    bool sign();      // asks for the password; true when signed
    bool startAmendment(const QString& reason);
    bool hasUnsavedChanges() const { return m_dirty; }

public slots:
    // Closing with unsaved changes asks first (save, discard or stay).
    void reject() override;

signals:
    void opinionChanged();

private:
    void reload();
    void showVersion(int index);
    void updateState();
    void reevaluate();
    services::OpinionInput input() const;

    services::Workspace& m_ws;
    core::UserIdentity m_user;
    core::CaseRecord m_record;
    core::Discipline m_discipline;
    services::ChecklistForm m_form;
    QList<core::Opinion> m_history;
    QString m_amendReason;
    bool m_mayEdit = false;
    bool m_dirty = false;

    presentation::ChecklistModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QComboBox* m_version = nullptr;
    QComboBox* m_recommendation = nullptr;
    QPlainTextEdit* m_conditions = nullptr;
    QPlainTextEdit* m_comment = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_answerProblem = nullptr;
    QLabel* m_signature = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_sign = nullptr;
    QPushButton* m_amend = nullptr;
};

} // namespace cb::gui
