#include "core/checklist/PrefillResult.h"

#include <algorithm>

namespace cb::core {

QStringList PrefillResult::staleItemIds() const
{
    QStringList ids;
    for (const auto& a : answers)
        if (a.stale)
            ids << a.itemId;
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace cb::core
