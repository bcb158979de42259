#pragma once

#include <QStringList>

namespace cb::core {

// One way of meeting a label's prior-therapy requirement: at least `minPriorLines` lines, every
// drug class in `requiredExposures`, and (when `conditions` is not empty) clinical conditions the
// app cannot check itself, which the board must confirm (e.g. LBCL second line: refractory to or
// relapsed within 12 months of first-line therapy).
struct LabelPathway
{
    int minPriorLines = 0;
    QStringList requiredExposures;
    QStringList conditions;
};

} // namespace cb::core
