#pragma once

#include "core/CaseRecord.h"
#include "core/Review.h"
#include "core/UserIdentity.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace cb::services {
class Workspace;
}

namespace cb::gui {

// The board chair records the verdict: verdict, conditions, product, bridging plan, rationale,
// deferral (reason, reassessment date), a contraindication override (approver, reason), the
// patient's consent and preference; then signs it.
class DecisionDialog : public QDialog
{
    Q_OBJECT
public:
    DecisionDialog(services::Workspace& ws, const core::UserIdentity& user, const core::CaseRecord& record,
                   QWidget* parent = nullptr);
    bool save();
    bool sign();
    bool hasUnsavedChanges() const { return entered() != m_saved; }

public slots:
    // Closing with unsaved changes asks first (save, discard or stay).
    void reject() override;

signals:
    void decisionChanged();

private:
    void load(const core::Decision& d);
    QStringList entered() const; // what the form holds, to tell unsaved changes
    void updateFields();

    services::Workspace& m_ws;
    core::UserIdentity m_user;
    core::CaseRecord m_record;
    qint64 m_rowVersion = -1;
    QComboBox* m_verdict = nullptr;
    QPlainTextEdit* m_conditions = nullptr;
    QPlainTextEdit* m_rationale = nullptr;
    QLineEdit* m_product = nullptr;
    QPlainTextEdit* m_bridging = nullptr;
    QLineEdit* m_deferReason = nullptr;
    QDateEdit* m_reassess = nullptr;
    QLineEdit* m_approver = nullptr;
    QLineEdit* m_overrideReason = nullptr;
    QComboBox* m_consent = nullptr;
    QLineEdit* m_preference = nullptr;
    QLabel* m_readiness = nullptr;
    QLabel* m_where = nullptr; // where the verdict would be taken if signed now
    QStringList m_saved;       // entered() when loaded or last saved
};

} // namespace cb::gui
