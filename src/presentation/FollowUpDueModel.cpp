#include "presentation/FollowUpDueModel.h"

#include "presentation/FollowUpModel.h"

namespace cb::presentation {

FollowUpDueModel::FollowUpDueModel(QObject* parent) : QAbstractTableModel(parent) {}

void FollowUpDueModel::setEntries(QList<core::FollowUpListEntry> entries,
                                  const core::FollowUpSchedule& schedule, const QDate& today)
{
    beginResetModel();
    m_entries = std::move(entries);
    m_schedule = schedule;
    m_today = today;
    endResetModel();
}

int FollowUpDueModel::overdueCount() const
{
    int n = 0;
    for (const auto& e : m_entries)
        n += m_schedule.status(e.visit.dueDate, e.visit.doneDate, m_today) == core::VisitStatus::Overdue ? 1
                                                                                                         : 0;
    return n;
}

int FollowUpDueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int FollowUpDueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FollowUpDueModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const core::FollowUpListEntry& e = m_entries.at(index.row());
    const core::VisitStatus status = m_schedule.status(e.visit.dueDate, e.visit.doneDate, m_today);
    if (role == CaseIdRole)
        return e.visit.caseId;
    if (role == Qt::BackgroundRole && index.column() == StatusColumn)
        return FollowUpModel::statusBrush(status);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case CaseColumn:
        return e.visit.caseId;
    case PatientColumn:
        return e.patientName;
    case VisitColumn:
        return core::FollowUpSchedule::visitLabel(e.visit.visit);
    case DueColumn:
        return e.visit.dueDate.toString(Qt::ISODate);
    case StatusColumn:
        return status == core::VisitStatus::Overdue
                   ? tr("Overdue by %n day(s)", nullptr, int(e.visit.dueDate.daysTo(m_today)))
                   : core::label(status);
    }
    return {};
}

QVariant FollowUpDueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CaseColumn:
        return tr("Case");
    case PatientColumn:
        return tr("Patient");
    case VisitColumn:
        return tr("Follow-up visit");
    case DueColumn:
        return tr("Due");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

} // namespace cb::presentation
