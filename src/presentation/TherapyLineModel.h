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

    explicit TherapyLineModel(QObject* parent = nullptr);
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
