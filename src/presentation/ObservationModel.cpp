#include "presentation/ObservationModel.h"

#include "presentation/ClinicalLabels.h"

#include <QLocale>
#include <algorithm>

namespace cb::presentation {

ObservationModel::ObservationModel(QObject* parent) : QAbstractTableModel(parent) {}

void ObservationModel::setObservations(QList<core::Observation> observations)
{
    beginResetModel();
    m_observations = std::move(observations);
    std::stable_sort(m_observations.begin(), m_observations.end(), [](const auto& a, const auto& b) {
        if (a.observedOn != b.observedOn)
            return a.observedOn > b.observedOn;
        return ClinicalLabels::observationLabel(a.code) < ClinicalLabels::observationLabel(b.code);
    });
    endResetModel();
}

int ObservationModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_observations.size());
}

int ObservationModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ObservationModel::valueText(const core::Observation& obs)
{
    if (!obs.value)
        return obs.valueText;
    // as entered: 9.3 stays 9.3, 1380 reads 1,380 (in an English locale)
    const QString value = QLocale().toString(*obs.value, 'f', QLocale::FloatingPointShortest);
    return obs.comparator.isEmpty() ? value : obs.comparator + QLatin1Char(' ') + value;
}

const core::Observation* ObservationModel::observationAt(int row) const
{
    return row >= 0 && row < m_observations.size() ? &m_observations.at(row) : nullptr;
}

QVariant ObservationModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::Observation& obs = m_observations.at(index.row());
    if (role == Qt::TextAlignmentRole) {
        if (index.column() == ValueColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role == IdRole)
        return obs.id;
    if (role == Qt::ToolTipRole && index.column() == ObservationColumn)
        return obs.code;
    if (role == Qt::ToolTipRole && index.column() == ValueColumn && obs.enteredValue &&
        obs.enteredUnit != obs.unit && !obs.enteredUnit.isEmpty())
        return tr("Entered as %1 %2")
            .arg(QLocale().toString(*obs.enteredValue, 'f', QLocale::FloatingPointShortest), obs.enteredUnit);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case DateColumn:
        return obs.observedOn.toString(Qt::ISODate);
    case ObservationColumn:
        return ClinicalLabels::observationLabel(obs.code);
    case ValueColumn:
        return valueText(obs);
    case UnitColumn:
        return ClinicalLabels::unitLabel(obs.unit);
    default:
        return {};
    }
}

QVariant ObservationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue((section == ValueColumn ? Qt::AlignRight : Qt::AlignLeft) |
                                   Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case ObservationColumn:
        return tr("Observation");
    case ValueColumn:
        return tr("Value");
    case UnitColumn:
        return tr("Unit");
    default:
        return {};
    }
}

} // namespace cb::presentation
