#pragma once

#include "core/pathway/MonitoringSummary.h"

#include <QAbstractTableModel>

namespace cb::presentation {

// The worst grades per day since infusion (SPEC §1.1: worst grade per 24 h) with what was given.
class MonitoringDayModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        DayColumn,
        AssessmentsColumn,
        MaxTemperatureColumn,
        WorstCrsColumn,
        WorstIcansColumn,
        TreatmentColumn,
        ColumnCount
    };

    explicit MonitoringDayModel(QObject* parent = nullptr);
    void setSummary(const core::MonitoringSummary& summary);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<core::MonitoringDay> m_days;
};

} // namespace cb::presentation
