#pragma once

#include "core/grading/GradingOptions.h"
#include "core/grading/HematotoxTypes.h"

#include <QCoreApplication>

namespace cb::core {

// CAR-HEMATOTOX (Rejeski 2021): five pre-lymphodepletion labs, 0-7 points; 0-1 low, ≥2 high risk.
// Exact ties follow the options (SPEC §3 [CONV] by default).
class HematotoxScorer
{
    Q_DECLARE_TR_FUNCTIONS(cb::core::HematotoxScorer)
public:
    explicit HematotoxScorer(const HematotoxTies& ties = {});

    HematotoxResult score(const HematotoxInput& input) const;
    HematotoxPoints points(const HematotoxInput& input) const;

    static HematotoxRisk riskFor(int score);

private:
    HematotoxTies m_ties;
};

} // namespace cb::core
