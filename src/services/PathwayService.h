#pragma once

#include <QCoreApplication>
#include "core/Clock.h"
#include "core/Result.h"
#include "core/UserIdentity.h"
#include "core/Vocabulary.h"
#include "core/pathway/PathwayEvent.h"
#include "core/pathway/ProductTiming.h"

#include <QList>

namespace cb::storage {
class Database;
}

namespace cb::services {

class SettingsService;

// A case's pathway as the case page and `pathway show` need it.
struct PathwayView
{
    qint64 caseId = 0;
    core::CaseState state = core::CaseState::Referred;
    QString product;                 // the case's intended product
    core::ProductTiming timing;      // its product data
    QList<core::PathwayEvent> events; // in pathway order
    QDate infusionDate;              // day 0; invalid until the infusion is recorded
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
    Result<RecordedStep> recordStep(const core::UserIdentity& actor, qint64 caseId, const core::PathwayEvent& step);

private:
    Status deny(const core::UserIdentity& actor, const Status& st, const QString& action, qint64 caseId);
    Result<PathwayView> load(qint64 caseId);

    storage::Database& m_db;
    const core::Clock& m_clock;
    SettingsService& m_settings;
};

} // namespace cb::services
