#pragma once

#include "core/grading/IcansTypes.h"

#include <QCoreApplication>

namespace cb::core {

// ASTCT 2019 consensus grade of immune effector cell-associated neurotoxicity syndrome:
// the most severe domain, with ICE for ages >12 and CAPD for ages ≤12.
class IcansGrader
{
    Q_DECLARE_TR_FUNCTIONS(cb::core::IcansGrader)
public:
    static IcansResult grade(const IcansInput& input);

    static bool usesCapd(double ageYears);
    // CAPD domain: unable → 4, ≥9 → 3, 1-8 → 1 (grade 2 comes from consciousness), 0 → 0.
    static int capdGrade(std::optional<int> capdScore, bool unable);
    static int consciousnessGrade(Consciousness level);
    static int seizureGrade(Seizure seizure);
    static int motorGrade(MotorFinding motor); // tremor and myoclonus do not count
    static int edemaGrade(CerebralEdema edema, bool isIntracranialHemorrhage);
};

} // namespace cb::core
