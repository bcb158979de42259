#pragma once

#include "core/pathway/Assessment.h"

#include <QList>

namespace cb::core {

// The worst grades per day since infusion and overall (SPEC §1.1 [CONV]: worst grade per 24 h and
// the overall maximum), with the day's highest temperature and what was given.
struct MonitoringDay
{
    int day = 0;
    int assessments = 0;
    int worstCrs = 0;
    int worstIcans = 0;
    double maxTemperatureC = 0.0;
    int tocilizumabDoses = 0;
    bool steroids = false;
    bool icuTransfer = false;
};

struct MonitoringSummary
{
    QList<MonitoringDay> days; // ascending day
    int worstCrs = 0;
    int worstIcans = 0;
    int worstCrsDay = -1; // first day the worst CRS grade was reached; -1 none
    int worstIcansDay = -1;
    int tocilizumabDoses = 0;
    bool steroids = false;
    bool icuTransfer = false;

    // Over the current assessments only (voided and superseded ones are left out).
    static MonitoringSummary of(const QList<Assessment>& assessments);
};

} // namespace cb::core
