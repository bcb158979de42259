#pragma once

#include "core/CaseRecord.h"

#include <QAbstractTableModel>
#include <QList>

namespace cb::presentation {

// A case's prior lines of therapy, in line order, for the case page.
class TherapyLineModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        LineColumn,
        RegimenColumn,
        DrugClassesColumn,
        StartColumn,
        EndColumn,
        BestResponseColumn,
        RefractoryColumn,
        ColumnCount
    };

    enum Role { IdRole = Qt::UserRole + 1 }; // the entry's id, for Correct… and Entered in error…

    explicit TherapyLineModel(QObject* parent = nullptr);
    // The entry shown in `row` (nullptr outside).
    const core::TherapyLine* lineAt(int row) const;
    void setLines(QList<core::TherapyLine> lines);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString text(const core::TherapyLine& line, int column) const;

    QList<core::TherapyLine> m_lines;
};

} // namespace cb::presentation
