#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "core/Review.h"
#include "core/UserIdentity.h"
#include "core/VerdictMeeting.h"

#include <QCoreApplication>

namespace cb::storage {
class Database;
}

namespace cb::core {
struct AttendanceCheck;
}

namespace cb::services {

class MeetingService;
class ReviewService;

struct DecisionInput
{
    core::Verdict verdict = core::Verdict::Eligible;
    QString conditions;
    QString rationale;
    QString product;
    QString bridgingPlan;
    QString deferReason;
    QDate reassessDate;
    QString overrideApprover;
    QString overrideReason;
    QString consentStatus;
    QString patientPreference;
    QList<core::DecisionAction> actions; // added with the verdict
};

// The board's verdict: recorded and signed by a board chair once the review quorum is met,
// with dissent (verbatim, never changed), actions and the communication to the referrer.
class DecisionService
{
    Q_DECLARE_TR_FUNCTIONS(cb::services::DecisionService)
public:
    DecisionService(storage::Database& db, const core::Clock& clock, ReviewService& reviews,
                    MeetingService& meetings)
        : m_db(db), m_clock(clock), m_reviews(reviews), m_meetings(meetings)
    {
    }

    // The acts on the board's verdict, for the permission question asked before an act.
    enum class Act { Record, Sign, Dissent, View, Communicate, AddAction, SetActionStatus };
    // Whether the actor may do the act at all (the role, before any argument or state): a refusal
    // is audited. The act's own method asks the same; the CLI and GUI ask it first.
    Status require(const core::UserIdentity& actor, Act act, qint64 caseId);

    Result<core::Decision> recordDecision(const core::UserIdentity& actor, qint64 caseId,
                                          const DecisionInput& input, qint64 expectedRowVersion = -1);
    Result<core::Decision> signDecision(const core::UserIdentity& actor, qint64 caseId,
                                        const QString& password);
    // The acting member records their own dissent, verbatim.
    Result<core::Dissent> recordDissent(const core::UserIdentity& actor, qint64 caseId, const QString& text,
                                        std::optional<core::Discipline> discipline = std::nullopt);
    Result<qint64> addAction(const core::UserIdentity& actor, qint64 caseId,
                             const core::DecisionAction& action);
    Status setActionStatus(const core::UserIdentity& actor, qint64 caseId, qint64 actionId, qint64 rowVersion,
                           const QString& status);
    Result<qint64> recordCommunication(const core::UserIdentity& actor, qint64 caseId,
                                       const core::Communication& c);

    // Every version of the case's decision, oldest first; the last one is current.
    Result<QList<core::Decision>> decisions(const core::UserIdentity& actor, qint64 caseId);

    static QString signatureMeaning(core::Verdict verdict);

    // Where a verdict read through decisions() was taken: its meeting and attendance, or outside a
    // meeting (core::VerdictMeeting), completed from the meeting's record for older verdicts.
    core::VerdictMeeting verdictMeeting(const core::Decision& decision);
    // Where a verdict on the case signed now would be taken, for the chair before signing.
    Result<core::VerdictMeeting> verdictMeetingNow(const core::UserIdentity& actor, qint64 caseId);

private:
    // The program's meeting rules at the verdict: a meeting required, attendance blocking.
    static Status meetingRuleAllows(const core::AttendanceCheck& attendance, qint64 caseId);
    Result<core::Decision> current(qint64 caseId);
    Status validate(qint64 caseId, const DecisionInput& input);

    storage::Database& m_db;
    const core::Clock& m_clock;
    ReviewService& m_reviews;
    MeetingService& m_meetings;
};

} // namespace cb::services
