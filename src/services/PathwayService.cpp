#include "services/PathwayService.h"

#include "core/PermissionPolicy.h"
#include "core/pathway/FollowUpSchedule.h"
#include "core/pathway/PathwayDetails.h"
#include "core/pathway/PathwayRules.h"
#include "core/pathway/ResponseCriteria.h"
#include "platform/Logging.h"
#include "services/AuditTrail.h"
#include "services/SettingsService.h"
#include "storage/CaseRepository.h"
#include "storage/PathwayRepository.h"
#include "storage/ReviewRepository.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QFile>

namespace cb::services {

namespace {

const QString kCase = QStringLiteral("clinical_case");

// Whether the case's latest signed verdict lets treatment start.
Result<bool> eligibleVerdict(storage::Database& db, qint64 caseId)
{
    auto decisions = storage::ReviewRepository(db).decisions(caseId);
    if (!decisions.ok())
        return decisions.error();
    const core::Decision* latest = nullptr;
    for (const auto& d : *decisions)
        if (d.isSigned && (!latest || d.version > latest->version))
            latest = &d;
    return latest && (latest->verdict == core::Verdict::Eligible ||
                      latest->verdict == core::Verdict::EligibleWithConditions);
}

} // namespace

Result<core::ProductTimingCatalog> PathwayService::productTimings()
{
    static const Result<core::ProductTimingCatalog> catalog = []() -> Result<core::ProductTimingCatalog> {
        QFile f(QStringLiteral(":/pathway/products.json"));
        if (!f.open(QIODevice::ReadOnly))
            return Error::failure(tr("The product timings are missing from this build."));
        auto parsed = core::ProductTimingCatalog::parse(f.readAll());
        if (!parsed.ok())
            return Error::failure(tr("The product timings are not valid: %1").arg(parsed.error().message));
        return parsed;
    }();
    return catalog;
}

Status PathwayService::deny(const core::UserIdentity& actor, const Status& st, const QString& action, qint64 caseId)
{
    return AuditTrail(m_db, m_clock).recordDenial(actor, st, action, kCase, QString::number(caseId));
}

Result<PathwayView> PathwayService::load(qint64 caseId)
{
    auto rec = storage::CaseRepository(m_db).caseById(caseId);
    if (!rec.ok())
        return rec.error();
    if (!rec->has_value())
        return Error::notFound(tr("There is no case %1.").arg(caseId));
    auto catalog = productTimings();
    if (!catalog.ok())
        return catalog.error();
    auto events = storage::PathwayRepository(m_db).events(caseId);
    if (!events.ok())
        return events.error();
    PathwayView v;
    v.caseId = caseId;
    v.state = (*rec)->state;
    v.product = (*rec)->intendedProduct;
    v.timing = catalog->forProduct(v.product);
    v.events = core::PathwayRules::ordered(*events);
    if (const auto* day0 = core::PathwayRules::infusion(v.events))
        v.infusionDate = day0->date;
    return v;
}

Result<PathwayView> PathwayService::pathway(const core::UserIdentity& actor, qint64 caseId)
{
    if (auto st = core::PermissionPolicy::check(actor, core::Action::ReadCases); !st.ok())
        return deny(actor, st, QStringLiteral("pathway.view"), caseId).error();
    return load(caseId);
}

Result<RecordedStep> PathwayService::recordStep(const core::UserIdentity& actor, qint64 caseId,
                                                const core::PathwayEvent& step)
{
    if (auto st = core::PermissionPolicy::check(actor, core::Action::RecordPathway); !st.ok())
        return deny(actor, st, QStringLiteral("pathway.record"), caseId).error();
    auto catalog = productTimings();
    if (!catalog.ok())
        return catalog.error();
    storage::CaseRepository cases(m_db);
    storage::PathwayRepository repo(m_db);
    AuditTrail audit(m_db, m_clock);
    const QDateTime now = m_clock.nowUtc();
    storage::Transaction tx(m_db);
    if (!tx.ok())
        return tx.status().error();
    auto rec = cases.caseById(caseId);
    if (!rec.ok())
        return rec.error();
    if (!rec->has_value())
        return Error::notFound(tr("There is no case %1.").arg(caseId));
    const core::CaseRecord& c = **rec;
    if (c.state == core::CaseState::Closed)
        return Error::invalidState(tr("Case %1 is closed; its pathway cannot change.").arg(caseId));
    if (c.state != core::CaseState::Decided && c.state != core::CaseState::Treatment &&
        c.state != core::CaseState::FollowUp)
        return Error::invalidState(tr("Case %1 is in \"%2\": the pathway starts after the board's eligible verdict.")
                                       .arg(caseId)
                                       .arg(core::label(c.state)));
    if (c.state == core::CaseState::Decided) {
        auto eligible = eligibleVerdict(m_db, caseId);
        if (!eligible.ok())
            return eligible.error();
        if (!*eligible)
            return Error::invalidState(
                tr("Case %1 has no signed eligible verdict: the pathway starts after one.").arg(caseId));
    }

    auto checked = core::PathwayDetails::check(step.type, step.details, step.date);
    if (!checked.ok())
        return checked.error();
    core::PathwayEvent event = step;
    event.caseId = caseId;
    event.details = checked->details;
    if (checked->endDate.isValid())
        event.endDate = checked->endDate;
    event.recordedBy = actor.id;
    event.recordedByName = actor.printedName;
    event.recordedAt = now;

    auto recorded = repo.events(caseId);
    if (!recorded.ok())
        return recorded.error();
    const core::ProductTiming timing = catalog->forProduct(c.intendedProduct);
    auto notes = core::PathwayRules::check({*recorded, timing, c.referralDate, m_clock.todayUtc()}, event);
    if (!notes.ok())
        return notes.error();
    event.notes = *notes + checked->notes;

    auto id = repo.insertEvent(event);
    if (!id.ok())
        return id.error();
    event.id = *id;
    QJsonObject after{{QStringLiteral("event"), core::toId(event.type)},
                      {QStringLiteral("event_id"), event.id},
                      {QStringLiteral("date"), event.date.toString(Qt::ISODate)}};
    if (event.endDate.isValid())
        after.insert(QStringLiteral("end_date"), event.endDate.toString(Qt::ISODate));
    if (event.details.contains(QStringLiteral("hematotox_result")))
        after.insert(QStringLiteral("hematotox_score"),
                     event.details.value(QStringLiteral("hematotox_result")).toObject().value(QStringLiteral("score")));
    if (auto st = audit.record(actor, QStringLiteral("pathway.record"), kCase, QString::number(caseId), {}, after);
        !st.ok())
        return st.error();

    RecordedStep out;
    out.stateBefore = c.state;
    out.stateAfter = c.state;
    core::CaseState next = c.state;
    if (event.type == core::PathwayEventType::Infusion && c.state == core::CaseState::Decided)
        next = core::CaseState::Treatment;
    if (event.type == core::PathwayEventType::Discharge && c.state == core::CaseState::Treatment)
        next = core::CaseState::FollowUp;
    if (next != c.state) {
        if (auto st = cases.updateState(caseId, c.rowVersion, next, std::nullopt, {}, now); !st.ok())
            return st.error();
        if (auto st = audit.record(actor, QStringLiteral("case.move"), kCase, QString::number(caseId),
                                   {{QStringLiteral("state"), core::toId(c.state)}},
                                   {{QStringLiteral("state"), core::toId(next)},
                                    {QStringLiteral("by"), QStringLiteral("pathway.") + core::toId(event.type)}});
            !st.ok())
            return st.error();
        out.stateAfter = next;
    }

    if (event.type == core::PathwayEventType::Infusion) {
        auto schedule = core::FollowUpSchedule::parse(m_settings.value(SettingsService::Key::FollowUpSchedule));
        const core::FollowUpSchedule plan = schedule.ok() ? *schedule : core::FollowUpSchedule::standard();
        const QString rule = core::ResponseCriteria::ruleVersion(core::ResponseCriteria::schemeFor(c.indication));
        for (const core::PlannedVisit& pv : plan.visits(event.date)) {
            core::FollowUpVisit f;
            f.caseId = caseId;
            f.visit = pv.visit;
            f.day = pv.day;
            f.dueDate = pv.due;
            f.ruleVersion = rule;
            auto fid = repo.insertFollowUp(f, now);
            if (!fid.ok())
                return fid.error();
            ++out.followUpsScheduled;
        }
        if (auto st = audit.record(actor, QStringLiteral("follow_up.schedule"), kCase, QString::number(caseId), {},
                                   {{QStringLiteral("visits"), out.followUpsScheduled},
                                    {QStringLiteral("schedule"), plan.toText()},
                                    {QStringLiteral("infusion_date"), event.date.toString(Qt::ISODate)}});
            !st.ok())
            return st.error();
    }
    if (auto st = tx.commit(); !st.ok())
        return st.error();
    CB_LOG_INFO("case {}: pathway step {} recorded by user {}", caseId, core::toId(event.type).toStdString(), actor.id);
    out.event = event;
    return out;
}

} // namespace cb::services
