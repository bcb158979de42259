#pragma once

#include "core/Result.h"
#include "core/TextLimits.h"
#include "core/pathway/PathwayEvent.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace cb::core {

// When a recorded pathway step or monitoring assessment may be voided or corrected (never deleted
// or overwritten, see RecordCorrection).
class CorrectionRules
{
    Q_DECLARE_TR_FUNCTIONS(cb::core::CorrectionRules)
public:
    static constexpr qsizetype kMaxReasonLength = TextLimits::kLong;

    // A void needs a reason (what was wrong), at most kMaxReasonLength characters.
    static Status checkReason(const QString& reason);
    // Only a current record can be voided or corrected; `what` names it ("step 12").
    static Status checkCurrent(const RecordCorrection& c, const QString& what);

    // Whether the step `target` may be voided, given the case's other records: no current step
    // may lose a prerequisite; the infusion (day 0) only while nothing was recorded after it (no
    // discharge, no current assessment, no follow-up result), because day 0 dates all of those.
    static Status checkVoidStep(const QList<PathwayEvent>& events, const PathwayEvent& target,
                                int currentAssessments, int followUpResults);
    // Whether the step `target` may be corrected to `replacement`: same type; the infusion may
    // move to another day only under the same conditions as its void.
    static Status checkCorrectStep(const QList<PathwayEvent>& events, const PathwayEvent& target,
                                   const PathwayEvent& replacement, int currentAssessments,
                                   int followUpResults);

    // The current records only.
    static QList<PathwayEvent> current(const QList<PathwayEvent>& events);

private:
    static Status checkDayZeroFree(const QList<PathwayEvent>& events, const QString& verb,
                                   int currentAssessments, int followUpResults);
};

} // namespace cb::core
