#pragma once

#include "core/checklist/LocalizedText.h"

#include <QString>

namespace cb::core {

// One answer of a choice item: a stable snake_case id and its label.
struct ChecklistOption
{
    QString id;
    LocalizedText label;
};

} // namespace cb::core
