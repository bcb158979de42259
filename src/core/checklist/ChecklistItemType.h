#pragma once

#include "core/StableId.h"

#include <span>

namespace cb::core {

// The answer types of SPEC §4. Ids: bool, number, choice, date, text.
enum class ChecklistItemType { Bool, Number, Choice, Date, Text };

std::span<const StableIdEntry<ChecklistItemType>> checklistItemTypes();

inline QString toId(ChecklistItemType v)
{
    return idOf(checklistItemTypes(), v);
}

} // namespace cb::core
