#pragma once

#include "core/checklist/CaseFacts.h"
#include "core/checklist/ChecklistContext.h"
#include "core/checklist/ChecklistTemplate.h"
#include "core/checklist/ObservationValue.h"
#include "core/checklist/PrefillResult.h"

#include <QDate>
#include <QList>

namespace cb::core {

class ProductLabelRules;

// Builds suggested answers from case facts and observations. For an observation item it takes the
// latest value dated on or before `referenceDate` (the next scheduled meeting, or today when there
// is none; the caller passes it), converts its unit, and flags the answer stale when it is older
// than the item's freshness_days (30 days before the meeting is fresh for a 30-day echo, 31 stale).
// Items not asked for the case's indication get no suggestion.
class ChecklistPrefill
{
public:
    static PrefillResult build(const ChecklistTemplate& checklist, const CaseFacts& facts,
                               const QList<ObservationValue>& observations, const QDate& referenceDate);

    // The engine context for a case: reference date, intended product, label rules, age, features.
    static ChecklistContext contextFor(const CaseFacts& facts, const QDate& referenceDate,
                                       const QString& jurisdiction, const ProductLabelRules* labels);
};

} // namespace cb::core
