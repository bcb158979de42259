#include "presentation/DecisionActionModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace cb::presentation {

DecisionActionModel::DecisionActionModel(QObject* parent) : QAbstractTableModel(parent) {}

void DecisionActionModel::setActions(QList<core::DecisionAction> actions, QDate today)
{
    beginResetModel();
    m_actions = std::move(actions);
    m_today = today;
    endResetModel();
}

const core::DecisionAction* DecisionActionModel::actionAt(int row) const
{
    return row >= 0 && row < m_actions.size() ? &m_actions.at(row) : nullptr;
}

int DecisionActionModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_actions.size());
}

int DecisionActionModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DecisionActionModel::statusLabel(const QString& status)
{
    return core::DecisionAction::statusLabel(status);
}

bool DecisionActionModel::isOverdue(const core::DecisionAction& action, QDate today)
{
    return action.status == QLatin1String("open") && action.dueDate.isValid() && today.isValid() &&
           action.dueDate < today;
}

QVariant DecisionActionModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_actions.size())
        return {};
    const auto& a = m_actions.at(index.row());
    const bool overdue = isOverdue(a, m_today);
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case DescriptionColumn:
            return a.description;
        case OwnerColumn:
            return a.owner;
        case DueColumn:
            return a.dueDate.isValid() ? a.dueDate.toString(Qt::ISODate) : tr("No date");
        case StatusColumn:
            return overdue ? tr("Open — overdue by %n day(s)", nullptr, int(a.dueDate.daysTo(m_today)))
                           : statusLabel(a.status);
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && overdue &&
        (index.column() == StatusColumn || index.column() == DueColumn))
        return QBrush(QColor(0xa3, 0x1d, 0x1d));
    if (role == Qt::FontRole && overdue && index.column() == StatusColumn) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::UserRole)
        return a.id;
    return {};
}

QVariant DecisionActionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DescriptionColumn:
        return tr("Action");
    case OwnerColumn:
        return tr("Owner");
    case DueColumn:
        return tr("Due");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace cb::presentation
