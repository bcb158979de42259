#pragma once

#include "core/grading/GradingVocabulary.h"

#include <QString>
#include <QStringList>

namespace cb::core {

// Pre-lymphodepletion labs in the units the score is defined in (SPEC §3).
struct HematotoxInput
{
    double platelets10e9PerL = 0.0;
    double ancPerUl = 0.0;
    double hemoglobinGPerDl = 0.0;
    double crpMgPerDl = 0.0;
    double ferritinNgPerMl = 0.0;
    QStringList conversions; // e.g. "CRP 30 mg/L = 3 mg/dL", for display
};

struct HematotoxPoints
{
    int platelets = 0;  // 0-2
    int anc = 0;        // 0-1
    int hemoglobin = 0; // 0-1
    int crp = 0;        // 0-1
    int ferritin = 0;   // 0-2

    int total() const { return platelets + anc + hemoglobin + crp + ferritin; }
};

struct HematotoxResult
{
    int score = 0; // 0-7
    HematotoxRisk risk = HematotoxRisk::Low;
    HematotoxPoints points;
    HematotoxInput inputs; // normalised, so the converted values can be shown
    QString ruleVersion;
    QString explanation;
};

} // namespace cb::core
