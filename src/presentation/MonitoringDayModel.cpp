#include "presentation/MonitoringDayModel.h"

#include "presentation/AssessmentModel.h"

namespace cb::presentation {

MonitoringDayModel::MonitoringDayModel(QObject* parent) : QAbstractTableModel(parent) {}

void MonitoringDayModel::setSummary(const core::MonitoringSummary& summary)
{
    beginResetModel();
    m_days = summary.days;
    endResetModel();
}

int MonitoringDayModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_days.size());
}

int MonitoringDayModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MonitoringDayModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_days.size())
        return {};
    const core::MonitoringDay& d = m_days.at(index.row());
    if (role == Qt::BackgroundRole) {
        if (index.column() == WorstCrsColumn)
            return AssessmentModel::gradeBrush(d.worstCrs);
        if (index.column() == WorstIcansColumn)
            return AssessmentModel::gradeBrush(d.worstIcans);
        return {};
    }
    if (role == Qt::TextAlignmentRole && index.column() != TreatmentColumn)
        return int(Qt::AlignCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case DayColumn:
        return d.day;
    case AssessmentsColumn:
        return d.assessments;
    case MaxTemperatureColumn:
        return QString::number(d.maxTemperatureC, 'f', 1);
    case WorstCrsColumn:
        return d.worstCrs;
    case WorstIcansColumn:
        return d.worstIcans;
    case TreatmentColumn: {
        QStringList parts;
        if (d.tocilizumabDoses > 0)
            parts << tr("tocilizumab ×%1").arg(d.tocilizumabDoses);
        if (d.steroids)
            parts << tr("steroids");
        if (d.icuTransfer)
            parts << tr("ICU");
        return parts.join(QStringLiteral(", "));
    }
    }
    return {};
}

QVariant MonitoringDayModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DayColumn:
        return tr("Day");
    case AssessmentsColumn:
        return tr("Entries");
    case MaxTemperatureColumn:
        return tr("Max °C");
    case WorstCrsColumn:
        return tr("Worst CRS");
    case WorstIcansColumn:
        return tr("Worst ICANS");
    case TreatmentColumn:
        return tr("Treatment");
    }
    return {};
}

} // namespace cb::presentation
