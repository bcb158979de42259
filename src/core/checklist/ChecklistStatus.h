#pragma once

#include "core/StableId.h"

#include <span>

namespace cb::core {

// The outcome of one checklist item (SPEC §4). Ids: ok, concern, contraindication, not_assessed.
enum class ChecklistStatus { Ok, NotAssessed, Concern, Contraindication };

std::span<const StableIdEntry<ChecklistStatus>> checklistStatuses();

inline QString toId(ChecklistStatus v)
{
    return idOf(checklistStatuses(), v);
}
inline QString label(ChecklistStatus v)
{
    return labelOf(checklistStatuses(), v);
}

// Ordering used to combine statuses: ok < not_assessed < concern < contraindication.
int severity(ChecklistStatus status);
ChecklistStatus worseOf(ChecklistStatus a, ChecklistStatus b);

} // namespace cb::core
