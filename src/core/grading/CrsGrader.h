#pragma once

#include "core/grading/CrsTypes.h"
#include "core/grading/GradingOptions.h"

#include <QCoreApplication>

namespace cb::core {

// ASTCT 2019 consensus grade of cytokine release syndrome (SPEC §1.1 reference algorithm).
class CrsGrader
{
    Q_DECLARE_TR_FUNCTIONS(cb::core::CrsGrader)
public:
    explicit CrsGrader(const GradingOptions& options = {});

    CrsResult grade(const CrsInput& input) const;

    // The hypotension domain alone: 4 for multiple vasopressors (vasopressin excluded), 3 for one
    // (or vasopressin alone, per the options), 2 for hypotension without vasopressors, else 0.
    int hypotensionGrade(const CrsInput& input) const;
    // The hypoxia domain alone, by the oxygen support required (never by SpO2).
    static int hypoxiaGrade(OxygenDevice device, double flowLPerMin);

private:
    int countedVasopressors(const QList<VasoactiveAgent>& agents) const;

    GradingOptions m_options;
};

} // namespace cb::core
