#pragma once

#include "core/CaseRecord.h"
#include "core/Clock.h"
#include "core/Result.h"
#include "core/UserIdentity.h"
#include "core/Vocabulary.h"
#include "core/pathway/PathwayEvent.h"
#include "core/pathway/ProductTiming.h"

#include <QCoreApplication>
#include <QList>

namespace cb::storage {
class Database;
}

namespace cb::services {

class SettingsService;
class ClinicalAct;

// A case's pathway as the case page and `pathway show` need it.
struct PathwayView
{
    qint64 caseId = 0;
    core::CaseState state = core::CaseState::Referred;
    QString product;                  // the case's intended product
    core::ProductTiming timing;       // its product data
    QList<core::PathwayEvent> events; // in pathway order, voided and superseded ones included
    QDate infusionDate;               // day 0 (the current infusion); invalid until it is recorded
};

// What recording a step did: the event with its notes and the case's state afterwards.
struct RecordedStep
{
    core::PathwayEvent event;
    core::CaseState stateBefore = core::CaseState::Referred;
    core::CaseState stateAfter = core::CaseState::Referred;
    int followUpsScheduled = 0;
};

// The treatment pathway after an eligible verdict (SPEC §5): records each step in order with its
// details, refusing impossible or out-of-order dates; moves the case to treatment at the
// infusion (and schedules the follow-up visits) and to follow-up at discharge.
class PathwayService
{
    Q_DECLARE_TR_FUNCTIONS(cb::services::PathwayService)
public:
    PathwayService(storage::Database& db, const core::Clock& clock, SettingsService& settings)
        : m_db(db), m_clock(clock), m_settings(settings)
    {
    }

    // The product timings of resources/pathway/products.json (embedded), parsed once.
    static Result<core::ProductTimingCatalog> productTimings();

    Result<PathwayView> pathway(const core::UserIdentity& actor, qint64 caseId);
    // Records one step: `step` holds its type, date and raw details (end_date among them).
    Result<RecordedStep> recordStep(const core::UserIdentity& actor, qint64 caseId,
                                    const core::PathwayEvent& step);
    // Voids a recorded step with a reason: it stays readable, marked voided, and no longer counts
    // (core::CorrectionRules says when it may). Voiding the infusion moves a case in treatment
    // back to decided and removes the visits scheduled from it; voiding the discharge moves a
    // case in follow-up back to treatment. rowVersion: the version the user saw (0: the current
    // one); a stale one is a Conflict.
    Result<RecordedStep> voidStep(const core::UserIdentity& actor, qint64 caseId, qint64 eventId,
                                  const QString& reason, qint64 rowVersion = 0);
    // Corrects a recorded step: `replacement` (date and raw details; its type is the step's) is
    // checked like a new step in the original's place, recorded with `supersedes`, and the
    // original becomes superseded. A moved infusion reschedules the open follow-up visits.
    Result<RecordedStep> correctStep(const core::UserIdentity& actor, qint64 caseId, qint64 eventId,
                                     const core::PathwayEvent& replacement, qint64 rowVersion = 0);
    // The details a correction starts from: what was entered for the step, without what the
    // rules computed from it (hematotox_result).
    static QJsonObject enteredDetails(const core::PathwayEvent& event);

private:
    Result<PathwayView> load(qint64 caseId);
    // Schedules the follow-up visits from day 0, audited; returns how many.
    Result<int> scheduleFollowUps(ClinicalAct& act, const core::CaseRecord& c, const QDate& day0);
    // Whether the case's pathway is open (after an eligible verdict, not closed).
    Status checkOpen(const core::CaseRecord& c);
    // The recorded steps with the counts the correction rules need.
    struct StepContext
    {
        QList<core::PathwayEvent> events;
        int currentAssessments = 0;
        int results = 0;
    };
    Result<StepContext> stepContext(qint64 caseId);
    // One step of the case, refused as a conflict when it changed since `rowVersion` (0: any).
    Result<core::PathwayEvent> stepForChange(qint64 caseId, qint64 eventId, qint64 rowVersion);

    storage::Database& m_db;
    const core::Clock& m_clock;
    SettingsService& m_settings;
};

} // namespace cb::services
