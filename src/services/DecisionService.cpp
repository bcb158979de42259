#include "services/DecisionService.h"

#include "core/Lifecycle.h"
#include "core/PermissionPolicy.h"
#include "core/TextLimits.h"
#include "platform/Logging.h"
#include "services/AuditTrail.h"
#include "services/ClinicalAct.h"
#include "services/MeetingService.h"
#include "services/ReviewService.h"
#include "services/SignerCheck.h"
#include "storage/CaseRepository.h"
#include "storage/ReviewRepository.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <algorithm>

namespace cb::services {

namespace {

Status checkAction(const core::DecisionAction& a)
{
    return core::TextLimits::check(
        {{"action", a.description, core::TextLimits::kLong}, {"owner", a.owner, core::TextLimits::kShort}});
}

} // namespace

namespace {

QString disciplineNames(const QList<core::Discipline>& list)
{
    QStringList names;
    for (auto d : list)
        names << core::label(d);
    return names.join(QStringLiteral(", "));
}

DecisionInput inputOf(const core::Decision& d)
{
    DecisionInput in;
    in.verdict = d.verdict;
    in.conditions = d.conditions;
    in.rationale = d.rationale;
    in.product = d.product;
    in.bridgingPlan = d.bridgingPlan;
    in.deferReason = d.deferReason;
    in.reassessDate = d.reassessDate;
    in.overrideApprover = d.overrideApprover;
    in.overrideReason = d.overrideReason;
    in.consentStatus = d.consentStatus;
    in.patientPreference = d.patientPreference;
    return in;
}

} // namespace

QString DecisionService::signatureMeaning(core::Verdict verdict)
{
    return tr("As chair of the CAR-T board I record the board's verdict: %1.")
        .arg(core::label(verdict).toLower());
}

Status DecisionService::require(const core::UserIdentity& actor, Act act, qint64 caseId)
{
    using core::Action;
    using core::PermissionPolicy;
    switch (act) {
    case Act::Record:
        return services::require(m_db, m_clock, actor,
                                 {Action::RecordDecision, {}, QStringLiteral("decision.record"), caseId});
    case Act::Sign:
        return services::require(m_db, m_clock, actor,
                                 {Action::SignDecision, {}, QStringLiteral("decision.sign"), caseId});
    case Act::View:
        return services::require(m_db, m_clock, actor,
                                 {Action::ReadCases, {}, QStringLiteral("decision.view"), caseId});
    case Act::Dissent:
        if (!actor.isValid())
            return Error::notAuthenticated(tr("Log in first."));
        if (actor.hasRole(core::Role::Specialist) || actor.hasRole(core::Role::BoardChair))
            return {};
        return refuse(
            m_db, m_clock, actor,
            Error::denied(tr("Only a board member (a specialist or the chair) can record dissent.")),
            QStringLiteral("decision.dissent"), caseId);
    case Act::Communicate:
    case Act::AddAction:
    case Act::SetActionStatus:
        if (PermissionPolicy::allowsFollowThrough(actor))
            return {};
        return refuse(m_db, m_clock, actor,
                      PermissionPolicy::check(actor, act == Act::AddAction ? Action::RecordDecision
                                                                           : Action::EditCaseData),
                      act == Act::Communicate ? QStringLiteral("decision.communication")
                      : act == Act::AddAction ? QStringLiteral("decision.action")
                                              : QStringLiteral("decision.action_status"),
                      caseId);
    }
    return Error::failure(tr("Unknown act on a verdict."));
}

Result<core::Decision> DecisionService::current(qint64 caseId)
{
    auto all = storage::ReviewRepository(m_db).decisions(caseId);
    if (!all.ok())
        return all.error();
    if (all->isEmpty())
        return Error::invalidState(tr("The board has not recorded a verdict on case %1 yet.").arg(caseId));
    return all->last();
}

Status DecisionService::validate(qint64 caseId, const DecisionInput& in)
{
    using core::TextLimits;
    if (auto st = TextLimits::check({{"conditions", in.conditions, TextLimits::kLong},
                                     {"rationale", in.rationale, TextLimits::kLong},
                                     {"product", in.product, TextLimits::kShort},
                                     {"bridging_plan", in.bridgingPlan, TextLimits::kLong},
                                     {"defer_reason", in.deferReason, TextLimits::kLong},
                                     {"override_approver", in.overrideApprover, TextLimits::kShort},
                                     {"override_reason", in.overrideReason, TextLimits::kLong},
                                     {"consent_status", in.consentStatus, TextLimits::kShort},
                                     {"patient_preference", in.patientPreference, TextLimits::kLong}});
        !st.ok())
        return st;
    for (const core::DecisionAction& a : in.actions) {
        if (auto st = checkAction(a); !st.ok())
            return st;
        if (auto st = core::DecisionAction::checkDueDate(a.dueDate, m_clock.todayUtc()); !st.ok())
            return st;
    }
    auto ov = m_reviews.overviewUnchecked(caseId);
    if (!ov.ok())
        return ov.error();
    if (!ov->quorumMet)
        return Error::invalidState(tr("The review quorum is not met: %1 must sign their opinion first.")
                                       .arg(disciplineNames(ov->missingSignatures)));
    const bool positive =
        in.verdict == core::Verdict::Eligible || in.verdict == core::Verdict::EligibleWithConditions;
    if (in.verdict == core::Verdict::Deferred) {
        if (in.deferReason.trimmed().isEmpty())
            return Error::badInput(tr("A deferred verdict needs the reason."));
        if (!in.reassessDate.isValid())
            return Error::badInput(tr("A deferred verdict needs the reassessment date."));
        if (in.reassessDate < m_clock.todayUtc())
            return Error::badInput(tr("The reassessment date is in the past."));
    }
    if (in.verdict == core::Verdict::EligibleWithConditions && in.conditions.trimmed().isEmpty())
        return Error::badInput(tr("\"Eligible with conditions\" needs the conditions."));
    if ((ov->concerns > 0 || ov->standingContraindications > 0) && in.rationale.trimmed().isEmpty())
        return Error::badInput(
            tr("The signed opinions hold %1 concern(s) and %2 contraindication(s): the rationale is "
               "required.")
                .arg(ov->concerns)
                .arg(ov->standingContraindications));
    const bool overridden =
        !in.overrideApprover.trimmed().isEmpty() && !in.overrideReason.trimmed().isEmpty();
    if (positive && ov->standingContraindications > 0 && !overridden)
        return Error::invalidState(
            tr("A contraindication stands in the signed opinions: an eligible verdict needs an "
               "override with a named approver and a reason."));
    if (!in.overrideApprover.trimmed().isEmpty() != !in.overrideReason.trimmed().isEmpty())
        return Error::badInput(tr("An override needs both the approver's name and the reason."));
    return {};
}

Result<core::Decision> DecisionService::recordDecision(const core::UserIdentity& actor, qint64 caseId,
                                                       const DecisionInput& in, qint64 expectedRowVersion)
{
    ClinicalAct act(m_db, m_clock, actor,
                    {core::Action::RecordDecision, {}, QStringLiteral("decision.record"), caseId, false});
    if (!act.ok())
        return act.error();
    storage::ReviewRepository reviews(m_db);
    const core::CaseRecord& c = act.theCase();
    const auto state = c.state;
    if (!core::Lifecycle::acceptsVerdict(state)) {
        if (state == core::CaseState::InReview || state == core::CaseState::WorkUp) {
            auto ov = m_reviews.overviewUnchecked(caseId);
            if (ov.ok() && !ov->quorumMet)
                return Error::invalidState(
                    tr("The review quorum is not met: %1 must sign their opinion first.")
                        .arg(disciplineNames(ov->missingSignatures)));
        }
        return Error::invalidState(
            tr("A verdict is recorded on a case that is ready for the board; case %1 is "
               "\"%2\".")
                .arg(caseId)
                .arg(core::label(state)));
    }
    if (auto st = validate(caseId, in); !st.ok())
        return st.error();

    auto all = reviews.decisions(caseId);
    if (!all.ok())
        return all.error();
    const QDateTime now = act.now();
    core::Decision d;
    if (!all->isEmpty() && !all->last().isSigned) {
        d = all->last();
        if (expectedRowVersion >= 0 && expectedRowVersion != d.rowVersion)
            return Error::conflict(
                tr("Someone saved this verdict meanwhile. Reload it, then apply your change again."));
    } else {
        d.version = all->isEmpty() ? 1 : all->last().version + 1;
        d.supersedesId = all->isEmpty() ? 0 : all->last().id;
        d.createdAt = now;
    }
    d.caseId = caseId;
    d.verdict = in.verdict;
    d.conditions = in.conditions.trimmed();
    d.rationale = in.rationale.trimmed();
    d.product = in.product.trimmed().isEmpty() ? c.intendedProduct : in.product.trimmed();
    d.bridgingPlan = in.bridgingPlan.trimmed();
    d.deferReason = in.deferReason.trimmed();
    d.reassessDate = in.reassessDate;
    d.overrideApprover = in.overrideApprover.trimmed();
    d.overrideReason = in.overrideReason.trimmed();
    d.consentStatus = in.consentStatus.trimmed();
    d.patientPreference = in.patientPreference.trimmed();
    d.authorId = actor.id;
    d.updatedAt = now;
    if (d.id == 0) {
        auto id = reviews.insertDecision(d);
        if (!id.ok())
            return id.error();
        d.id = *id;
        d.rowVersion = 1;
    } else {
        if (auto st = reviews.updateDraftDecision(d); !st.ok())
            return st.error();
        ++d.rowVersion;
    }
    for (const auto& a : in.actions) {
        if (a.description.trimmed().isEmpty() || a.owner.trimmed().isEmpty())
            return Error::badInput(tr("An action needs a description and an owner."));
        const bool known =
            std::any_of(d.actions.cbegin(), d.actions.cend(), [&](const core::DecisionAction& x) {
                return x.description == a.description && x.owner == a.owner && x.dueDate == a.dueDate;
            });
        if (known) // saving the same draft again does not repeat its actions
            continue;
        auto id = reviews.insertAction(caseId, d.id, a, now);
        if (!id.ok())
            return id.error();
    }
    if (auto st = act.auditOn(QStringLiteral("decision.record"), QStringLiteral("decision"),
                              QString::number(d.id), {},
                              {{QStringLiteral("case_id"), caseId},
                               {QStringLiteral("verdict"), core::toId(d.verdict)},
                               {QStringLiteral("version"), d.version},
                               {QStringLiteral("override"), !d.overrideApprover.isEmpty()}});
        !st.ok())
        return st.error();
    if (auto st = act.commit(); !st.ok())
        return st.error();
    auto full = reviews.decisionById(d.id);
    if (!full.ok())
        return full.error();
    return **full;
}

Status DecisionService::meetingRuleAllows(const core::AttendanceCheck& attendance, qint64 caseId)
{
    const QString next =
        attendance.nextMeetingAt.isValid()
            ? tr("Case %1 is on the agenda of the meeting of %2: sign the verdict there, once the "
                 "meeting has started.")
                  .arg(caseId)
                  .arg(attendance.nextMeetingAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
            : tr("Put case %1 on a meeting's agenda and sign the verdict there, once the meeting has "
                 "started.")
                  .arg(caseId);
    if (attendance.meetingId == 0 && attendance.meetingRequired)
        return Error::invalidState(
            tr("This program requires a meeting for the board's verdict (setting "
               "meeting.required_for_verdict), and no meeting holding case %1 has started.")
                .arg(caseId) +
            QLatin1Char(' ') + next);
    if (!attendance.met && attendance.blocks)
        return Error::invalidState(attendance.meetingId == 0
                                       ? tr("The attendance rule blocks verdicts taken outside a meeting.") +
                                             QLatin1Char(' ') + next
                                       : attendance.summary());
    return {};
}

core::VerdictMeeting DecisionService::verdictMeeting(const core::Decision& decision)
{
    return verdictMeetingOf(m_db, decision);
}

Result<core::VerdictMeeting> DecisionService::verdictMeetingNow(const core::UserIdentity& actor,
                                                                qint64 caseId)
{
    if (auto st = require(actor, Act::View, caseId); !st.ok())
        return st.error();
    auto attendance = m_meetings.attendanceAtVerdict(caseId, m_clock.nowUtc());
    if (!attendance.ok())
        return attendance.error();
    return core::VerdictMeeting::fromQuorum({{QStringLiteral("attendance"), attendance->toJson()}},
                                            m_clock.nowUtc());
}

Result<core::Decision> DecisionService::signDecision(const core::UserIdentity& actor, qint64 caseId,
                                                     const QString& password)
{
    const ActSpec spec{core::Action::SignDecision, {}, QStringLiteral("decision.sign"), caseId, false};
    if (auto st = require(actor, Act::Sign, caseId); !st.ok())
        return st.error();
    if (auto st = confirmSigner(m_db, m_clock, actor, password, caseEntity(), QString::number(caseId),
                                tr("The password is wrong; the verdict was not signed."));
        !st.ok())
        return st.error();
    // Where the verdict would be taken, asked before the act so that a refusal by the program's
    // meeting rules is audited (the act's transaction would take the audit row with it).
    if (auto cur = current(caseId); cur.ok() && !cur->isSigned) {
        auto attendance = m_meetings.attendanceAtVerdict(caseId, m_clock.nowUtc());
        if (!attendance.ok())
            return attendance.error();
        if (auto st = meetingRuleAllows(*attendance, caseId); !st.ok())
            return refuse(m_db, m_clock, actor, st, QStringLiteral("decision.sign"), caseId).error();
    }
    storage::ReviewRepository reviews(m_db);
    ClinicalAct act(m_db, m_clock, actor, spec);
    if (!act.ok())
        return act.error();
    const core::CaseRecord& c = act.theCase();
    auto cur = current(caseId);
    if (!cur.ok())
        return cur.error();
    core::Decision d = *cur;
    if (d.isSigned)
        return Error::invalidState(tr("The verdict on case %1 is already signed.").arg(caseId));
    if (!core::Lifecycle::acceptsVerdict(c.state))
        return Error::invalidState(tr("Case %1 is \"%2\": only a case ready for the board can be decided.")
                                       .arg(caseId)
                                       .arg(core::label(c.state)));
    if (auto st = validate(caseId, inputOf(d)); !st.ok())
        return st.error();
    auto ov = m_reviews.overviewUnchecked(caseId);
    if (!ov.ok())
        return ov.error();
    QJsonArray signedBy;
    for (const auto& r : ov->disciplines)
        if (r.required && r.current && r.current->signature)
            signedBy << QJsonObject{{QStringLiteral("discipline"), core::toId(r.discipline)},
                                    {QStringLiteral("opinion_id"), QString::number(r.current->id)},
                                    {QStringLiteral("signer"), r.current->signature->printedName}};
    // The meeting attendance rule, on top of the review quorum: checked now, stored with the
    // verdict, and blocking only when the program's setting says so.
    auto attendance = m_meetings.attendanceAtVerdict(caseId, m_clock.nowUtc());
    if (!attendance.ok())
        return attendance.error();
    if (auto st = meetingRuleAllows(*attendance, caseId); !st.ok())
        return st.error();
    d.quorum = {{QStringLiteral("rule"), QStringLiteral("review")},
                {QStringLiteral("met"), true},
                {QStringLiteral("opinions"), signedBy},
                {QStringLiteral("attendance"), attendance->toJson()}};
    d.updatedAt = act.now();
    if (auto st = reviews.updateDraftDecision(d); !st.ok())
        return st.error();
    ++d.rowVersion;

    d.isSigned = true;
    if (auto st = reviews.markDecisionSigned(d.id, d.rowVersion); !st.ok())
        return st.error();
    auto s = writeSignature(
        m_db, actor,
        {QStringLiteral("decision"), d.id, QStringLiteral("board_chair"), {}, signatureMeaning(d.verdict)},
        d.signedContent(), act.now());
    if (!s.ok())
        return s.error();
    d.signature = *s;
    if (auto st = act.auditOn(QStringLiteral("decision.sign"), QStringLiteral("decision"),
                              QString::number(d.id), {},
                              {{QStringLiteral("case_id"), caseId},
                               {QStringLiteral("verdict"), core::toId(d.verdict)},
                               {QStringLiteral("signature_id"), s->id},
                               {QStringLiteral("content_sha256"), s->contentSha256}});
        !st.ok())
        return st.error();
    // A deferred case goes back to work-up until its reassessment; every other verdict decides it.
    QJsonObject moved{{QStringLiteral("verdict"), core::toId(d.verdict)}};
    if (d.verdict == core::Verdict::Deferred)
        moved.insert(QStringLiteral("reassess_date"), d.reassessDate.toString(Qt::ISODate));
    if (auto st = act.moveCase(core::Lifecycle::stateAfterVerdict(d.verdict), QStringLiteral("decision.sign"),
                               moved);
        !st.ok())
        return st.error();
    if (auto st = act.commit(); !st.ok())
        return st.error();
    CB_LOG_INFO("decision {} on case {} signed by user {}", d.id, caseId, actor.id);
    auto full = reviews.decisionById(d.id);
    if (!full.ok())
        return full.error();
    return **full;
}

Result<core::Dissent> DecisionService::recordDissent(const core::UserIdentity& actor, qint64 caseId,
                                                     const QString& text,
                                                     std::optional<core::Discipline> discipline)
{
    if (auto st = require(actor, Act::Dissent, caseId); !st.ok())
        return st.error();
    if (text.trimmed().isEmpty())
        return Error::badInput(tr("Dissent needs its text, recorded verbatim."));
    if (auto st = core::TextLimits::check(QStringLiteral("dissent"), text, core::TextLimits::kLong); !st.ok())
        return st.error();
    auto cur = current(caseId);
    if (!cur.ok())
        return cur.error();
    core::Dissent dissent;
    dissent.decisionId = cur->id;
    dissent.memberId = actor.id;
    dissent.memberName = actor.printedName;
    const auto d =
        discipline ? discipline
                   : (actor.disciplines.isEmpty() ? std::nullopt : std::optional(actor.disciplines.first()));
    dissent.discipline = d ? core::toId(*d) : QString();
    dissent.text = text; // verbatim: not trimmed, not reformatted
    dissent.createdAt = m_clock.nowUtc();
    storage::Transaction tx(m_db);
    if (!tx.ok())
        return tx.status().error();
    auto id = storage::ReviewRepository(m_db).insertDissent(caseId, dissent);
    if (!id.ok())
        return id.error();
    dissent.id = *id;
    if (auto st =
            AuditTrail(m_db, m_clock)
                .record(actor, QStringLiteral("decision.dissent"), QStringLiteral("decision"),
                        QString::number(cur->id), {},
                        {{QStringLiteral("case_id"), caseId}, {QStringLiteral("dissent_id"), dissent.id}});
        !st.ok())
        return st.error();
    if (auto st = tx.commit(); !st.ok())
        return st.error();
    return dissent;
}

Result<qint64> DecisionService::addAction(const core::UserIdentity& actor, qint64 caseId,
                                          const core::DecisionAction& a)
{
    if (auto st = require(actor, Act::AddAction, caseId); !st.ok())
        return st.error();
    if (a.description.trimmed().isEmpty() || a.owner.trimmed().isEmpty())
        return Error::badInput(tr("An action needs a description and an owner."));
    if (auto st = checkAction(a); !st.ok())
        return st.error();
    if (auto st = core::DecisionAction::checkDueDate(a.dueDate, m_clock.todayUtc()); !st.ok())
        return st.error();
    auto cur = current(caseId);
    if (!cur.ok())
        return cur.error();
    storage::Transaction tx(m_db);
    if (!tx.ok())
        return tx.status().error();
    auto id = storage::ReviewRepository(m_db).insertAction(caseId, cur->id, a, m_clock.nowUtc());
    if (!id.ok())
        return id.error();
    if (auto st = AuditTrail(m_db, m_clock)
                      .record(actor, QStringLiteral("decision.action_add"), QStringLiteral("decision_action"),
                              QString::number(*id), {},
                              {{QStringLiteral("case_id"), caseId},
                               {QStringLiteral("owner"), a.owner},
                               {QStringLiteral("due"), a.dueDate.toString(Qt::ISODate)}});
        !st.ok())
        return st.error();
    if (auto st = tx.commit(); !st.ok())
        return st.error();
    return *id;
}

Status DecisionService::setActionStatus(const core::UserIdentity& actor, qint64 caseId, qint64 actionId,
                                        qint64 rowVersion, const QString& status)
{
    if (auto st = require(actor, Act::SetActionStatus, caseId); !st.ok())
        return st;
    static const QStringList allowed{QStringLiteral("open"), QStringLiteral("done"),
                                     QStringLiteral("cancelled")};
    if (!allowed.contains(status))
        return Error::badInput(tr("An action's status is open, done or cancelled."));
    storage::Transaction tx(m_db);
    if (!tx.ok())
        return tx.status();
    if (auto st = storage::ReviewRepository(m_db).updateActionStatus(actionId, rowVersion, status); !st.ok())
        return st;
    if (auto st = AuditTrail(m_db, m_clock)
                      .record(actor, QStringLiteral("decision.action_status"),
                              QStringLiteral("decision_action"), QString::number(actionId), {},
                              {{QStringLiteral("case_id"), caseId}, {QStringLiteral("status"), status}});
        !st.ok())
        return st;
    return tx.commit();
}

Result<qint64> DecisionService::recordCommunication(const core::UserIdentity& actor, qint64 caseId,
                                                    const core::Communication& c)
{
    if (auto st = require(actor, Act::Communicate, caseId); !st.ok())
        return st.error();
    if (c.sentBy.trimmed().isEmpty() || !c.sentAt.isValid())
        return Error::badInput(tr("Say when and by whom the outcome was sent."));
    if (auto st = core::TextLimits::check({{"sent_by", c.sentBy, core::TextLimits::kShort},
                                           {"method", c.method, core::TextLimits::kShort}});
        !st.ok())
        return st.error();
    if (c.sentAt > m_clock.nowUtc().addSecs(60))
        return Error::badInput(tr("The time the outcome was sent cannot be in the future."));
    auto cur = current(caseId);
    if (!cur.ok())
        return cur.error();
    if (!cur->isSigned)
        return Error::invalidState(tr("Send the outcome after the verdict is signed."));
    storage::Transaction tx(m_db);
    if (!tx.ok())
        return tx.status().error();
    auto id = storage::ReviewRepository(m_db).insertCommunication(cur->id, c, actor.id, m_clock.nowUtc());
    if (!id.ok())
        return id.error();
    if (auto st = AuditTrail(m_db, m_clock)
                      .record(actor, QStringLiteral("decision.communication"), QStringLiteral("decision"),
                              QString::number(cur->id), {},
                              {{QStringLiteral("case_id"), caseId},
                               {QStringLiteral("sent_at"), core::toIsoUtc(c.sentAt)}});
        !st.ok())
        return st.error();
    if (auto st = tx.commit(); !st.ok())
        return st.error();
    return *id;
}

Result<QList<core::Decision>> DecisionService::decisions(const core::UserIdentity& actor, qint64 caseId)
{
    if (auto st = require(actor, Act::View, caseId); !st.ok())
        return st.error();
    return storage::ReviewRepository(m_db).decisions(caseId);
}

} // namespace cb::services
