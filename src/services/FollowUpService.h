#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "core/UserIdentity.h"
#include "core/Vocabulary.h"
#include "core/pathway/FollowUpSchedule.h"
#include "core/pathway/FollowUpVisit.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <optional>

namespace cb::storage {
class Database;
}

namespace cb::services {

class SettingsService;

// A case's follow-up plan: the scheduled visits with what each found.
struct FollowUpPlan
{
    qint64 caseId = 0;
    core::CaseState state = core::CaseState::Referred;
    core::ResponseScheme scheme = core::ResponseScheme::Lugano2014;
    core::FollowUpSchedule schedule;
    QDate today;
    QList<core::FollowUpVisit> visits; // by due date

    core::VisitStatus statusOf(const core::FollowUpVisit& v) const
    {
        return schedule.status(v.dueDate, v.doneDate, today);
    }
};

// What is entered for a visit.
struct FollowUpInput
{
    QString visit;    // day_28 … year_15
    QString response; // a category id of the case's scheme
    // nullopt: not assessed, refused where the scheme records MRD ("not done" is a choice)
    std::optional<core::MrdStatus> mrd = core::MrdStatus::NotDone;
    QDate doneDate;                 // invalid: today
    QJsonObject details;            // late effects (core::FollowUpDetails)
    qint64 expectedRowVersion = -1; // to correct a visit already recorded
};

// Long-term follow-up (SPEC §5 steps 11-14, §5.1): the schedule made at infusion, responses with
// MRD and late effects per visit, and the program-wide list of due and overdue visits.
class FollowUpService
{
    Q_DECLARE_TR_FUNCTIONS(cb::services::FollowUpService)
public:
    FollowUpService(storage::Database& db, const core::Clock& clock, SettingsService& settings)
        : m_db(db), m_clock(clock), m_settings(settings)
    {
    }

    // The configured schedule (setting follow_up.schedule), the standard one if unreadable.
    core::FollowUpSchedule schedule();

    Result<FollowUpPlan> followUps(const core::UserIdentity& actor, qint64 caseId);
    // Every visit of the cases in treatment or follow-up, or (dueOnly) those due or overdue
    // now; audited, since the list names patients.
    Result<QList<core::FollowUpListEntry>> listFollowUps(const core::UserIdentity& actor, bool dueOnly);
    Result<core::FollowUpVisit> recordVisit(const core::UserIdentity& actor, qint64 caseId,
                                            const FollowUpInput& input);

private:
    Result<FollowUpPlan> load(qint64 caseId);

    storage::Database& m_db;
    const core::Clock& m_clock;
    SettingsService& m_settings;
};

} // namespace cb::services
