#pragma once

#include "core/grading/GradingVocabulary.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace cb::core {

// What the ASTCT CRS grade is computed from (SPEC §1.1, field names of §8). Temperatures are in °C.
struct CrsInput
{
    double temperatureC = 37.0;
    bool hypotension = false; // clinician-assessed
    QList<VasoactiveAgent> vasopressors;
    OxygenDevice oxygenDevice = OxygenDevice::None;
    double oxygenFlowLPerMin = 0.0;
    bool priorCrsTreatedWithAntipyreticOrAnticytokine = false;
    bool feverAttributableToOtherCause = false;
    bool deathDueToCrs = false;
    std::optional<double> spo2Percent; // recorded, never graded
    QStringList conversions;           // e.g. "temperature 100.4 °F = 38 °C", for display
};

// The grade and how it was reached.
struct CrsResult
{
    int grade = 0;
    int hypotensionGrade = 0;
    int hypoxiaGrade = 0;
    bool fever = false;          // ≥38.0 °C after rounding and not attributable to another cause
    bool feverMasked = false;    // fever not required: CRS already treated with antipyretic/anticytokine
    double temperatureC = 0.0;   // the normalised temperature compared, rounded to 1 decimal
    int countedVasopressors = 0; // distinct vasopressors counting towards "multiple"
    QString ruleVersion;
    QString explanation;
};

} // namespace cb::core
