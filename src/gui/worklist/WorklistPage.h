#pragma once

#include "core/UserIdentity.h"
#include "core/WorklistQuery.h"

#include <QTimer>
#include <QWidget>
#include <memory>

namespace Ui {
class WorklistPage;
}

namespace cb::services {
class Workspace;
}

namespace cb::presentation {
class WorklistModel;
}

namespace cb::gui {

class FollowUpDuePanel;
class OverdueActionsPanel;

// The worklist: state and indication filters, a debounced search (name in Latin or Chinese,
// MRN, case id), the case count and the table. Enter or a double-click opens a case.
class WorklistPage : public QWidget
{
    Q_OBJECT
public:
    WorklistPage(services::Workspace& ws, const core::UserIdentity& user, QWidget* parent = nullptr);
    ~WorklistPage() override;

    // Shows the worklist; the first call of a session loads it and audits that it was opened.
    void activate();
    void refresh();
    presentation::WorklistModel* model() const { return m_model; }
    void setSearchDelayMs(int ms) { m_searchTimer.setInterval(ms); }

signals:
    void caseOpened(qint64 caseId);

private slots:
    void applyFilters();
    void openIndex(const QModelIndex& index);
    void updateCount();
    void showNotice(const QString& message);
    void keepSortIndicatorOnSortableColumn(int section, Qt::SortOrder order);

private:
    void showWhyNothingIsListed();
    void fillFilters();
    void setUpTable();
    core::WorklistQuery queryFromFilters() const;
    void selectFirstRowIfNone();

    services::Workspace& m_ws;
    core::UserIdentity m_user;
    std::unique_ptr<Ui::WorklistPage> m_ui;
    presentation::WorklistModel* m_model = nullptr;
    FollowUpDuePanel* m_followUpsDue = nullptr;      // visits due or overdue, above the table
    OverdueActionsPanel* m_overdueActions = nullptr; // overdue actions from verdicts, above those
    QTimer m_searchTimer;
    bool m_opened = false;
    bool m_mayRead = false;
    int m_sortSection = 0;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
};

} // namespace cb::gui
