#pragma once

#include "core/Clock.h"
#include "core/Meeting.h"
#include "core/MinutesDossier.h"
#include "core/Result.h"
#include "core/UserIdentity.h"
#include "core/VerdictMeeting.h"

#include <QCoreApplication>

namespace cb::storage {
class Database;
}

namespace cb::services {

class ReviewService;
class SettingsService;

struct MeetingInput
{
    QDateTime startsAt; // UTC
    int durationMinutes = 60;
    core::MeetingType type = core::MeetingType::Screening;
    core::MeetingMode mode = core::MeetingMode::InPerson;
    QString location;
    qint64 chairId = 0; // 0: the acting user when a board chair, else the first active chair
};

// A case the agenda could take, and why.
struct AgendaSuggestion
{
    qint64 caseId = 0;
    QString patientName;
    core::CaseState state = core::CaseState::Referred;
    QString reason;
};

// An action set with a verdict, with its case and the meeting the verdict was taken in, for the
// list across meetings.
struct BoardAction
{
    qint64 caseId = 0;
    QString patientName;
    core::DecisionAction action;
    bool overdue = false; // open and past its due date
    qint64 decisionId = 0;
    qint64 meetingId = 0;         // 0: the verdict was signed outside a meeting
    QDateTime meetingStartsAt;    // UTC; invalid when meetingId is 0
    core::VerdictMeeting verdict; // the meeting and attendance of the verdict, or outside a meeting
};

// Where a verdict was taken (core::VerdictMeeting::of), with the meeting's time and chair from
// its record when the verdict was signed before they were stored with it.
core::VerdictMeeting verdictMeetingOf(storage::Database& db, const core::Decision& decision);

enum class ActionScope { Open, All };

// Tumor board meetings: scheduling, agenda, attendance and conflicts of interest, the attendance
// rule checked at a verdict, and the chair's signature on the minutes. Coordinators and chairs
// manage meetings; every clinical role reads them; every change is audited.
class MeetingService
{
    Q_DECLARE_TR_FUNCTIONS(cb::services::MeetingService)
public:
    MeetingService(storage::Database& db, const core::Clock& clock, SettingsService& settings,
                   ReviewService& reviews)
        : m_db(db), m_clock(clock), m_settings(settings), m_reviews(reviews)
    {
    }

    Result<QList<core::Meeting>> meetings(const core::UserIdentity& actor);
    // One meeting, its agenda items filled with patient, state and readiness.
    Result<core::Meeting> meeting(const core::UserIdentity& actor, qint64 meetingId);

    // New meeting; every active chair, specialist and coordinator is invited as expected.
    Result<qint64> schedule(const core::UserIdentity& actor, const MeetingInput& input);
    Status reschedule(const core::UserIdentity& actor, qint64 meetingId, qint64 rowVersion,
                      const QDateTime& startsAt, int durationMinutes, const QString& location,
                      const QString& reason);
    Status cancel(const core::UserIdentity& actor, qint64 meetingId, qint64 rowVersion,
                  const QString& reason);

    // Cases ready for the board not on another upcoming agenda, and deferred cases whose
    // reassessment date has come by the meeting's day.
    Result<QList<AgendaSuggestion>> suggestions(const core::UserIdentity& actor, qint64 meetingId);
    Result<qint64> addToAgenda(const core::UserIdentity& actor, qint64 meetingId, qint64 caseId,
                               const QString& presenter = {}, int slotMinutes = 10);
    Status removeFromAgenda(const core::UserIdentity& actor, qint64 meetingId, qint64 caseId);
    // Moves a case up (delta < 0) or down the agenda.
    Status moveAgendaItem(const core::UserIdentity& actor, qint64 meetingId, qint64 caseId, int delta);
    Status setPresenter(const core::UserIdentity& actor, qint64 meetingId, qint64 caseId,
                        const QString& presenter, int slotMinutes);

    // A member's presence (added to the meeting when not yet listed), arrival and departure.
    Status setAttendance(const core::UserIdentity& actor, qint64 meetingId, qint64 userId,
                         core::Presence presence, const QDateTime& arrivedAt = {},
                         const QDateTime& leftAt = {});
    // A member excluded from one case's discussion and verdict for a conflict of interest.
    Status setConflict(const core::UserIdentity& actor, qint64 meetingId, qint64 caseId, qint64 userId,
                       bool excluded, const QString& reason);

    // The attendance rule for a case at `at`, in the meeting whose agenda holds it and that has
    // started by then (the latest such); meetingId 0 and not met when there is none.
    Result<core::AttendanceCheck> attendanceAtVerdict(qint64 caseId, const QDateTime& at);

    // The chair signs the minutes once the meeting has started; the meeting is then frozen.
    Result<core::Meeting> signMinutes(const core::UserIdentity& actor, qint64 meetingId,
                                      const QString& password);
    static QString minutesMeaning();

    // What the minutes show (agenda cases with the verdicts taken in this meeting), with the audit
    // head; times in `zone`. recordMinutesExport writes the audit row of an export.
    Result<core::MinutesDossier> minutesDossier(const core::UserIdentity& actor, qint64 meetingId,
                                                const QTimeZone& zone = QTimeZone::systemTimeZone());
    Status recordMinutesExport(const core::UserIdentity& actor, const core::MinutesDossier& dossier,
                               const QString& target);

    // A board member by username (for attendance and conflicts named on the command line).
    Result<core::UserIdentity> member(const core::UserIdentity& actor, const QString& username);

    // Actions of every case's verdicts: open ones, or all (done and cancelled too). Overdue
    // ones first, then the other open ones, then done and cancelled ones; each by due date.
    Result<QList<BoardAction>> actions(const core::UserIdentity& actor,
                                       ActionScope scope = ActionScope::Open);

private:
    Result<core::Meeting> editable(const core::UserIdentity& actor, qint64 meetingId, const QString& action);
    Status renumber(QList<core::AgendaItem> items);

    storage::Database& m_db;
    const core::Clock& m_clock;
    SettingsService& m_settings;
    ReviewService& m_reviews;
};

} // namespace cb::services
