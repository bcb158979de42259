#pragma once

#include "core/Result.h"
#include "core/grading/GradingOptions.h"
#include "core/pathway/Assessment.h"

#include <QJsonObject>

namespace cb::core {

// A monitoring assessment as JSON: the `grade crs` and `grade icans` input fields (SPEC §8) in
// one object, the ICE items (`arousable`, `orientation` …) or an `ice_score`, plus
//   "time": "2026-11-20T08:00:00+01:00"                (required, with its UTC offset)
//   "interventions": {"tocilizumab_mg": 640, "steroid": "dexamethasone 10 mg", "icu_transfer": false,
//                     "other": "…"}                    (optional)
//   "attributable_to_other_cause": false, "free_text": "…" (optional)
// `age_years` may be left out when the patient's age is known. A field no calculator knows is
// refused, naming it, so that a typing error never silently drops a finding.
class AssessmentJson
{
public:
    struct Defaults
    {
        double ageYears = -1.0;                       // from the birth date; < 0 unknown
        bool priorCrsTreatedWithAnticytokine = false; // from earlier assessments
    };

    static Result<AssessmentInput> parse(const QJsonObject& json, const Defaults& defaults);
    static AssessmentResult evaluate(const AssessmentInput& input, const GradingOptions& options = {});
    // The outputs stored with the assessment and shown by `monitor show --json`, with the CRS
    // conventions they were graded with ("conventions").
    static QJsonObject outputsToJson(const AssessmentResult& result, const AssessmentInput& input,
                                     const GradingOptions& options = {});
    static QJsonObject interventionsToJson(const Interventions& i);
    static Interventions interventionsFromJson(const QJsonObject& o);
};

} // namespace cb::core
