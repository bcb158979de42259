#include "core/checklist/ChecklistItemType.h"

#include <array>

namespace cb::core {

namespace {

constexpr std::array kTypes{
    StableIdEntry<ChecklistItemType>{ChecklistItemType::Bool, "bool",
                                     QT_TRANSLATE_NOOP("cb::core", "Yes/no")},
    StableIdEntry<ChecklistItemType>{ChecklistItemType::Number, "number",
                                     QT_TRANSLATE_NOOP("cb::core", "Number")},
    StableIdEntry<ChecklistItemType>{ChecklistItemType::Choice, "choice",
                                     QT_TRANSLATE_NOOP("cb::core", "Choice")},
    StableIdEntry<ChecklistItemType>{ChecklistItemType::Date, "date", QT_TRANSLATE_NOOP("cb::core", "Date")},
    StableIdEntry<ChecklistItemType>{ChecklistItemType::Text, "text", QT_TRANSLATE_NOOP("cb::core", "Text")},
};

} // namespace

std::span<const StableIdEntry<ChecklistItemType>> checklistItemTypes()
{
    return kTypes;
}

} // namespace cb::core
