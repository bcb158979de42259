#pragma once

#include "core/grading/IceTypes.h"

#include <QCoreApplication>

namespace cb::core {

// Scores the ICE items and maps the score to its ICANS domain grade (ASTCT 2019).
class IceScorer
{
    Q_DECLARE_TR_FUNCTIONS(cb::core::IceScorer)
public:
    static IceResult score(const IceInput& input);
    // 10 → 0, 7-9 → 1, 3-6 → 2, 0-2 → 3; unarousable (unable to perform) → 4.
    static int domainGrade(int score, bool unarousable);
};

} // namespace cb::core
