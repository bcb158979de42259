#pragma once

#include <QDate>
#include <QString>

namespace cb::core {

// One dated observation (lab, ECOG, LVEF ...) with its unit; codes as in PrefillCodes.
struct ObservationValue
{
    QString code;
    double value = 0.0;
    QString unit;
    QDate date;
};

} // namespace cb::core
