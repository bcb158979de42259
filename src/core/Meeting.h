#pragma once

#include "core/Review.h"
#include "core/Vocabulary.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace cb::core {

// A tumor board meeting (SPEC §7.2 item 1): when, what kind, how, where, who chairs.
enum class MeetingType { Screening, PreLymphodepletion, PostInfusion, FollowUp };
enum class MeetingMode { InPerson, Virtual, Hybrid };
enum class MeetingStatus { Scheduled, Cancelled };
enum class Presence { Expected, Present, Absent, Excused };

std::span<const StableIdEntry<MeetingType>> meetingTypes();
std::span<const StableIdEntry<MeetingMode>> meetingModes();
std::span<const StableIdEntry<MeetingStatus>> meetingStatuses();
std::span<const StableIdEntry<Presence>> presences();
inline QString toId(MeetingType v)
{
    return idOf(meetingTypes(), v);
}
inline QString toId(MeetingMode v)
{
    return idOf(meetingModes(), v);
}
inline QString toId(MeetingStatus v)
{
    return idOf(meetingStatuses(), v);
}
inline QString toId(Presence v)
{
    return idOf(presences(), v);
}
inline QString label(MeetingType v)
{
    return labelOf(meetingTypes(), v);
}
inline QString label(MeetingMode v)
{
    return labelOf(meetingModes(), v);
}
inline QString label(MeetingStatus v)
{
    return labelOf(meetingStatuses(), v);
}
inline QString label(Presence v)
{
    return labelOf(presences(), v);
}

// A case on a meeting's agenda, in order, with its presenter and time slot. Members with a
// conflict of interest are excluded from this item's discussion and verdict.
struct AgendaItem
{
    qint64 id = 0;
    qint64 meetingId = 0;
    qint64 caseId = 0;
    int position = 0;
    QString presenter;
    int slotMinutes = 10;
    QList<qint64> excludedUserIds; // conflict of interest
    qint64 rowVersion = 0;
    // Filled by the service for display: the case's patient, state and what it still lacks.
    QString patientName;
    QString mrn;
    CaseState caseState = CaseState::Referred;
    QStringList readinessProblems;
};

// A member's attendance at a meeting.
struct Attendee
{
    qint64 id = 0;
    qint64 meetingId = 0;
    qint64 userId = 0;
    QString username;
    QString printedName;
    QString role;                         // stable id of the member's main role
    std::optional<Discipline> discipline; // the specialty the member represents
    Presence presence = Presence::Expected;
    QDateTime arrivedAt; // UTC, optional
    QDateTime leftAt;    // UTC, optional
    qint64 rowVersion = 0;

    // Present at `at`: marked present, arrived (if recorded) by then and not yet gone.
    bool presentAt(const QDateTime& at) const;
};

struct Meeting
{
    qint64 id = 0;
    QDateTime startsAt; // UTC
    int durationMinutes = 60;
    MeetingType type = MeetingType::Screening;
    MeetingMode mode = MeetingMode::InPerson;
    QString location; // room or video link
    qint64 chairId = 0;
    QString chairName;
    MeetingStatus status = MeetingStatus::Scheduled;
    QString cancelReason;
    QDateTime createdAt;
    QDateTime updatedAt;
    qint64 rowVersion = 0;
    QList<AgendaItem> agenda;
    QList<Attendee> attendees;
    std::optional<Signature> minutesSignature;

    QDateTime endsAt() const { return startsAt.addSecs(qint64(durationMinutes) * 60); }
    bool isPast(const QDateTime& now) const { return endsAt() <= now; }
    const AgendaItem* itemForCase(qint64 caseId) const;
    // When the agenda item at `index` is planned to start: the meeting's start plus the slots
    // before it, in agenda order. Its end is this plus its own slot.
    QDateTime slotStart(int index) const;
    // Whether the agenda's slots together run past the meeting's planned end.
    bool agendaOverruns() const;
    // The exact content the chair signs for the minutes: meeting, attendance and agenda.
    QByteArray minutesContent() const;
    // Signed minutes or a cancellation freeze the meeting: its agenda and attendance stay as they are.
    bool isFrozen() const { return minutesSignature.has_value() || status == MeetingStatus::Cancelled; }
    // The minutes are signed once, after the meeting has started, unless it was cancelled.
    bool canSignMinutes(const QDateTime& now) const
    {
        return !isFrozen() && startsAt.isValid() && startsAt <= now;
    }
};

// Which specialties must attend for a verdict (SPEC §7.2 item 2): all of `required`, plus at
// least `anyOfCount` of `anyOf`; `blocksVerdict` decides whether a shortfall refuses the
// verdict or is only recorded with it. `meetingRequired` refuses a verdict signed outside a
// meeting (by default it is only recorded as such).
struct AttendanceRule
{
    QList<Discipline> required;
    QList<Discipline> anyOf;
    int anyOfCount = 0;
    bool blocksVerdict = false;
    bool meetingRequired = false;
};

// The rule checked for one case at one moment: who counted, what was missing.
struct AttendanceCheck
{
    Q_DECLARE_TR_FUNCTIONS(cb::core::AttendanceCheck)
public:
    qint64 meetingId = 0; // 0: outside a meeting
    // The meeting as it stood at the verdict (meetingId != 0): planned start (UTC), length, chair.
    QDateTime meetingStartsAt;
    int meetingMinutes = 0;
    QString chairName;
    bool met = false;
    bool blocks = false;
    bool meetingRequired = false; // the program's rule at the verdict
    // Outside a meeting: the next meeting whose agenda holds the case, if any (not stored).
    QDateTime nextMeetingAt;
    QList<Discipline> presentDisciplines;
    QList<Discipline> missingRequired;
    int anyOfPresent = 0;
    int anyOfCount = 0;
    QStringList presentMembers;  // printed names
    QStringList excludedMembers; // conflict of interest for this case

    QString summary() const; // one readable sentence
    QJsonObject toJson() const;
};

AttendanceCheck checkAttendance(const AttendanceRule& rule, const Meeting& meeting, qint64 caseId,
                                const QDateTime& at);

} // namespace cb::core
