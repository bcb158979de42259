#pragma once

namespace cb::core {

// Where a value that sits exactly on a CAR-HEMATOTOX cut-off goes.
enum class TieBin {
    HigherRisk, // the bin with more points
    LowerRisk,  // the bin with fewer points
};

// The exact-tie conventions of SPEC §3 [CONV]: ties at the binary cut-offs (ANC, Hb, CRP) go to
// the higher-risk bin; the middle ranges of platelets (75-175) and ferritin (650-2000) are closed.
struct HematotoxTies
{
    TieBin plateletsAt75 = TieBin::LowerRisk;   // 75 ×10⁹/L → 1 point, not 2
    TieBin plateletsAt175 = TieBin::HigherRisk; // 175 ×10⁹/L → 1 point, not 0
    TieBin ancAt1200 = TieBin::HigherRisk;      // 1200 /µL → 1 point
    TieBin hemoglobinAt9 = TieBin::HigherRisk;  // 9.0 g/dL → 1 point
    TieBin crpAt3 = TieBin::HigherRisk;         // 3.0 mg/dL → 1 point
    TieBin ferritinAt650 = TieBin::HigherRisk;  // 650 ng/mL → 1 point, not 0
    TieBin ferritinAt2000 = TieBin::LowerRisk;  // 2000 ng/mL → 1 point, not 2
};

// The locally configurable conventions of the calculators, with the SPEC defaults.
struct GradingOptions
{
    // CRS hypotension grade when vasopressin is the only vasopressor (ASTCT is silent) [CONV].
    int vasopressinAloneGrade = 3;
    // Pure inotropes (dobutamine, milrinone) count as vasopressors [CONV: they do not].
    bool countInotropesAsVasopressors = false;
    HematotoxTies hematotoxTies;
};

} // namespace cb::core
