#include "services/PathwayService.h"

#include "core/Lifecycle.h"
#include "core/PermissionPolicy.h"
#include "core/grading/GradingOptions.h"
#include "core/pathway/CorrectionRules.h"
#include "core/pathway/FollowUpSchedule.h"
#include "core/pathway/PathwayDetails.h"
#include "core/pathway/PathwayRules.h"
#include "core/pathway/ResponseCriteria.h"
#include "platform/Logging.h"
#include "services/AuditTrail.h"
#include "services/ClinicalAct.h"
#include "services/SettingsService.h"
#include "storage/CaseRepository.h"
#include "storage/PathwayRepository.h"
#include "storage/ReviewRepository.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QFile>

namespace cb::services {

namespace {

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
    v.events = core::PathwayRules::ordered(*events); // infusion() looks at the current steps only
    if (const auto* day0 = core::PathwayRules::infusion(v.events))
        v.infusionDate = day0->date;
    return v;
}

Result<PathwayView> PathwayService::pathway(const core::UserIdentity& actor, qint64 caseId)
{
    if (auto st = require(m_db, m_clock, actor,
                          {core::Action::ReadCases, {}, QStringLiteral("pathway.view"), caseId});
        !st.ok())
        return st.error();
    return load(caseId);
}

Status PathwayService::checkOpen(const core::CaseRecord& c)
{
    const qint64 caseId = c.id;
    if (c.state == core::CaseState::Closed)
        return Error::invalidState(tr("Case %1 is closed; its pathway cannot change.").arg(caseId));
    if (!core::Lifecycle::acceptsPathwaySteps(c.state))
        return Error::invalidState(
            tr("Case %1 is in \"%2\": the pathway starts after the board's eligible verdict.")
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
    return {};
}

Result<PathwayService::StepContext> PathwayService::stepContext(qint64 caseId)
{
    storage::PathwayRepository repo(m_db);
    StepContext ctx;
    auto events = repo.events(caseId);
    if (!events.ok())
        return events.error();
    ctx.events = *events;
    auto assessments = repo.assessments(caseId);
    if (!assessments.ok())
        return assessments.error();
    auto visits = repo.followUps(caseId);
    if (!visits.ok())
        return visits.error();
    for (const auto& a : *assessments)
        ctx.currentAssessments += a.isCurrent() ? 1 : 0;
    for (const auto& v : *visits)
        ctx.results += v.isDone() ? 1 : 0;
    return ctx;
}

Result<core::PathwayEvent> PathwayService::stepForChange(qint64 caseId, qint64 eventId, qint64 rowVersion)
{
    auto found = storage::PathwayRepository(m_db).event(caseId, eventId);
    if (!found.ok())
        return found.error();
    if (!found->has_value())
        return Error::notFound(tr("Case %1 has no pathway step %2.").arg(caseId).arg(eventId));
    if (rowVersion > 0 && rowVersion != (*found)->rowVersion)
        return Error::conflict(
            tr("Someone else changed step %1 meanwhile. Reload the pathway to see their change, "
               "then apply yours again.")
                .arg(eventId));
    return **found;
}

Result<int> PathwayService::scheduleFollowUps(ClinicalAct& act, const core::CaseRecord& c, const QDate& day0)
{
    const QDateTime& now = act.now();
    storage::PathwayRepository repo(m_db);
    auto schedule = core::FollowUpSchedule::parse(m_settings.value(SettingsService::Key::FollowUpSchedule));
    const core::FollowUpSchedule plan = schedule.ok() ? *schedule : core::FollowUpSchedule::standard();
    const QString rule = core::ResponseCriteria::ruleVersion(core::ResponseCriteria::schemeFor(c.indication));
    int scheduled = 0;
    for (const core::PlannedVisit& pv : plan.visits(day0)) {
        core::FollowUpVisit f;
        f.caseId = c.id;
        f.visit = pv.visit;
        f.day = pv.day;
        f.dueDate = pv.due;
        f.ruleVersion = rule;
        auto fid = repo.insertFollowUp(f, now);
        if (!fid.ok())
            return fid.error();
        ++scheduled;
    }
    if (auto st = act.audit({},
                            {{QStringLiteral("visits"), scheduled},
                             {QStringLiteral("schedule"), plan.toText()},
                             {QStringLiteral("infusion_date"), day0.toString(Qt::ISODate)}},
                            {}, QStringLiteral("follow_up.schedule"));
        !st.ok())
        return st.error();
    return scheduled;
}

namespace {

// The audit picture of a step.
QJsonObject auditOf(const core::PathwayEvent& e)
{
    QJsonObject o{{QStringLiteral("event"), core::toId(e.type)},
                  {QStringLiteral("event_id"), e.id},
                  {QStringLiteral("date"), e.date.toString(Qt::ISODate)}};
    if (e.endDate.isValid())
        o.insert(QStringLiteral("end_date"), e.endDate.toString(Qt::ISODate));
    if (e.details.contains(QStringLiteral("hematotox_result")))
        o.insert(
            QStringLiteral("hematotox_score"),
            e.details.value(QStringLiteral("hematotox_result")).toObject().value(QStringLiteral("score")));
    return o;
}

} // namespace

Result<RecordedStep> PathwayService::recordStep(const core::UserIdentity& actor, qint64 caseId,
                                                const core::PathwayEvent& step)
{
    ClinicalAct act(m_db, m_clock, actor,
                    {core::Action::RecordPathway, {}, QStringLiteral("pathway.record"), caseId, false});
    if (!act.ok())
        return act.error();
    auto catalog = productTimings();
    if (!catalog.ok())
        return catalog.error();
    const core::CaseRecord c = act.theCase();
    if (auto st = checkOpen(c); !st.ok())
        return st.error();
    storage::PathwayRepository repo(m_db);
    const QDateTime now = act.now();

    const core::GradingOptions conventions = m_settings.gradingOptions();
    auto checked = core::PathwayDetails::check(step.type, step.details, step.date, conventions.hematotoxTies);
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
    event.correction = {};

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
    event.rowVersion = 1;
    if (auto st = act.audit({}, auditOf(event)); !st.ok())
        return st.error();

    RecordedStep out;
    out.stateBefore = c.state;
    out.stateAfter = c.state;
    core::CaseState next = c.state;
    if (event.type == core::PathwayEventType::Infusion && c.state == core::CaseState::Decided)
        next = core::CaseState::Treatment;
    if (event.type == core::PathwayEventType::Discharge && c.state == core::CaseState::Treatment)
        next = core::CaseState::FollowUp;
    if (auto st = act.moveCase(next, QStringLiteral("pathway.") + core::toId(event.type)); !st.ok())
        return st.error();
    out.stateAfter = next;

    if (event.type == core::PathwayEventType::Infusion) {
        auto scheduled = scheduleFollowUps(act, c, event.date);
        if (!scheduled.ok())
            return scheduled.error();
        out.followUpsScheduled = *scheduled;
    }
    if (auto st = act.commit(); !st.ok())
        return st.error();
    CB_LOG_INFO("case {}: pathway step {} recorded by user {}", caseId, core::toId(event.type).toStdString(),
                actor.id);
    out.event = event;
    return out;
}

QJsonObject PathwayService::enteredDetails(const core::PathwayEvent& event)
{
    QJsonObject d = event.details;
    d.remove(QStringLiteral("hematotox_result"));
    return d;
}

Result<RecordedStep> PathwayService::voidStep(const core::UserIdentity& actor, qint64 caseId, qint64 eventId,
                                              const QString& reason, qint64 rowVersion)
{
    ClinicalAct act(m_db, m_clock, actor,
                    {core::Action::RecordPathway, {}, QStringLiteral("pathway.void"), caseId, false});
    if (!act.ok())
        return act.error();
    if (auto st = core::CorrectionRules::checkReason(reason); !st.ok())
        return st.error();
    const core::CaseRecord c = act.theCase();
    if (auto st = checkOpen(c); !st.ok())
        return st.error();
    storage::PathwayRepository repo(m_db);
    const QDateTime now = act.now();
    auto found = stepForChange(caseId, eventId, rowVersion);
    if (!found.ok())
        return found.error();
    core::PathwayEvent event = *found;
    auto ctx = stepContext(caseId);
    if (!ctx.ok())
        return ctx.error();
    if (auto st =
            core::CorrectionRules::checkVoidStep(ctx->events, event, ctx->currentAssessments, ctx->results);
        !st.ok())
        return st.error();

    const QString why = reason.trimmed();
    if (auto st = repo.voidEvent(event.id, event.rowVersion, actor.id, why, now); !st.ok())
        return st.error();
    if (auto st = act.audit(auditOf(event),
                            {{QStringLiteral("event_id"), event.id}, {QStringLiteral("voided"), true}}, why);
        !st.ok())
        return st.error();

    RecordedStep out;
    out.stateBefore = c.state;
    out.stateAfter = c.state;
    core::CaseState back = c.state;
    if (event.type == core::PathwayEventType::Infusion && c.state == core::CaseState::Treatment)
        back = core::CaseState::Decided;
    if (event.type == core::PathwayEventType::Discharge && c.state == core::CaseState::FollowUp)
        back = core::CaseState::Treatment;
    if (auto st = act.revertCase(back, QStringLiteral("pathway.void")); !st.ok())
        return st.error();
    out.stateAfter = back;
    if (event.type == core::PathwayEventType::Infusion) {
        auto removed = repo.unscheduleOpenFollowUps(caseId);
        if (!removed.ok())
            return removed.error();
        if (auto st = act.audit(
                {}, {{QStringLiteral("visits"), *removed}, {QStringLiteral("infusion_event_id"), event.id}},
                {}, QStringLiteral("follow_up.unschedule"));
            !st.ok())
            return st.error();
    }
    if (auto st = act.commit(); !st.ok())
        return st.error();
    CB_LOG_INFO("case {}: pathway step {} ({}) voided by user {}", caseId, event.id,
                core::toId(event.type).toStdString(), actor.id);
    event.rowVersion += 1;
    event.correction.voidedAt = now;
    event.correction.voidedBy = actor.id;
    event.correction.voidedByName = actor.printedName;
    event.correction.voidReason = why;
    out.event = event;
    return out;
}

Result<RecordedStep> PathwayService::correctStep(const core::UserIdentity& actor, qint64 caseId,
                                                 qint64 eventId, const core::PathwayEvent& replacement,
                                                 qint64 rowVersion)
{
    ClinicalAct act(m_db, m_clock, actor,
                    {core::Action::RecordPathway, {}, QStringLiteral("pathway.correct"), caseId, false});
    if (!act.ok())
        return act.error();
    auto catalog = productTimings();
    if (!catalog.ok())
        return catalog.error();
    const core::CaseRecord c = act.theCase();
    if (auto st = checkOpen(c); !st.ok())
        return st.error();
    storage::PathwayRepository repo(m_db);
    const QDateTime now = act.now();
    auto found = stepForChange(caseId, eventId, rowVersion);
    if (!found.ok())
        return found.error();
    const core::PathwayEvent original = *found;

    core::PathwayEvent event = replacement;
    event.type = original.type;
    event.endDate = {};
    auto recorded = stepContext(caseId);
    if (!recorded.ok())
        return recorded.error();
    const QList<core::PathwayEvent>& events = recorded->events;
    if (auto st = core::CorrectionRules::checkCorrectStep(events, original, event,
                                                          recorded->currentAssessments, recorded->results);
        !st.ok())
        return st.error();

    const core::GradingOptions conventions = m_settings.gradingOptions();
    auto checked =
        core::PathwayDetails::check(event.type, event.details, event.date, conventions.hematotoxTies);
    if (!checked.ok())
        return checked.error();
    event.caseId = caseId;
    event.details = checked->details;
    if (checked->endDate.isValid())
        event.endDate = checked->endDate;
    event.recordedBy = actor.id;
    event.recordedByName = actor.printedName;
    event.recordedAt = now;
    event.correction = {};
    event.correction.supersedes = original.id;

    QList<core::PathwayEvent> others;
    for (const auto& e : events)
        if (e.id != original.id)
            others << e;
    core::PathwayRules::Context ctx{others, catalog->forProduct(c.intendedProduct), c.referralDate,
                                    m_clock.todayUtc()};
    ctx.correcting = true;
    auto notes = core::PathwayRules::check(ctx, event);
    if (!notes.ok())
        return notes.error();
    event.notes = *notes + checked->notes;

    auto id = repo.insertEvent(event);
    if (!id.ok())
        return id.error();
    event.id = *id;
    event.rowVersion = 1;
    if (auto st = repo.supersedeEvent(original.id, original.rowVersion, event.id); !st.ok())
        return st.error();
    QJsonObject after = auditOf(event);
    after.insert(QStringLiteral("supersedes"), original.id);
    if (auto st = act.audit(auditOf(original), after); !st.ok())
        return st.error();

    RecordedStep out;
    out.stateBefore = c.state;
    out.stateAfter = c.state;
    if (event.type == core::PathwayEventType::Infusion && event.date != original.date) {
        auto removed = repo.unscheduleOpenFollowUps(caseId);
        if (!removed.ok())
            return removed.error();
        if (auto st = act.audit(
                {},
                {{QStringLiteral("visits"), *removed}, {QStringLiteral("infusion_event_id"), original.id}},
                {}, QStringLiteral("follow_up.unschedule"));
            !st.ok())
            return st.error();
        auto scheduled = scheduleFollowUps(act, c, event.date);
        if (!scheduled.ok())
            return scheduled.error();
        out.followUpsScheduled = *scheduled;
    }
    if (auto st = act.commit(); !st.ok())
        return st.error();
    CB_LOG_INFO("case {}: pathway step {} corrected by step {} (user {})", caseId, original.id, event.id,
                actor.id);
    out.event = event;
    return out;
}

} // namespace cb::services
