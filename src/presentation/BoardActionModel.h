#pragma once

#include "services/MeetingService.h"

#include <QAbstractTableModel>

namespace cb::presentation {

// Actions from board verdicts across cases (MeetingService::actions), overdue first: patient,
// action, owner, due date, status, the meeting the verdict was taken in (or outside a meeting) and
// its attendance.
class BoardActionModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        PatientColumn,
        ActionColumn,
        OwnerColumn,
        DueColumn,
        StatusColumn,
        MeetingColumn,
        AttendanceColumn,
        ColumnCount
    };
    static constexpr int CaseIdRole = Qt::UserRole + 1;

    explicit BoardActionModel(QObject* parent = nullptr) : QAbstractTableModel(parent) {}
    void setActions(QList<services::BoardAction> actions);
    const services::BoardAction* actionAt(int row) const;
    int rowOf(qint64 actionId) const;
    int overdueCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<services::BoardAction> m_actions;
};

} // namespace cb::presentation
