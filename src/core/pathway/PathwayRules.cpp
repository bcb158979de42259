#include "core/pathway/PathwayRules.h"

#include <QCoreApplication>
#include <algorithm>

namespace cb::core {

namespace {

QString iso(const QDate& d)
{
    return d.toString(Qt::ISODate);
}

// Bridging and product receipt both happen between apheresis and lymphodepletion, in any order.
bool unordered(PathwayEventType a, PathwayEventType b)
{
    const auto bridging = PathwayEventType::Bridging;
    const auto receipt = PathwayEventType::ProductReceipt;
    return (a == bridging && b == receipt) || (a == receipt && b == bridging) ||
           (a == bridging && b == bridging);
}

const PathwayEvent* latestOf(const QList<PathwayEvent>& events, PathwayEventType type)
{
    const PathwayEvent* found = nullptr;
    for (const auto& e : events)
        if (e.isCurrent() && e.type == type && (!found || e.date > found->date))
            found = &e;
    return found;
}

} // namespace

QList<PathwayEventType> PathwayRules::prerequisites(PathwayEventType type)
{
    switch (type) {
    case PathwayEventType::Apheresis:
        return {};
    case PathwayEventType::Bridging:
        return {PathwayEventType::Apheresis};
    case PathwayEventType::ProductReceipt:
        return {PathwayEventType::Apheresis};
    case PathwayEventType::Lymphodepletion:
        return {PathwayEventType::ProductReceipt};
    case PathwayEventType::Infusion:
        return {PathwayEventType::Lymphodepletion};
    case PathwayEventType::Discharge:
        return {PathwayEventType::Infusion};
    }
    return {};
}

bool PathwayRules::repeatable(PathwayEventType type)
{
    return type == PathwayEventType::Bridging || type == PathwayEventType::Lymphodepletion;
}

QList<PathwayEvent> PathwayRules::ordered(QList<PathwayEvent> events)
{
    // bridging and product receipt share a rank: they interleave between apheresis and LD
    auto rank = [](PathwayEventType t) {
        return t == PathwayEventType::ProductReceipt ? stepOf(PathwayEventType::Bridging) : stepOf(t);
    };
    std::stable_sort(events.begin(), events.end(), [&](const PathwayEvent& a, const PathwayEvent& b) {
        if (rank(a.type) != rank(b.type))
            return rank(a.type) < rank(b.type);
        if (a.date != b.date)
            return a.date < b.date;
        return a.id < b.id;
    });
    return events;
}

const PathwayEvent* PathwayRules::infusion(const QList<PathwayEvent>& events)
{
    return latestOf(events, PathwayEventType::Infusion);
}

Result<QStringList> PathwayRules::check(const Context& ctx, const PathwayEvent& c)
{
    const QString name = label(c.type);
    if (!c.date.isValid())
        return Error::badInput(tr("Give the date of the %1 (YYYY-MM-DD).").arg(name));
    if (c.date > ctx.today)
        return Error::badInput(tr("The %1 date %2 is in the future; record a step once it has happened.")
                                   .arg(name, iso(c.date)));
    if (c.endDate.isValid() && c.endDate < c.date)
        return Error::badInput(
            tr("The %1 ends on %2, before it starts on %3.").arg(name, iso(c.endDate), iso(c.date)));
    if (c.endDate.isValid() && c.endDate > ctx.today)
        return Error::badInput(tr("The %1 end date %2 is in the future.").arg(name, iso(c.endDate)));
    if (ctx.referralDate.isValid() && c.date < ctx.referralDate)
        return Error::badInput(
            tr("The %1 date %2 is before the referral on %3.").arg(name, iso(c.date), iso(ctx.referralDate)));

    // Steps already recorded, prerequisites missing, or a pathway already past this step.
    if (!repeatable(c.type))
        if (const PathwayEvent* same = latestOf(ctx.recorded, c.type))
            return Error::invalidState(
                tr("The %1 is already recorded (%2); a case has one.").arg(name, iso(same->date)));
    for (const PathwayEventType p : prerequisites(c.type))
        if (!latestOf(ctx.recorded, p))
            return Error::invalidState(tr("Record the %1 before the %2.").arg(label(p), name));
    if (stepOf(c.type) < stepOf(PathwayEventType::Infusion) && !ctx.correcting)
        if (const PathwayEvent* day0 = latestOf(ctx.recorded, PathwayEventType::Infusion))
            return Error::invalidState(
                tr("The infusion was on %1: no %2 can follow it.").arg(iso(day0->date), name));

    // Every recorded step before this one ends on or before its date; every later one starts on
    // or after its last day.
    for (const PathwayEvent& e : ctx.recorded) {
        if (!e.isCurrent() || unordered(c.type, e.type))
            continue;
        if (stepOf(e.type) < stepOf(c.type) && c.date < e.lastDay())
            return Error::badInput(tr("The %1 cannot start on %2: the %3 before it ends on %4.")
                                       .arg(name, iso(c.date), label(e.type), iso(e.lastDay())));
        if (stepOf(e.type) > stepOf(c.type) && c.lastDay() > e.date)
            return Error::badInput(tr("The %1 cannot end on %2: the %3 after it is on %4.")
                                       .arg(name, iso(c.lastDay()), label(e.type), iso(e.date)));
        if (e.type == c.type && c.type == PathwayEventType::Lymphodepletion && c.date <= e.lastDay())
            return Error::badInput(tr("A repeat lymphodepletion starts after the previous one ends (%1).")
                                       .arg(iso(e.lastDay())));
    }

    QStringList notes;
    const ProductTiming& t = ctx.timing;
    const QString product = t.name.isEmpty() ? t.id : t.name;
    if (c.type == PathwayEventType::Lymphodepletion && c.endDate.isValid()) {
        const int days = int(c.date.daysTo(c.endDate)) + 1;
        if (days != t.ldDays)
            notes << tr("Lymphodepletion over %1 day(s); the product data say %2 day(s) for %3.")
                         .arg(days)
                         .arg(t.ldDays)
                         .arg(product);
    }
    if (c.type == PathwayEventType::Infusion) {
        const PathwayEvent* ld = latestOf(ctx.recorded, PathwayEventType::Lymphodepletion);
        const int days = int(ld->lastDay().daysTo(c.date));
        if (days < t.infusionMinDaysAfterLd)
            return Error::badInput(
                tr("Infusion on %1 is %2 day(s) after the last lymphodepletion day (%3); %4 is "
                   "infused %5-%6 days after it.")
                    .arg(iso(c.date))
                    .arg(days)
                    .arg(iso(ld->lastDay()), product)
                    .arg(t.infusionMinDaysAfterLd)
                    .arg(t.infusionMaxDaysAfterLd));
        if (t.repeatLdAfterDays > 0 && days > t.repeatLdAfterDays)
            return Error::invalidState(
                tr("Infusion on %1 is %2 days after lymphodepletion, beyond the %3-day window "
                   "of %4: record a repeat lymphodepletion first.")
                    .arg(iso(c.date))
                    .arg(days)
                    .arg(t.repeatLdAfterDays)
                    .arg(product));
        if (days > t.infusionMaxDaysAfterLd)
            notes << tr("Infusion %1 days after lymphodepletion, later than the %2-%3 days of the product "
                        "data for %4.")
                         .arg(days)
                         .arg(t.infusionMinDaysAfterLd)
                         .arg(t.infusionMaxDaysAfterLd)
                         .arg(product);
    }
    return notes;
}

} // namespace cb::core
