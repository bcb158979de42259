#include "core/pathway/PathwayVocabulary.h"

#include <array>

namespace cb::core {

namespace {

template <typename E> using Row = StableIdEntry<E>;

constexpr std::array kEventTypes{
    Row<PathwayEventType>{PathwayEventType::Apheresis, "apheresis",
                          QT_TRANSLATE_NOOP("cb::core", "Apheresis")},
    Row<PathwayEventType>{PathwayEventType::Bridging, "bridging",
                          QT_TRANSLATE_NOOP("cb::core", "Bridging therapy")},
    Row<PathwayEventType>{PathwayEventType::ProductReceipt, "product_receipt",
                          QT_TRANSLATE_NOOP("cb::core", "Product receipt")},
    Row<PathwayEventType>{PathwayEventType::Lymphodepletion, "lymphodepletion",
                          QT_TRANSLATE_NOOP("cb::core", "Lymphodepletion")},
    Row<PathwayEventType>{PathwayEventType::Infusion, "infusion",
                          QT_TRANSLATE_NOOP("cb::core", "Infusion (day 0)")},
    Row<PathwayEventType>{PathwayEventType::Discharge, "discharge",
                          QT_TRANSLATE_NOOP("cb::core", "Discharge")},
};

constexpr std::array kMrd{
    Row<MrdStatus>{MrdStatus::NotDone, "not_done", QT_TRANSLATE_NOOP("cb::core", "MRD not done")},
    Row<MrdStatus>{MrdStatus::Negative, "negative", QT_TRANSLATE_NOOP("cb::core", "MRD negative")},
    Row<MrdStatus>{MrdStatus::Positive, "positive", QT_TRANSLATE_NOOP("cb::core", "MRD positive")},
};

} // namespace

std::span<const StableIdEntry<PathwayEventType>> pathwayEventTypes()
{
    return kEventTypes;
}

std::span<const StableIdEntry<MrdStatus>> mrdStatuses()
{
    return kMrd;
}

} // namespace cb::core
