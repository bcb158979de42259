#pragma once

#include "core/checklist/ChecklistComparison.h"

#include <QString>

namespace cb::core {

// A rule's "when": the rule applies only while another item of the same template satisfies
// `comparison` (e.g. bilirubin ≥34 µmol/L is a contraindication when HEM-23.gilbert is false).
// When that item is unanswered, the condition holds exactly when `ifMissing` is true.
struct ChecklistCondition
{
    QString itemId;
    ChecklistComparison comparison;
    bool ifMissing = false;
};

} // namespace cb::core
