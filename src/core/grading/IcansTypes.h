#pragma once

#include "core/grading/GradingVocabulary.h"

#include <QString>
#include <optional>

namespace cb::core {

// What the ASTCT ICANS grade is computed from (SPEC §1.2-1.3, field names of §8).
struct IcansInput
{
    double ageYears = 0.0;       // ≤12: CAPD replaces ICE
    std::optional<int> iceScore; // 0-10; none = not assessed
    bool iceUnableUnarousable = false;
    Consciousness consciousness = Consciousness::Alert;
    Seizure seizure = Seizure::None;
    MotorFinding motor = MotorFinding::None;
    CerebralEdema cerebralEdema = CerebralEdema::None;
    bool findingIsIntracranialHemorrhage = false;
    std::optional<int> capdScore; // 0-32; none = not assessed
    bool capdUnable = false;
    bool deathDueToIcans = false;
};

// The grade, each domain's grade and how the grade was reached.
struct IcansResult
{
    int grade = 0;
    bool usedCapd = false;       // age ≤12: the CAPD row replaces the ICE row
    int encephalopathyGrade = 0; // the ICE (or CAPD) domain
    int consciousnessGrade = 0;
    int seizureGrade = 0;
    int motorGrade = 0;
    int edemaGrade = 0;
    bool edemaExcludedAsHemorrhage = false;
    QString ruleVersion;
    QString explanation;
};

} // namespace cb::core
