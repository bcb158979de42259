#pragma once

// A treated case for the pathway tests, through the real services: the review world's eligible
// verdict, then apheresis, bridging, product receipt, lymphodepletion and infusion on fixed dates
// after the review day (the clock is moved past them). Header-only so that any services test can
// use it.

#include "ReviewWorld.h"
#include "core/pathway/PathwayEvent.h"
#include "services/PathwayService.h"
#include "services/Workspace.h"

#include <QJsonDocument>

namespace cb::test {

struct PathwayScenario
{
    // 2026-11-25 is the review day; the pathway runs from 11-26 to the infusion on 12-24.
    static QDate day(int month, int dayOfMonth) { return QDate(month == 1 ? 2027 : 2026, month, dayOfMonth); }

    static core::PathwayEvent step(core::PathwayEventType type, const QDate& date,
                                   const QByteArray& details = "{}")
    {
        core::PathwayEvent e;
        e.type = type;
        e.date = date;
        e.details = QJsonDocument::fromJson(details).object();
        return e;
    }

    static QByteArray lowRiskLabs()
    {
        return R"({"platelets_10e9_per_l": 210, "anc_per_ul": 2400, "hemoglobin_g_dl": 11.2,
                   "crp_mg_dl": 0.8, "ferritin_ng_ml": 310})";
    }

    // The steps before the infusion, in order.
    static QList<core::PathwayEvent> stepsBeforeInfusion()
    {
        using T = core::PathwayEventType;
        return {step(T::Apheresis, day(11, 26), R"({"washouts_met": true, "alc_per_ul": 640})"),
                step(T::Bridging, day(11, 28),
                     R"({"regimen": "Polatuzumab-bendamustine-rituximab", "cardiotoxic": false,
                         "end_date": "2026-12-10", "response": "PR"})"),
                step(T::ProductReceipt, day(12, 15), R"({"lot": "LOT-4471"})"),
                step(T::Lymphodepletion, day(12, 20),
                     QByteArray(
                         R"({"regimen": "Flu 30 + Cy 500 mg/m2", "end_date": "2026-12-22", "hematotox": )") +
                         lowRiskLabs() + "}")};
    }

    static core::PathwayEvent infusion()
    {
        return step(core::PathwayEventType::Infusion, day(12, 24),
                    R"({"lot": "LOT-4471", "dose": "2e6 CAR+ cells/kg"})");
    }

    // A decided (eligible) case of the world with its pathway up to the infusion (included when
    // `infuse`); the clock stands on 2027-01-24. 0 on failure (with a warning).
    static qint64 treatedCase(ReviewWorld& w, bool infuse = true)
    {
        w.clock().set(ReviewWorld::now());
        const qint64 id = w.readyCase();
        if (!id || !w.recordDecision(id) || !w.signDecision(id))
            return 0;
        w.clock().set(QDateTime(day(1, 24), QTime(9, 0), Qt::UTC));
        auto steps = stepsBeforeInfusion();
        if (infuse)
            steps << infusion();
        for (const auto& s : steps) {
            auto r = w.ws().pathway().recordStep(w.coordinator(), id, s);
            if (!r.ok()) {
                qWarning("pathway step %s: %s", qPrintable(core::toId(s.type)),
                         qPrintable(r.error().message));
                return 0;
            }
        }
        return id;
    }
};

} // namespace cb::test
