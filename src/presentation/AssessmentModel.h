#pragma once

#include "core/pathway/Assessment.h"

#include <QAbstractTableModel>
#include <QList>

namespace cb::presentation {

// The monitoring sheet: one row per assessment (time, day, vital signs, oxygen, ICE and
// neurological findings, the computed CRS and ICANS grades, interventions, assessor).
class AssessmentModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        DayColumn,
        TemperatureColumn,
        CirculationColumn,
        OxygenColumn,
        IceColumn,
        NeuroColumn,
        CrsColumn,
        IcansColumn,
        InterventionsColumn,
        AssessorColumn,
        StatusColumn, // voided (by whom, when, why) or corrected; empty while current
        ColumnCount
    };

    explicit AssessmentModel(QObject* parent = nullptr);
    void setAssessments(QList<core::Assessment> assessments);
    const QList<core::Assessment>& assessments() const { return m_rows; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString interventionsText(const QJsonObject& interventions);
    // "Voided by … at …: reason", "Corrected: see assessment N", "Correction of assessment N", or empty.
    static QString statusText(const core::Assessment& a);
    // The assessment shown on a row (nullptr outside the rows).
    const core::Assessment* assessmentAt(int row) const;
    // Background for a grade cell: none for 0, warmer with the grade.
    static QVariant gradeBrush(int grade);

private:
    QString text(const core::Assessment& a, int column) const;
    QList<core::Assessment> m_rows;
};

} // namespace cb::presentation
