#pragma once

#include "core/StableId.h"

#include <QString>
#include <span>

namespace cb::core {

// The stable vocabularies of the treatment pathway and follow-up (DESIGN.md §2, SPEC §5).

// The steps of the pathway in the order they happen; the enum order is the clinical order.
enum class PathwayEventType { Apheresis, Bridging, ProductReceipt, Lymphodepletion, Infusion, Discharge };

// The response scheme a follow-up visit is assessed with, chosen by the indication.
enum class ResponseScheme { Imwg2016, Lugano2014, BAll };

enum class MrdStatus { NotDone, Negative, Positive };

std::span<const StableIdEntry<PathwayEventType>> pathwayEventTypes();
std::span<const StableIdEntry<MrdStatus>> mrdStatuses();

inline QString toId(PathwayEventType v)
{
    return idOf(pathwayEventTypes(), v);
}
inline QString label(PathwayEventType v)
{
    return labelOf(pathwayEventTypes(), v);
}
inline QString toId(MrdStatus v)
{
    return idOf(mrdStatuses(), v);
}
inline QString label(MrdStatus v)
{
    return labelOf(mrdStatuses(), v);
}

// The position of an event type in the pathway (0 = apheresis).
inline int stepOf(PathwayEventType t)
{
    return static_cast<int>(t);
}

} // namespace cb::core
