#pragma once

#include "core/Review.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

namespace cb::presentation {

// The actions the board set with its verdict: what, who, by when, and where it stands. An open
// action past its due date is marked overdue in words and colour.
class DecisionActionModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { DescriptionColumn, OwnerColumn, DueColumn, StatusColumn, ColumnCount };

    explicit DecisionActionModel(QObject* parent = nullptr);
    void setActions(QList<core::DecisionAction> actions, QDate today);
    const core::DecisionAction* actionAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusLabel(const QString& status);
    static bool isOverdue(const core::DecisionAction& action, QDate today);

private:
    QList<core::DecisionAction> m_actions;
    QDate m_today;
};

} // namespace cb::presentation
