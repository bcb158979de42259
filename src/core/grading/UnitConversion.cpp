#include "core/grading/UnitConversion.h"

#include <cmath>

namespace cb::core {

namespace {

constexpr int kPrecision = 6;

double clean(double value)
{
    return UnitConversion::roundTo(value, kPrecision);
}

} // namespace

double UnitConversion::roundTo(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

double UnitConversion::fahrenheitToCelsius(double fahrenheit)
{
    return clean((fahrenheit - 32.0) * 5.0 / 9.0);
}

double UnitConversion::celsiusToFahrenheit(double celsius)
{
    return clean(celsius * 9.0 / 5.0 + 32.0);
}

double UnitConversion::roundTemperature(double celsius)
{
    // Clean first so that a value like 37.95 read as 37.949999… still rounds up.
    return roundTo(clean(celsius), 1);
}

double UnitConversion::crpMgPerLToMgPerDl(double mgPerL)
{
    return clean(mgPerL / 10.0);
}

double UnitConversion::crpMgPerDlToMgPerL(double mgPerDl)
{
    return clean(mgPerDl * 10.0);
}

double UnitConversion::plateletsPerUlTo10e9PerL(double perUl)
{
    return clean(perUl / 1000.0);
}

double UnitConversion::platelets10e9PerLToPerUl(double per10e9L)
{
    return clean(per10e9L * 1000.0);
}

double UnitConversion::hemoglobinGPerLToGPerDl(double gPerL)
{
    return clean(gPerL / 10.0);
}

double UnitConversion::hemoglobinGPerDlToGPerL(double gPerDl)
{
    return clean(gPerDl * 10.0);
}

double UnitConversion::anc10e9PerLToPerUl(double per10e9L)
{
    return clean(per10e9L * 1000.0);
}

double UnitConversion::ancPerUlTo10e9PerL(double perUl)
{
    return clean(perUl / 1000.0);
}

} // namespace cb::core
