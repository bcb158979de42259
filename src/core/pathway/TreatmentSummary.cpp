#include "core/pathway/TreatmentSummary.h"

#include "core/pathway/AssessmentJson.h"
#include "core/pathway/MonitoringSummary.h"
#include "core/pathway/PathwayRules.h"
#include "core/pathway/ResponseCriteria.h"

#include <QJsonArray>
#include <algorithm>

namespace cb::core {

namespace {

QString isoDate(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

ToxicityPeak peak(int grade, int day, const QDate& infusion)
{
    ToxicityPeak p;
    p.grade = grade;
    if (grade > 0 && day >= 0) {
        p.day = day;
        p.date = infusion.addDays(day);
    }
    return p;
}

std::optional<HematotoxAtLymphodepletion> hematotoxOf(const PathwayEvent* ld)
{
    if (!ld)
        return std::nullopt;
    const QJsonObject r = ld->details.value(QStringLiteral("hematotox_result")).toObject();
    if (r.isEmpty())
        return std::nullopt;
    HematotoxAtLymphodepletion h;
    h.score = r.value(QStringLiteral("score")).toInt();
    h.risk = r.value(QStringLiteral("risk")).toString();
    h.ruleVersion = r.value(QStringLiteral("rule_version")).toString();
    h.points = r.value(QStringLiteral("points")).toObject();
    h.labsDate = QDate::fromString(ld->details.value(QStringLiteral("labs_date")).toString(), Qt::ISODate);
    if (!h.labsDate.isValid())
        h.labsDate = ld->date;
    return h;
}

QJsonObject peakJson(const ToxicityPeak& p)
{
    return {{QStringLiteral("grade"), p.grade},
            {QStringLiteral("day"), p.day},
            {QStringLiteral("date"), isoDate(p.date)}};
}

} // namespace

std::optional<TreatmentSummary> TreatmentSummary::of(Indication indication, const QList<PathwayEvent>& events,
                                                     const QList<Assessment>& assessments,
                                                     const QList<FollowUpVisit>& visits)
{
    QList<PathwayEvent> current;
    for (const auto& e : events)
        if (e.isCurrent())
            current << e;
    current = PathwayRules::ordered(current);
    const PathwayEvent* day0 = PathwayRules::infusion(current);
    if (!day0)
        return std::nullopt;

    TreatmentSummary t;
    t.infusionDate = day0->date;
    t.steps = current;

    QList<Assessment> graded;
    for (const auto& a : assessments)
        if (a.isCurrent())
            graded << a;
    std::stable_sort(graded.begin(), graded.end(),
                     [](const Assessment& a, const Assessment& b) { return a.assessedAt < b.assessedAt; });
    const MonitoringSummary m = MonitoringSummary::of(graded);
    t.assessments = int(graded.size());
    t.lastDay = m.days.isEmpty() ? -1 : m.days.last().day;
    t.crs = peak(m.worstCrs, m.worstCrsDay, t.infusionDate);
    t.icans = peak(m.worstIcans, m.worstIcansDay, t.infusionDate);
    for (const auto& a : graded) {
        const Interventions i = AssessmentJson::interventionsFromJson(a.interventions);
        if (!i.any())
            continue;
        t.given << TreatmentGiven{a.day, t.infusionDate.addDays(a.day), a.crsGrade, a.icansGrade, i};
        if (i.tocilizumabMg > 0) {
            ++t.tocilizumabDoses;
            t.tocilizumabTotalMg += i.tocilizumabMg;
        }
        if (!i.steroid.trimmed().isEmpty() && !t.steroids.contains(i.steroid.trimmed()))
            t.steroids << i.steroid.trimmed();
        if (i.icuTransfer && !t.icuTransferDay)
            t.icuTransferDay = a.day;
    }

    t.hematotox = hematotoxOf(t.step(PathwayEventType::Lymphodepletion));
    t.responseRuleVersion = ResponseCriteria::ruleVersion(ResponseCriteria::schemeFor(indication));
    QList<FollowUpVisit> byDue = visits;
    std::stable_sort(byDue.begin(), byDue.end(),
                     [](const FollowUpVisit& a, const FollowUpVisit& b) { return a.dueDate < b.dueDate; });
    for (const auto& v : byDue) {
        if (v.isDone())
            t.responses << v;
        else if (!t.nextVisit)
            t.nextVisit = v;
    }
    return t;
}

const PathwayEvent* TreatmentSummary::step(PathwayEventType type) const
{
    const PathwayEvent* found = nullptr;
    for (const auto& e : steps)
        if (e.type == type)
            found = &e;
    return found;
}

QJsonObject TreatmentSummary::toJson() const
{
    QJsonArray stepList;
    for (const auto& e : steps)
        stepList << QJsonObject{{QStringLiteral("type"), toId(e.type)},
                                {QStringLiteral("date"), isoDate(e.date)},
                                {QStringLiteral("end_date"), isoDate(e.endDate)},
                                {QStringLiteral("details"), e.details}};
    QJsonArray givenList;
    for (const auto& g : given)
        givenList << QJsonObject{{QStringLiteral("day"), g.day},
                                 {QStringLiteral("crs"), g.crsGrade},
                                 {QStringLiteral("icans"), g.icansGrade},
                                 {QStringLiteral("tocilizumab_mg"), g.given.tocilizumabMg},
                                 {QStringLiteral("steroid"), g.given.steroid},
                                 {QStringLiteral("icu_transfer"), g.given.icuTransfer},
                                 {QStringLiteral("other"), g.given.other}};
    QJsonArray responseList;
    for (const auto& v : responses)
        responseList << QJsonObject{{QStringLiteral("visit"), v.visit},
                                    {QStringLiteral("done"), isoDate(v.doneDate)},
                                    {QStringLiteral("response"), v.response},
                                    {QStringLiteral("rule_version"), v.ruleVersion},
                                    {QStringLiteral("mrd"), toId(v.mrd)}};
    QJsonObject o{{QStringLiteral("infusion_date"), isoDate(infusionDate)},
                  {QStringLiteral("steps"), stepList},
                  {QStringLiteral("assessments"), assessments},
                  {QStringLiteral("crs"), peakJson(crs)},
                  {QStringLiteral("icans"), peakJson(icans)},
                  {QStringLiteral("given"), givenList},
                  {QStringLiteral("responses"), responseList}};
    if (hematotox)
        o.insert(QStringLiteral("hematotox"),
                 QJsonObject{{QStringLiteral("score"), hematotox->score},
                             {QStringLiteral("risk"), hematotox->risk},
                             {QStringLiteral("rule_version"), hematotox->ruleVersion},
                             {QStringLiteral("labs_date"), isoDate(hematotox->labsDate)},
                             {QStringLiteral("points"), hematotox->points}});
    return o;
}

} // namespace cb::core
