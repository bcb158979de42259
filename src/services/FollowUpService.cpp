#include "services/FollowUpService.h"

#include "core/Lifecycle.h"
#include "core/PermissionPolicy.h"
#include "core/pathway/FollowUpDetails.h"
#include "core/pathway/PathwayRules.h"
#include "core/pathway/ResponseCriteria.h"
#include "platform/Logging.h"
#include "services/AuditTrail.h"
#include "services/ClinicalAct.h"
#include "services/SettingsService.h"
#include "storage/CaseRepository.h"
#include "storage/PathwayRepository.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace cb::services {

core::FollowUpSchedule FollowUpService::schedule()
{
    auto s = core::FollowUpSchedule::parse(m_settings.value(SettingsService::Key::FollowUpSchedule));
    return s.ok() ? *s : core::FollowUpSchedule::standard();
}

Result<FollowUpPlan> FollowUpService::load(qint64 caseId)
{
    auto rec = storage::CaseRepository(m_db).caseById(caseId);
    if (!rec.ok())
        return rec.error();
    if (!rec->has_value())
        return Error::notFound(tr("There is no case %1.").arg(caseId));
    auto visits = storage::PathwayRepository(m_db).followUps(caseId);
    if (!visits.ok())
        return visits.error();
    FollowUpPlan p;
    p.caseId = caseId;
    p.state = (*rec)->state;
    p.scheme = core::ResponseCriteria::schemeFor((*rec)->indication);
    p.schedule = schedule();
    p.today = m_clock.todayUtc();
    p.visits = *visits;
    return p;
}

Result<FollowUpPlan> FollowUpService::followUps(const core::UserIdentity& actor, qint64 caseId)
{
    if (auto st = require(m_db, m_clock, actor,
                          {core::Action::ReadCases, {}, QStringLiteral("follow_up.view"), caseId});
        !st.ok())
        return st.error();
    return load(caseId);
}

Result<QList<core::FollowUpListEntry>> FollowUpService::listFollowUps(const core::UserIdentity& actor,
                                                                      bool dueOnly)
{
    if (auto st =
            require(m_db, m_clock, actor, {core::Action::ReadCases, {}, QStringLiteral("follow_up.list")});
        !st.ok())
        return st.error();
    const core::FollowUpSchedule plan = schedule();
    // due: inside the window before the due date (or later, overdue)
    auto list =
        storage::PathwayRepository(m_db).followUpList(dueOnly, m_clock.todayUtc().addDays(plan.windowDays()));
    if (!list.ok())
        return list.error();
    if (auto st = AuditTrail(m_db, m_clock)
                      .recordAlone(
                          actor, QStringLiteral("follow_up.list"), caseEntity(), {}, {},
                          {{QStringLiteral("due_only"), dueOnly}, {QStringLiteral("count"), list->size()}});
        !st.ok())
        return st.error();
    return list;
}

Result<core::FollowUpVisit> FollowUpService::recordVisit(const core::UserIdentity& actor, qint64 caseId,
                                                         const FollowUpInput& input)
{
    ClinicalAct act(m_db, m_clock, actor,
                    {core::Action::RecordFollowUp, {}, QStringLiteral("follow_up.record"), caseId, false});
    if (!act.ok())
        return act.error();
    storage::PathwayRepository repo(m_db);
    const QDateTime now = act.now();
    auto plan = load(caseId);
    if (!plan.ok())
        return plan.error();
    if (!core::Lifecycle::acceptsFollowUp(plan->state))
        return Error::invalidState(tr("Case %1 is closed; its follow-up cannot change.").arg(caseId));
    if (plan->visits.isEmpty())
        return Error::invalidState(
            tr("Case %1 has no follow-up schedule: it is made when the infusion is recorded.").arg(caseId));
    const QString visitId = core::normaliseId(input.visit);
    auto found = repo.followUp(caseId, visitId);
    if (!found.ok())
        return found.error();
    if (!found->has_value()) {
        QStringList ids;
        for (const auto& v : plan->visits)
            ids << v.visit;
        return Error::badInput(tr("Case %1 has no visit \"%2\"; its visits are %3.")
                                   .arg(caseId)
                                   .arg(input.visit, ids.join(QStringLiteral(", "))));
    }
    core::FollowUpVisit visit = **found;
    if (visit.isDone() && input.expectedRowVersion != visit.rowVersion)
        return Error::invalidState(
            tr("The %1 visit is already recorded (%2, row version %3); give that row version "
               "to correct it.")
                .arg(core::FollowUpSchedule::visitLabel(visit.visit), visit.doneDate.toString(Qt::ISODate))
                .arg(visit.rowVersion));
    if (!visit.isDone() && input.expectedRowVersion >= 0 && input.expectedRowVersion != visit.rowVersion)
        return Error::conflict(
            tr("Someone else changed this follow-up visit meanwhile. Reload it and try again."));
    if (input.response.trimmed().isEmpty())
        return Error::badInput(tr("response: required; choose the response by %1 (or not evaluable).")
                                   .arg(core::ResponseCriteria::schemeLabel(plan->scheme)))
            .atField(QStringLiteral("response"));
    if (core::ResponseCriteria::recordsMrd(plan->scheme) && !input.mrd)
        return Error::badInput(tr("mrd: required for %1; choose negative, positive or not done.")
                                   .arg(core::ResponseCriteria::schemeLabel(plan->scheme)))
            .atField(QStringLiteral("mrd"));
    if (!core::ResponseCriteria::isCategory(plan->scheme, input.response))
        return Error::badInput(
                   tr("\"%1\" is not a response of %2; expected one of %3.")
                       .arg(input.response, core::ResponseCriteria::schemeLabel(plan->scheme),
                            core::ResponseCriteria::categories(plan->scheme).join(QStringLiteral(", "))))
            .atField(QStringLiteral("response"));
    const QDate done = input.doneDate.isValid() ? input.doneDate : m_clock.todayUtc();
    if (done > m_clock.todayUtc())
        return Error::badInput(tr("The visit date %1 is in the future.").arg(done.toString(Qt::ISODate)))
            .atField(QStringLiteral("done_date"));
    const QDate infusion = visit.dueDate.addDays(-visit.day);
    if (done <= infusion)
        return Error::badInput(tr("The visit date %1 is not after the infusion on %2.")
                                   .arg(done.toString(Qt::ISODate), infusion.toString(Qt::ISODate)))
            .atField(QStringLiteral("done_date"));
    const QDate windowOpens = visit.dueDate.addDays(-plan->schedule.windowDays());
    if (done < windowOpens)
        return Error::badInput(
                   tr("The %1 visit is due on %2; its window opens on %3, after the visit date %4.")
                       .arg(core::FollowUpSchedule::visitLabel(visit.visit),
                            visit.dueDate.toString(Qt::ISODate), windowOpens.toString(Qt::ISODate),
                            done.toString(Qt::ISODate)))
            .atField(QStringLiteral("done_date"));
    auto details = core::FollowUpDetails::check(input.details);
    if (!details.ok())
        return details.error();

    visit.doneDate = done;
    visit.response = core::normaliseId(input.response);
    visit.ruleVersion = core::ResponseCriteria::ruleVersion(plan->scheme);
    visit.mrd = core::ResponseCriteria::recordsMrd(plan->scheme)
                    ? input.mrd.value_or(core::MrdStatus::NotDone)
                    : core::MrdStatus::NotDone;
    visit.details = *details;
    visit.recordedBy = actor.id;
    visit.recordedByName = actor.printedName;
    if (auto st = repo.updateFollowUp(visit, now); !st.ok())
        return st.error();
    if (auto st = act.audit(
            {{QStringLiteral("visit"), visit.visit}, {QStringLiteral("response"), found->value().response}},
            {{QStringLiteral("visit"), visit.visit},
             {QStringLiteral("done_date"), done.toString(Qt::ISODate)},
             {QStringLiteral("response"), visit.response},
             {QStringLiteral("mrd"), core::toId(visit.mrd)},
             {QStringLiteral("rule_version"), visit.ruleVersion}});
        !st.ok())
        return st.error();
    if (plan->state == core::CaseState::Treatment) {
        if (auto st = act.moveCase(core::CaseState::FollowUp, QStringLiteral("follow_up.record")); !st.ok())
            return st.error();
    }
    if (auto st = act.commit(); !st.ok())
        return st.error();
    CB_LOG_INFO("case {}: follow-up {} recorded by user {}", caseId, visit.visit.toStdString(), actor.id);
    ++visit.rowVersion;
    visit.updatedAt = now;
    return visit;
}

} // namespace cb::services
