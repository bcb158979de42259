#pragma once

#include "core/CaseRecord.h"

#include <QAbstractTableModel>
#include <QList>

namespace cb::presentation {

// A case's observations (labs, ECOG, LVEF …), newest first, each code with a readable label.
class ObservationModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { DateColumn, ObservationColumn, ValueColumn, UnitColumn, ColumnCount };

    explicit ObservationModel(QObject* parent = nullptr);
    void setObservations(QList<core::Observation> observations);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString valueText(const core::Observation& obs);

private:
    QList<core::Observation> m_observations;
};

} // namespace cb::presentation
