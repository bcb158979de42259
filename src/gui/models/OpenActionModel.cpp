#include "gui/models/OpenActionModel.h"

#include <QBrush>
#include <QColor>

namespace cb::gui {

void OpenActionModel::setActions(QList<services::OpenAction> actions)
{
    beginResetModel();
    m_actions = std::move(actions);
    endResetModel();
}

int OpenActionModel::overdueCount() const
{
    return int(std::count_if(m_actions.begin(), m_actions.end(), [](const auto& a) { return a.overdue; }));
}

int OpenActionModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_actions.size());
}

int OpenActionModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OpenActionModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_actions.size())
        return {};
    const auto& a = m_actions.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case PatientColumn: return tr("%1 (case %2)").arg(a.patientName).arg(a.caseId);
        case ActionColumn: return a.action.description;
        case OwnerColumn: return a.action.owner;
        case DueColumn:
            return a.overdue ? tr("%1 — overdue").arg(a.action.dueDate.toString(Qt::ISODate))
                             : a.action.dueDate.toString(Qt::ISODate);
        default: return {};
        }
    }
    if (role == Qt::ForegroundRole && a.overdue && index.column() == DueColumn)
        return QBrush(QColor(0xa3, 0x1d, 0x1d));
    if (role == CaseIdRole)
        return a.caseId;
    return {};
}

QVariant OpenActionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PatientColumn: return tr("Patient");
    case ActionColumn: return tr("Action");
    case OwnerColumn: return tr("Owner");
    case DueColumn: return tr("Due");
    default: return {};
    }
}

} // namespace cb::gui
