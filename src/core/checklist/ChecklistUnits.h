#pragma once

#include <QString>
#include <optional>

namespace cb::core {

// Units of observations and checklist answers: spelling variants (umol/L, µmol/L, μmol/L) and the
// conversions labs commonly need (bilirubin mg/dL → µmol/L, CRP mg/dL → mg/L, Hb g/L → g/dL,
// ANC ×10^9/L → cells/µL ...). A conversion depends on the analyte, so it is keyed by the
// observation code.
class ChecklistUnits
{
public:
    // Trimmed, spaces removed, lower case, micro signs and "x" multipliers unified.
    static QString normalise(const QString& unit);

    // Whether `given` is a spelling of `canonical` (an empty `given` is taken as canonical).
    static bool sameUnit(const QString& canonical, const QString& given);

    // `value` in `fromUnit` expressed in `toUnit`; empty when no conversion is known.
    static std::optional<double> convert(const QString& code, double value, const QString& fromUnit,
                                         const QString& toUnit);
};

} // namespace cb::core
