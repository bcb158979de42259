#pragma once

#include "core/pathway/FollowUpSchedule.h"
#include "core/pathway/FollowUpVisit.h"

#include <QAbstractTableModel>

namespace cb::presentation {

// The worklist's follow-up visits that are due or overdue, across cases, oldest due first.
class FollowUpDueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { CaseColumn, PatientColumn, VisitColumn, DueColumn, StatusColumn, ColumnCount };
    static constexpr int CaseIdRole = Qt::UserRole + 1;

    explicit FollowUpDueModel(QObject* parent = nullptr);
    void setEntries(QList<core::FollowUpListEntry> entries, const core::FollowUpSchedule& schedule,
                    const QDate& today);
    int overdueCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<core::FollowUpListEntry> m_entries;
    core::FollowUpSchedule m_schedule;
    QDate m_today;
};

} // namespace cb::presentation
