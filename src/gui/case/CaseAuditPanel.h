#pragma once

#include "core/AuditKind.h"
#include "core/UserIdentity.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace cb::services {
class Workspace;
}

namespace cb::presentation {
class AuditTrailModel;
}

namespace cb::gui {

// The case's audit trail tab: everything about the case (its own entries, its opinions and
// signatures, verdicts and meetings, pathway, monitoring, follow-up, exports, the patient's
// record), newest first, 200 entries at a time with "Older entries" for the next 200; a kind
// filter and a text filter (action in the reader's words or as its id, user, reason), applied as
// one types (or at once with Enter).
class CaseAuditPanel : public QWidget
{
    Q_OBJECT
public:
    CaseAuditPanel(services::Workspace& ws, const core::UserIdentity& user, QWidget* parent = nullptr);

    // Shows the newest entries of a case; the filters are kept when it is the case shown already.
    void setCase(qint64 caseId);
    // Reads the newest entries again (after an act of the page added some).
    void reload();
    // Forgets the case (nothing of it stays on screen) and resets the filters.
    void clear();

    QTableView* view() const { return m_view; }

private slots:
    void loadOlder();

private:
    core::AuditQuery query() const;
    // Reads a page (below `beforeSeq`, 0 = the newest) and shows it, appended or instead.
    void load(qint64 beforeSeq);
    void showCount();

    services::Workspace& m_ws;
    core::UserIdentity m_user;
    qint64 m_caseId = 0;
    qint64 m_total = 0;
    bool m_hasOlder = false;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_filter = nullptr;
    QLabel* m_count = nullptr;
    QPushButton* m_older = nullptr;
    QTableView* m_view = nullptr;
    QTimer* m_typing = nullptr;
    presentation::AuditTrailModel* m_model = nullptr;
};

} // namespace cb::gui
