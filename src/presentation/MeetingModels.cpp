#include "presentation/MeetingModels.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace cb::presentation {

namespace {

QString localText(const QDateTime& utc, const QString& format = QStringLiteral("yyyy-MM-dd HH:mm"))
{
    if (!utc.isValid())
        return {};
    const QDateTime local = utc.toLocalTime();
    return local.toString(format) + QLatin1Char(' ') + local.timeZoneAbbreviation();
}

} // namespace

void MeetingListModel::setMeetings(QList<core::Meeting> meetings, QDateTime now)
{
    beginResetModel();
    m_meetings = std::move(meetings);
    m_now = now;
    endResetModel();
}

const core::Meeting* MeetingListModel::meetingAt(int row) const
{
    return row >= 0 && row < m_meetings.size() ? &m_meetings.at(row) : nullptr;
}

int MeetingListModel::rowOf(qint64 meetingId) const
{
    for (int i = 0; i < m_meetings.size(); ++i)
        if (m_meetings.at(i).id == meetingId)
            return i;
    return -1;
}

int MeetingListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_meetings.size());
}

int MeetingListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MeetingListModel::data(const QModelIndex& index, int role) const
{
    const core::Meeting* m = meetingAt(index.row());
    if (!m)
        return {};
    const bool cancelled = m->status == core::MeetingStatus::Cancelled;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case WhenColumn:
            return localText(m->startsAt);
        case TypeColumn:
            return core::label(m->type);
        case ModeColumn:
            return core::label(m->mode);
        case CasesColumn:
            return int(m->agenda.size());
        case StatusColumn:
            if (cancelled)
                return tr("Cancelled");
            return m->isPast(m_now) ? tr("Held") : m->startsAt <= m_now ? tr("In progress") : tr("Upcoming");
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && cancelled)
        return QBrush(QColor(0x80, 0x80, 0x80));
    if (role == Qt::FontRole && !cancelled && !m->isPast(m_now)) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::ToolTipRole && cancelled)
        return m->cancelReason;
    if (role == Qt::UserRole)
        return m->id;
    return {};
}

QVariant MeetingListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhenColumn:
        return tr("When");
    case TypeColumn:
        return tr("Type");
    case ModeColumn:
        return tr("Mode");
    case CasesColumn:
        return tr("Cases");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

void AgendaModel::setMeeting(const core::Meeting& meeting)
{
    beginResetModel();
    m_meeting = meeting;
    endResetModel();
}

const core::AgendaItem* AgendaModel::itemAt(int row) const
{
    return row >= 0 && row < m_meeting.agenda.size() ? &m_meeting.agenda.at(row) : nullptr;
}

int AgendaModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_meeting.agenda.size());
}

int AgendaModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AgendaModel::data(const QModelIndex& index, int role) const
{
    const core::AgendaItem* i = itemAt(index.row());
    if (!i)
        return {};
    const bool ready = i->readinessProblems.isEmpty();
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case PositionColumn:
            return i->position;
        case PatientColumn:
            return i->patientName;
        case StateColumn:
            return core::label(i->caseState);
        case PresenterColumn:
            return i->presenter;
        case SlotColumn: {
            const QDateTime from = m_meeting.slotStart(index.row()).toLocalTime();
            const QDateTime to = from.addSecs(qint64(i->slotMinutes) * 60);
            return tr("%1–%2 (%3)")
                .arg(from.toString(QStringLiteral("HH:mm")), to.toString(QStringLiteral("HH:mm")),
                     tr("%n min", nullptr, i->slotMinutes));
        }
        case ReadinessColumn:
            if (ready)
                return tr("Ready");
            // A case ready for the board may still have items to look at (stale data, overdue actions).
            return i->caseState == core::CaseState::ReadyForBoard
                       ? tr("Ready; to check: %1").arg(i->readinessProblems.join(QStringLiteral("; ")))
                       : tr("Not ready: %1").arg(i->readinessProblems.join(QStringLiteral("; ")));
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == ReadinessColumn && !ready)
        return i->readinessProblems.join(QLatin1Char('\n'));
    const bool overrun = m_meeting.slotStart(index.row() + 1) > m_meeting.endsAt();
    if (role == Qt::ToolTipRole && index.column() == SlotColumn && overrun)
        return tr("This case's slot ends after the meeting's planned end (%1): shorten slots or move cases "
                  "to "
                  "another meeting.")
            .arg(m_meeting.endsAt().toLocalTime().toString(QStringLiteral("HH:mm")));
    if (role == Qt::ForegroundRole && index.column() == SlotColumn && overrun)
        return QBrush(QColor(0xa3, 0x1d, 0x1d));
    if (role == Qt::ForegroundRole && index.column() == ReadinessColumn)
        return QBrush(ready ? QColor(0x1d, 0x6b, 0x3a) : QColor(0x8a, 0x5a, 0x00));
    if (role == Qt::UserRole)
        return i->caseId;
    return {};
}

QVariant AgendaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PositionColumn:
        return tr("#");
    case PatientColumn:
        return tr("Patient");
    case StateColumn:
        return tr("State");
    case PresenterColumn:
        return tr("Presenter");
    case SlotColumn:
        return tr("Time");
    case ReadinessColumn:
        return tr("Readiness");
    default:
        return {};
    }
}

void AttendanceModel::setAttendees(QList<core::Attendee> attendees)
{
    beginResetModel();
    m_attendees = std::move(attendees);
    endResetModel();
}

const core::Attendee* AttendanceModel::attendeeAt(int row) const
{
    return row >= 0 && row < m_attendees.size() ? &m_attendees.at(row) : nullptr;
}

int AttendanceModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_attendees.size());
}

int AttendanceModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AttendanceModel::data(const QModelIndex& index, int role) const
{
    const core::Attendee* a = attendeeAt(index.row());
    if (!a)
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NameColumn:
            return a->printedName;
        case DisciplineColumn:
            return a->discipline
                       ? core::label(*a->discipline)
                       : core::label(core::fromId(core::roles(), a->role).value_or(core::Role::Viewer));
        case PresenceColumn:
            return core::label(a->presence);
        case ArrivedColumn:
            return a->arrivedAt.isValid() ? localText(a->arrivedAt, QStringLiteral("HH:mm")) : QString();
        case LeftColumn:
            return a->leftAt.isValid() ? localText(a->leftAt, QStringLiteral("HH:mm")) : QString();
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == PresenceColumn) {
        switch (a->presence) {
        case core::Presence::Present:
            return QBrush(QColor(0x1d, 0x6b, 0x3a));
        case core::Presence::Absent:
            return QBrush(QColor(0xa3, 0x1d, 0x1d));
        default:
            return {};
        }
    }
    if (role == Qt::UserRole)
        return a->userId;
    return {};
}

QVariant AttendanceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Member");
    case DisciplineColumn:
        return tr("Specialty");
    case PresenceColumn:
        return tr("Presence");
    case ArrivedColumn:
        return tr("Arrived");
    case LeftColumn:
        return tr("Left");
    default:
        return {};
    }
}

} // namespace cb::presentation
