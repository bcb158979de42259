#include "core/checklist/ChecklistStatus.h"

#include <array>

namespace cb::core {

namespace {

constexpr std::array kStatuses{
    StableIdEntry<ChecklistStatus>{ChecklistStatus::Ok, "ok", QT_TRANSLATE_NOOP("cb::core", "OK")},
    StableIdEntry<ChecklistStatus>{ChecklistStatus::NotAssessed, "not_assessed",
                                   QT_TRANSLATE_NOOP("cb::core", "Not assessed")},
    StableIdEntry<ChecklistStatus>{ChecklistStatus::Concern, "concern",
                                   QT_TRANSLATE_NOOP("cb::core", "Concern")},
    StableIdEntry<ChecklistStatus>{ChecklistStatus::Contraindication, "contraindication",
                                   QT_TRANSLATE_NOOP("cb::core", "Contraindication")},
};

} // namespace

std::span<const StableIdEntry<ChecklistStatus>> checklistStatuses()
{
    return kStatuses;
}

int severity(ChecklistStatus status)
{
    switch (status) {
    case ChecklistStatus::Ok:
        return 0;
    case ChecklistStatus::NotAssessed:
        return 1;
    case ChecklistStatus::Concern:
        return 2;
    case ChecklistStatus::Contraindication:
        return 3;
    }
    return 0;
}

ChecklistStatus worseOf(ChecklistStatus a, ChecklistStatus b)
{
    return severity(b) > severity(a) ? b : a;
}

} // namespace cb::core
