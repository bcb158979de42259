#pragma once

#include "core/pathway/PathwayEvent.h"

#include <QAbstractTableModel>
#include <QList>

namespace cb::presentation {

// A case's pathway steps in pathway order, with the day relative to the infusion.
class PathwayEventModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        StepColumn,
        DateColumn,
        DayColumn,
        DetailsColumn,
        NotesColumn,
        RecordedByColumn,
        StatusColumn, // voided (by whom, when, why) or corrected; empty while current
        ColumnCount
    };

    explicit PathwayEventModel(QObject* parent = nullptr);
    void setEvents(QList<core::PathwayEvent> events, const QDate& infusionDate);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // A one-line summary of a step's details ("Lot X · dose Y", "CAR-HEMATOTOX 3 (high)").
    static QString detailsText(const core::PathwayEvent& e);
    // "Voided by … at …: reason", "Corrected: see step N", "Correction of step N", or empty.
    static QString statusText(const core::PathwayEvent& e);
    // The step shown on a row (nullptr outside the rows).
    const core::PathwayEvent* eventAt(int row) const;

private:
    QList<core::PathwayEvent> m_events;
    QDate m_infusion;
};

} // namespace cb::presentation
