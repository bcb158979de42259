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
    enum Role { IdRole = Qt::UserRole + 1 }; // the entry's id, for Correct… and Entered in error…

    explicit ObservationModel(QObject* parent = nullptr);
    void setObservations(QList<core::Observation> observations);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString valueText(const core::Observation& obs);
    // The entry shown in `row` (nullptr outside).
    const core::Observation* observationAt(int row) const;

private:
    QList<core::Observation> m_observations;
};

} // namespace cb::presentation
