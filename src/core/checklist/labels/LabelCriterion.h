#pragma once

#include "core/checklist/LocalizedText.h"

#include <QList>

namespace cb::core {

// How a case stands against one part of a product label.
enum class LabelCheck {
    Met,
    NotMet,
    ToConfirm, // met only under clinical conditions the board must confirm
    Unknown,   // not enough data (no product, no label on file, line count not answered)
};

struct LabelCriterion
{
    LabelCheck check = LabelCheck::Unknown;
    QList<LocalizedText> reasons;
};

} // namespace cb::core
