#include "presentation/BoardActionModel.h"

#include "presentation/DecisionActionModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QTimeZone>

namespace cb::presentation {

void BoardActionModel::setActions(QList<services::BoardAction> actions)
{
    beginResetModel();
    m_actions = std::move(actions);
    endResetModel();
}

const services::BoardAction* BoardActionModel::actionAt(int row) const
{
    return row >= 0 && row < m_actions.size() ? &m_actions.at(row) : nullptr;
}

int BoardActionModel::rowOf(qint64 actionId) const
{
    for (int i = 0; i < m_actions.size(); ++i)
        if (m_actions.at(i).action.id == actionId)
            return i;
    return -1;
}

int BoardActionModel::overdueCount() const
{
    return int(std::count_if(m_actions.begin(), m_actions.end(), [](const auto& a) { return a.overdue; }));
}

int BoardActionModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_actions.size());
}

int BoardActionModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BoardActionModel::data(const QModelIndex& index, int role) const
{
    const services::BoardAction* a = actionAt(index.row());
    if (!index.isValid() || !a)
        return {};
    const bool closed = a->action.status != QLatin1String("open");
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case PatientColumn:
            return tr("%1 (case %2)").arg(a->patientName).arg(a->caseId);
        case ActionColumn:
            return a->action.description;
        case OwnerColumn:
            return a->action.owner;
        case DueColumn:
            if (!a->action.dueDate.isValid())
                return tr("no date");
            return a->overdue ? tr("%1 — overdue").arg(a->action.dueDate.toString(Qt::ISODate))
                              : a->action.dueDate.toString(Qt::ISODate);
        case StatusColumn:
            return DecisionActionModel::statusLabel(a->action.status);
        case MeetingColumn:
            return a->verdict.shortMeetingText(QTimeZone::systemTimeZone());
        case AttendanceColumn:
            return a->verdict.shortAttendanceText();
        default:
            return {};
        }
    }
    const bool outside = a->verdict.where == core::VerdictMeeting::Where::Outside;
    if (role == Qt::ToolTipRole && (index.column() == MeetingColumn || index.column() == AttendanceColumn))
        return a->verdict.meetingText(QTimeZone::systemTimeZone()) + QStringLiteral("\n") +
               a->verdict.attendanceText();
    if (role == Qt::ForegroundRole && outside && index.column() == MeetingColumn)
        return QBrush(QColor(0x8a, 0x4b, 0x00)); // a verdict outside a meeting stands out
    if (role == Qt::ForegroundRole) {
        if (a->overdue && (index.column() == DueColumn || index.column() == StatusColumn))
            return QBrush(QColor(0xa3, 0x1d, 0x1d));
        if (closed)
            return QBrush(QColor(0x5f, 0x66, 0x70));
    }
    if (role == Qt::FontRole && outside && index.column() == MeetingColumn) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::FontRole && a->overdue && index.column() == DueColumn) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == CaseIdRole)
        return a->caseId;
    return {};
}

QVariant BoardActionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PatientColumn:
        return tr("Patient");
    case ActionColumn:
        return tr("Action");
    case OwnerColumn:
        return tr("Owner");
    case DueColumn:
        return tr("Due");
    case StatusColumn:
        return tr("Status");
    case MeetingColumn:
        return tr("Verdict taken");
    case AttendanceColumn:
        return tr("Attendance");
    default:
        return {};
    }
}

} // namespace cb::presentation
