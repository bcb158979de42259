#include "core/pathway/MonitoringSummary.h"

#include "core/pathway/AssessmentJson.h"

#include <QMap>

namespace cb::core {

MonitoringSummary MonitoringSummary::of(const QList<Assessment>& assessments)
{
    MonitoringSummary s;
    QMap<int, MonitoringDay> byDay;
    for (const Assessment& a : assessments) {
        if (!a.isCurrent())
            continue; // voided or corrected: shown on the sheet, never graded
        MonitoringDay& d = byDay[a.day];
        const bool first = d.assessments == 0;
        d.day = a.day;
        ++d.assessments;
        d.worstCrs = std::max(d.worstCrs, a.crsGrade);
        d.worstIcans = std::max(d.worstIcans, a.icansGrade);
        d.maxTemperatureC = first ? a.temperatureC : std::max(d.maxTemperatureC, a.temperatureC);
        const Interventions i = AssessmentJson::interventionsFromJson(a.interventions);
        if (i.tocilizumabMg > 0)
            ++d.tocilizumabDoses;
        d.steroids = d.steroids || !i.steroid.isEmpty();
        d.icuTransfer = d.icuTransfer || i.icuTransfer;
    }
    for (const MonitoringDay& d : byDay) {
        s.days << d;
        if (d.worstCrs > s.worstCrs || (s.worstCrsDay < 0 && d.worstCrs > 0)) {
            s.worstCrs = d.worstCrs;
            s.worstCrsDay = d.day;
        }
        if (d.worstIcans > s.worstIcans || (s.worstIcansDay < 0 && d.worstIcans > 0)) {
            s.worstIcans = d.worstIcans;
            s.worstIcansDay = d.day;
        }
        s.tocilizumabDoses += d.tocilizumabDoses;
        s.steroids = s.steroids || d.steroids;
        s.icuTransfer = s.icuTransfer || d.icuTransfer;
    }
    return s;
}

} // namespace cb::core
