#pragma once

#include "core/checklist/LocalizedText.h"

#include <QString>

namespace cb::core {

// Something the prefill could not use, pointing at the item the user should look at (a unit it
// cannot convert, an undated observation, a case value that is not an option).
struct PrefillIssue
{
    QString itemId;
    QString code; // unit_mismatch, undated, not_an_option, out_of_range
    LocalizedText message;
};

} // namespace cb::core
