#include "core/grading/CrsJson.h"

#include "core/grading/JsonFieldReader.h"
#include "core/grading/UnitConversion.h"

#include <QJsonArray>

namespace cb::core {

namespace {

constexpr double kMinTemperatureC = 25.0;
constexpr double kMaxTemperatureC = 45.0;
constexpr double kMaxFlowLPerMin = 100.0;

void readTemperature(JsonFieldReader& r, CrsInput& in)
{
    const bool celsius = r.has(QStringLiteral("temperature_c"));
    const bool fahrenheit = r.has(QStringLiteral("temperature_f"));
    if (celsius && fahrenheit) {
        r.fail(QStringLiteral("temperature_c"),
               QStringLiteral("give either temperature_c or temperature_f, not both"));
        return;
    }
    if (!fahrenheit) {
        in.temperatureC = r.number(QStringLiteral("temperature_c"), kMinTemperatureC, kMaxTemperatureC,
                                   QStringLiteral("°C"));
        r.skip(QStringLiteral("temperature_f")); // absent or null
        return;
    }
    const double f =
        r.number(QStringLiteral("temperature_f"), UnitConversion::celsiusToFahrenheit(kMinTemperatureC),
                 UnitConversion::celsiusToFahrenheit(kMaxTemperatureC), QStringLiteral("°F"));
    r.skip(QStringLiteral("temperature_c"));
    in.temperatureC = UnitConversion::fahrenheitToCelsius(f);
    in.conversions << QStringLiteral("Temperature %1 °F = %2 °C")
                          .arg(QString::number(f),
                               QString::number(UnitConversion::roundTemperature(in.temperatureC), 'f', 1));
}

} // namespace

Result<CrsInput> CrsJson::parse(const QJsonObject& json, QStringList* ignored)
{
    JsonFieldReader r(json);
    CrsInput in;
    readTemperature(r, in);
    in.hypotension = r.boolean(QStringLiteral("hypotension"));

    const QJsonArray agents = r.array(QStringLiteral("vasopressors"));
    for (qsizetype i = 0; i < agents.size() && !r.failed(); ++i)
        in.vasopressors << r.enumFrom(agents.at(i), QStringLiteral("vasopressors[%1]").arg(i),
                                      vasoactiveAgents());

    JsonFieldReader oxygen = r.object(QStringLiteral("oxygen"));
    in.oxygenDevice = oxygen.enumValue(QStringLiteral("device"), oxygenDevices());
    in.oxygenFlowLPerMin =
        oxygen.number(QStringLiteral("flow_l_min"), 0.0, kMaxFlowLPerMin, QStringLiteral("L/min"));

    in.priorCrsTreatedWithAntipyreticOrAnticytokine =
        r.optionalBoolean(QStringLiteral("prior_crs_treated_with_antipyretic_or_anticytokine"));
    in.feverAttributableToOtherCause = r.optionalBoolean(QStringLiteral("fever_attributable_to_other_cause"));
    in.deathDueToCrs = r.optionalBoolean(QStringLiteral("death_due_to_crs"));
    in.spo2Percent = r.optionalNumber(QStringLiteral("spo2_percent"), 0.0, 100.0, QStringLiteral("%"));

    if (r.failed())
        return r.error();
    if (ignored)
        *ignored = r.unreadFields();
    return in;
}

QJsonObject CrsJson::toJson(const CrsResult& result)
{
    return QJsonObject{
        {QStringLiteral("crs_grade"), result.grade},
        {QStringLiteral("rule_version"), result.ruleVersion},
        {QStringLiteral("explanation"), result.explanation},
    };
}

} // namespace cb::core
