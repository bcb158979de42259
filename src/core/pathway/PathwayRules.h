#pragma once

#include "core/Result.h"
#include "core/pathway/PathwayEvent.h"
#include "core/pathway/ProductTiming.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace cb::core {

// The order of the treatment pathway (SPEC §5): apheresis → bridging → product receipt →
// lymphodepletion → infusion (day 0) → discharge. Bridging runs between apheresis and
// lymphodepletion (S4), so it and product receipt may interleave; lymphodepletion starts only
// once the product is on site (S6); the infusion timing after lymphodepletion is product data.
class PathwayRules
{
    Q_DECLARE_TR_FUNCTIONS(cb::core::PathwayRules)
public:
    struct Context
    {
        QList<PathwayEvent> recorded; // the case's events so far (voided and superseded ones are ignored)
        ProductTiming timing;         // of the case's product
        QDate referralDate;
        QDate today;
        // The candidate corrects a recorded step (which the caller left out of `recorded`): an
        // earlier step may then be re-dated after the infusion, within the order of the others.
        bool correcting = false;
    };

    // Whether `candidate` (its type, date and end date) may be recorded now. An impossible or
    // out-of-order date is BadInput naming both events and dates; a step whose prerequisite is
    // missing, a second infusion, or an infusion past the repeat-lymphodepletion window is
    // InvalidState. On success, the notes to keep with the event (timing warnings).
    static Result<QStringList> check(const Context& context, const PathwayEvent& candidate);

    // The steps that must be recorded before this one.
    static QList<PathwayEventType> prerequisites(PathwayEventType type);
    // Whether the step may be recorded more than once (bridging lines, a repeat lymphodepletion).
    static bool repeatable(PathwayEventType type);
    // The events in pathway order (by step, then date, then id).
    static QList<PathwayEvent> ordered(QList<PathwayEvent> events);
    // The infusion (day 0), if recorded and current.
    static const PathwayEvent* infusion(const QList<PathwayEvent>& events);
};

} // namespace cb::core
