#pragma once

#include "services/MeetingService.h"

#include <QAbstractTableModel>

namespace cb::gui {

// Open actions from verdicts across cases (MeetingService::openActions), overdue first.
class OpenActionModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { PatientColumn, ActionColumn, OwnerColumn, DueColumn, ColumnCount };
    static constexpr int CaseIdRole = Qt::UserRole + 1;

    explicit OpenActionModel(QObject* parent = nullptr) : QAbstractTableModel(parent) {}
    void setActions(QList<services::OpenAction> actions);
    int overdueCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<services::OpenAction> m_actions;
};

} // namespace cb::gui
