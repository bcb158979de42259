#include "presentation/TherapyLineModel.h"

#include "presentation/ClinicalLabels.h"
#include "services/IntakeCatalog.h"

#include <algorithm>

namespace cb::presentation {

TherapyLineModel::TherapyLineModel(QObject* parent) : QAbstractTableModel(parent) {}

void TherapyLineModel::setLines(QList<core::TherapyLine> lines)
{
    beginResetModel();
    m_lines = std::move(lines);
    std::stable_sort(m_lines.begin(), m_lines.end(),
                     [](const auto& a, const auto& b) { return a.lineNumber < b.lineNumber; });
    endResetModel();
}

int TherapyLineModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int TherapyLineModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TherapyLineModel::text(const core::TherapyLine& line, int column) const
{
    switch (column) {
    case LineColumn:
        return QString::number(line.lineNumber);
    case RegimenColumn:
        return line.regimen;
    case DrugClassesColumn: {
        if (line.drugs.isEmpty())
            return ClinicalLabels::drugClassesText(line.drugClasses);
        QStringList drugs;
        const core::DrugVocabulary& vocabulary = services::IntakeCatalog::drugs();
        for (const auto& d : line.drugs) {
            // the drug in the reader's language where the vocabulary knows it, as entered otherwise
            const core::DrugEntry* known = vocabulary.findDrug(d.name);
            const QString name = known ? known->label() : d.name;
            drugs << (d.refractory.value_or(false) ? tr("%1 (refractory)").arg(name) : name);
        }
        return drugs.join(QStringLiteral(", "));
    }
    case StartColumn:
        return line.startDate.toString();
    case EndColumn:
        return line.endDate.isNull() ? tr("ongoing") : line.endDate.toString();
    case BestResponseColumn:
        return line.bestResponse;
    case RefractoryColumn:
        if (!line.refractory)
            return tr("No");
        return line.lenalidomideRefractory ? tr("Yes (lenalidomide)") : tr("Yes");
    default:
        return {};
    }
}

const core::TherapyLine* TherapyLineModel::lineAt(int row) const
{
    return row >= 0 && row < m_lines.size() ? &m_lines.at(row) : nullptr;
}

QVariant TherapyLineModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::TherapyLine& line = m_lines.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return text(line, index.column());
    case IdRole:
        return line.id;
    case Qt::TextAlignmentRole:
        if (index.column() == LineColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignTop);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignTop);
    default:
        return {};
    }
}

QVariant TherapyLineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue((section == LineColumn ? Qt::AlignRight : Qt::AlignLeft) |
                                   Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LineColumn:
        return tr("Line");
    case RegimenColumn:
        return tr("Regimen");
    case DrugClassesColumn:
        return tr("Drugs");
    case StartColumn:
        return tr("Start");
    case EndColumn:
        return tr("End");
    case BestResponseColumn:
        return tr("Best response");
    case RefractoryColumn:
        return tr("Refractory");
    default:
        return {};
    }
}

} // namespace cb::presentation
