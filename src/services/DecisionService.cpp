#include "services/DecisionService.h"

#include "core/PermissionPolicy.h"
#include "platform/Logging.h"
#include "services/AuditTrail.h"
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

const QString kCase = QStringLiteral("clinical_case");

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

Status DecisionService::deny(const core::UserIdentity& actor, const Status& st, const QString& action,
                             qint64 caseId)
{
    return AuditTrail(m_db, m_clock).recordDenial(actor, st, action, kCase, QString::number(caseId));
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

Status DecisionService::validate(qint64 caseId, const DecisionInput& in, bool forSigning)
{
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
    Q_UNUSED(forSigning);
    return {};
}

Result<core::Decision> DecisionService::recordDecision(const core::UserIdentity& actor, qint64 caseId,
                                                       const DecisionInput& in, qint64 expectedRowVersion)
{
    if (auto st = core::PermissionPolicy::check(actor, core::Action::RecordDecision); !st.ok())
        return deny(actor, st, QStringLiteral("decision.record"), caseId).error();
    storage::CaseRepository cases(m_db);
    storage::ReviewRepository reviews(m_db);
    auto rec = cases.caseById(caseId);
    if (!rec.ok())
        return rec.error();
    if (!rec->has_value())
        return Error::notFound(tr("There is no case %1.").arg(caseId));
    const auto state = (*rec)->state;
    if (state != core::CaseState::ReadyForBoard) {
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
    if (auto st = validate(caseId, in, false); !st.ok())
        return st.error();

    storage::Transaction tx(m_db);
    if (!tx.ok())
        return tx.status().error();
    auto all = reviews.decisions(caseId);
    if (!all.ok())
        return all.error();
    const QDateTime now = m_clock.nowUtc();
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
    d.product = in.product.trimmed().isEmpty() ? (*rec)->intendedProduct : in.product.trimmed();
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
        auto id = reviews.insertAction(caseId, d.id, a);
        if (!id.ok())
            return id.error();
    }
    if (auto st = AuditTrail(m_db, m_clock)
                      .record(actor, QStringLiteral("decision.record"), QStringLiteral("decision"),
                              QString::number(d.id), {},
                              {{QStringLiteral("case_id"), caseId},
                               {QStringLiteral("verdict"), core::toId(d.verdict)},
                               {QStringLiteral("version"), d.version},
                               {QStringLiteral("override"), !d.overrideApprover.isEmpty()}});
        !st.ok())
        return st.error();
    if (auto st = tx.commit(); !st.ok())
        return st.error();
    auto full = reviews.decisionById(d.id);
    if (!full.ok())
        return full.error();
    return **full;
}

Result<core::Decision> DecisionService::signDecision(const core::UserIdentity& actor, qint64 caseId,
                                                     const QString& password)
{
    if (auto st = core::PermissionPolicy::check(actor, core::Action::SignDecision); !st.ok())
        return deny(actor, st, QStringLiteral("decision.sign"), caseId).error();
    if (auto st = confirmSigner(m_db, m_clock, actor, password, kCase, QString::number(caseId),
                                tr("The password is wrong; the verdict was not signed."));
        !st.ok())
        return st.error();
    storage::CaseRepository cases(m_db);
    storage::ReviewRepository reviews(m_db);
    storage::Transaction tx(m_db);
    if (!tx.ok())
        return tx.status().error();
    auto rec = cases.caseById(caseId);
    if (!rec.ok())
        return rec.error();
    if (!rec->has_value())
        return Error::notFound(tr("There is no case %1.").arg(caseId));
    auto cur = current(caseId);
    if (!cur.ok())
        return cur.error();
    core::Decision d = *cur;
    if (d.isSigned)
        return Error::invalidState(tr("The verdict on case %1 is already signed.").arg(caseId));
    if ((*rec)->state != core::CaseState::ReadyForBoard)
        return Error::invalidState(tr("Case %1 is \"%2\": only a case ready for the board can be decided.")
                                       .arg(caseId)
                                       .arg(core::label((*rec)->state)));
    if (auto st = validate(caseId, inputOf(d), true); !st.ok())
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
    if (!attendance->met && attendance->blocks)
        return Error::invalidState(
            attendance->meetingId == 0
                ? tr("The attendance rule blocks verdicts taken outside a meeting: put case %1 "
                     "on a meeting's agenda and sign the verdict there.")
                      .arg(caseId)
                : attendance->summary());
    d.quorum = {{QStringLiteral("rule"), QStringLiteral("review")},
                {QStringLiteral("met"), true},
                {QStringLiteral("opinions"), signedBy},
                {QStringLiteral("attendance"), attendance->toJson()}};
    d.updatedAt = m_clock.nowUtc();
    if (auto st = reviews.updateDraftDecision(d); !st.ok())
        return st.error();
    ++d.rowVersion;

    core::Signature s;
    s.recordType = QStringLiteral("decision");
    s.recordId = d.id;
    s.signerId = actor.id;
    s.printedName = actor.printedName;
    s.role = QStringLiteral("board_chair");
    s.meaning = signatureMeaning(d.verdict);
    s.signedAt = core::fromIsoUtc(core::toIsoUtc(m_clock.nowUtc()));
    d.isSigned = true;
    s.contentSha256 = core::signatureHash(d.signedContent(), s);
    if (auto st = reviews.markDecisionSigned(d.id, d.rowVersion); !st.ok())
        return st.error();
    auto sid = reviews.insertSignature(s);
    if (!sid.ok())
        return sid.error();
    s.id = *sid;
    d.signature = s;
    const auto& c = **rec;
    if (auto st = cases.updateState(caseId, c.rowVersion, core::CaseState::Decided, std::nullopt, {},
                                    m_clock.nowUtc());
        !st.ok())
        return st.error();
    AuditTrail audit(m_db, m_clock);
    if (auto st = audit.record(actor, QStringLiteral("decision.sign"), QStringLiteral("decision"),
                               QString::number(d.id), {},
                               {{QStringLiteral("case_id"), caseId},
                                {QStringLiteral("verdict"), core::toId(d.verdict)},
                                {QStringLiteral("signature_id"), s.id},
                                {QStringLiteral("content_sha256"), s.contentSha256}});
        !st.ok())
        return st.error();
    if (auto st = audit.record(actor, QStringLiteral("case.move"), kCase, QString::number(caseId),
                               {{QStringLiteral("state"), core::toId(c.state)}},
                               {{QStringLiteral("state"), QStringLiteral("decided")},
                                {QStringLiteral("verdict"), core::toId(d.verdict)}});
        !st.ok())
        return st.error();
    if (auto st = tx.commit(); !st.ok())
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
    const bool member = actor.hasRole(core::Role::Specialist) || actor.hasRole(core::Role::BoardChair);
    if (!actor.isValid())
        return Error::notAuthenticated(tr("Log in first."));
    if (!member)
        return deny(actor,
                    Error::denied(tr("Only a board member (a specialist or the chair) can record dissent.")),
                    QStringLiteral("decision.dissent"), caseId)
            .error();
    if (text.trimmed().isEmpty())
        return Error::badInput(tr("Dissent needs its text, recorded verbatim."));
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
    if (!core::PermissionPolicy::allowsFollowThrough(actor))
        return deny(actor, core::PermissionPolicy::check(actor, core::Action::RecordDecision),
                    QStringLiteral("decision.action"), caseId)
            .error();
    if (a.description.trimmed().isEmpty() || a.owner.trimmed().isEmpty())
        return Error::badInput(tr("An action needs a description and an owner."));
    auto cur = current(caseId);
    if (!cur.ok())
        return cur.error();
    storage::Transaction tx(m_db);
    if (!tx.ok())
        return tx.status().error();
    auto id = storage::ReviewRepository(m_db).insertAction(caseId, cur->id, a);
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
    if (!core::PermissionPolicy::allowsFollowThrough(actor))
        return deny(actor, core::PermissionPolicy::check(actor, core::Action::EditCaseData),
                    QStringLiteral("decision.action_status"), caseId);
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
    if (!core::PermissionPolicy::allowsFollowThrough(actor))
        return deny(actor, core::PermissionPolicy::check(actor, core::Action::EditCaseData),
                    QStringLiteral("decision.communication"), caseId)
            .error();
    if (c.sentBy.trimmed().isEmpty() || !c.sentAt.isValid())
        return Error::badInput(tr("Say when and by whom the outcome was sent."));
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
    if (auto st = core::PermissionPolicy::check(actor, core::Action::ReadCases); !st.ok())
        return deny(actor, st, QStringLiteral("decision.view"), caseId).error();
    return storage::ReviewRepository(m_db).decisions(caseId);
}

} // namespace cb::services
