#include "core/grading/CrsGrader.h"

#include "core/grading/UnitConversion.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>

namespace cb::core {

namespace {

constexpr double kFeverC = 38.0;
constexpr double kLowFlowMaxLPerMin = 6.0; // ≤6 L/min is low flow, >6 is high flow

QString tr(const char* text)
{
    return QCoreApplication::translate("cb::core", text);
}

bool isInotrope(VasoactiveAgent agent)
{
    return agent == VasoactiveAgent::Dobutamine || agent == VasoactiveAgent::Milrinone;
}

QString hypotensionText(int grade, int counted, bool vasopressinOnly)
{
    if (grade >= 4)
        return tr("hypotension requiring %1 vasopressors (vasopressin not counted)").arg(counted);
    if (grade == 3 && vasopressinOnly)
        return tr("hypotension requiring vasopressin alone (local convention)");
    if (grade == 3)
        return tr("hypotension requiring one vasopressor (with or without vasopressin)");
    return tr("hypotension not requiring vasopressors");
}

QString hypoxiaText(const CrsInput& input)
{
    const QString device = label(input.oxygenDevice);
    if (input.oxygenDevice == OxygenDevice::NasalCannula)
        return tr("%1 at %2 L/min (%3)")
            .arg(device, QString::number(input.oxygenFlowLPerMin),
                 input.oxygenFlowLPerMin > kLowFlowMaxLPerMin ? tr("high flow, >6 L/min")
                                                              : tr("low flow, ≤6 L/min"));
    return device;
}

} // namespace

CrsGrader::CrsGrader(const GradingOptions& options) : m_options(options) {}

int CrsGrader::countedVasopressors(const QList<VasoactiveAgent>& agents) const
{
    QSet<VasoactiveAgent> distinct;
    for (VasoactiveAgent a : agents) {
        if (a == VasoactiveAgent::Vasopressin)
            continue;
        if (isInotrope(a) && !m_options.countInotropesAsVasopressors)
            continue;
        distinct.insert(a);
    }
    return int(distinct.size());
}

int CrsGrader::hypotensionGrade(const CrsInput& input) const
{
    const int counted = countedVasopressors(input.vasopressors);
    if (counted >= 2)
        return 4;
    if (counted == 1)
        return 3;
    if (input.vasopressors.contains(VasoactiveAgent::Vasopressin))
        return m_options.vasopressinAloneGrade;
    return input.hypotension ? 2 : 0;
}

int CrsGrader::hypoxiaGrade(OxygenDevice device, double flowLPerMin)
{
    switch (device) {
    case OxygenDevice::Cpap:
    case OxygenDevice::Bipap:
    case OxygenDevice::MechanicalVentilation:
        return 4;
    case OxygenDevice::HighFlowNasalCannula:
    case OxygenDevice::SimpleFaceMask:
    case OxygenDevice::NonRebreatherMask:
    case OxygenDevice::VenturiMask:
        return 3;
    case OxygenDevice::NasalCannula:
        return flowLPerMin > kLowFlowMaxLPerMin ? 3 : 2;
    case OxygenDevice::BlowBy:
        return 2;
    case OxygenDevice::None:
        return 0;
    }
    return 0;
}

CrsResult CrsGrader::grade(const CrsInput& input) const
{
    CrsResult r;
    r.ruleVersion = QString::fromLatin1(kRuleAstct2019);
    r.temperatureC = UnitConversion::roundTemperature(input.temperatureC);
    r.fever = r.temperatureC >= kFeverC && !input.feverAttributableToOtherCause;
    r.feverMasked = input.priorCrsTreatedWithAntipyreticOrAnticytokine;
    r.countedVasopressors = countedVasopressors(input.vasopressors);
    r.hypotensionGrade = hypotensionGrade(input);
    r.hypoxiaGrade = hypoxiaGrade(input.oxygenDevice, input.oxygenFlowLPerMin);

    const QString temp = QString::number(r.temperatureC, 'f', 1);
    QString why;
    if (input.deathDueToCrs) {
        r.grade = 5;
        why = tr("Grade 5: death due to CRS.");
    } else if (!r.fever && !r.feverMasked) {
        r.grade = 0;
        why = input.feverAttributableToOtherCause && r.temperatureC >= kFeverC
                  ? tr("Grade 0: the fever (%1 °C) is attributed to another cause and CRS was not treated "
                       "before, so ASTCT CRS criteria are not met.")
                        .arg(temp)
                  : tr("Grade 0: no fever (%1 °C, below 38.0 °C) and no prior antipyretic or anticytokine "
                       "treatment for CRS, so ASTCT CRS criteria are not met.")
                        .arg(temp);
    } else {
        r.grade = std::max({r.hypotensionGrade, r.hypoxiaGrade, r.fever ? 1 : 0});
        const bool vasopressinOnly = r.countedVasopressors == 0 && r.hypotensionGrade >= 3;
        if (r.grade == 0) {
            why = tr("Grade 0: fever is no longer required after antipyretic/anticytokine treatment, but "
                     "there is no hypotension or hypoxia: CRS resolving or resolved.");
        } else if (r.hypotensionGrade == r.grade && r.hypoxiaGrade == r.grade) {
            why = tr("Grade %1: %2 and %3 (both grade %1).")
                      .arg(r.grade)
                      .arg(hypotensionText(r.hypotensionGrade, r.countedVasopressors, vasopressinOnly),
                           hypoxiaText(input));
        } else if (r.hypotensionGrade == r.grade) {
            why = tr("Grade %1: driven by %2.")
                      .arg(r.grade)
                      .arg(hypotensionText(r.hypotensionGrade, r.countedVasopressors, vasopressinOnly));
        } else if (r.hypoxiaGrade == r.grade) {
            why = tr("Grade %1: driven by hypoxia needing %2.").arg(r.grade).arg(hypoxiaText(input));
        } else {
            why = tr("Grade 1: fever %1 °C without hypotension or hypoxia.").arg(temp);
        }
        if (r.feverMasked && !r.fever && r.grade > 0)
            why += QLatin1Char(' ') + tr("Fever not required after antipyretic/anticytokine treatment.");
    }
    for (const QString& c : input.conversions)
        why += QLatin1Char(' ') + c + QLatin1Char('.');
    r.explanation = why;
    return r;
}

} // namespace cb::core
