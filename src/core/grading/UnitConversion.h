#pragma once

namespace cb::core {

// Conversions between the units labs report and the units the calculators store (SPEC §1.1, §3).
// Results are rounded to 6 decimals so that e.g. 1.2 ×10⁹/L becomes exactly 1200 /µL.
class UnitConversion
{
public:
    static double fahrenheitToCelsius(double fahrenheit);
    static double celsiusToFahrenheit(double celsius);
    // Rounds a temperature to 1 decimal, the precision the CRS fever cut-off is compared at [CONV].
    static double roundTemperature(double celsius);

    static double crpMgPerLToMgPerDl(double mgPerL);
    static double crpMgPerDlToMgPerL(double mgPerDl);

    static double plateletsPerUlTo10e9PerL(double perUl);
    static double platelets10e9PerLToPerUl(double per10e9L);

    static double hemoglobinGPerLToGPerDl(double gPerL);
    static double hemoglobinGPerDlToGPerL(double gPerDl);

    static double anc10e9PerLToPerUl(double per10e9L);
    static double ancPerUlTo10e9PerL(double perUl);

    static double roundTo(double value, int decimals);
};

} // namespace cb::core
