#pragma once

#include "core/checklist/ChecklistComparison.h"
#include "core/checklist/ChecklistCondition.h"
#include "core/checklist/ChecklistStatus.h"
#include "core/checklist/LocalizedText.h"

#include <QList>
#include <QString>

namespace cb::core {

// One threshold of a checklist item, as data: when the answer matches `comparison` (and every
// `when` condition holds) the item gets `status` (concern or contraindication) and `reason`.
struct ChecklistRule
{
    ChecklistStatus status = ChecklistStatus::Concern;
    ChecklistComparison comparison;
    QList<ChecklistCondition> when;
    LocalizedText reason;
    QString source;   // S-ids or SPEC section
    QString evidence; // V, V2, U or CONV (SPEC §0)
    bool unverified = false;
    LocalizedText note;
};

} // namespace cb::core
