#include "services/CaseService.h"

#include "core/Lifecycle.h"
#include "core/PermissionPolicy.h"
#include "core/TextLimits.h"
#include "platform/Logging.h"
#include "services/AuditTrail.h"
#include "services/ClinicalAct.h"
#include "storage/AuditRepository.h"
#include "storage/CaseRepository.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace cb::services {

Status CaseService::denied(const core::UserIdentity& actor, const Status& st, const QString& action,
                           qint64 caseId)
{
    return AuditTrail(m_db, m_clock)
        .recordDenial(actor, st, action, caseEntity(), caseId ? QString::number(caseId) : QString());
}

Result<qint64> CaseService::worklistCount(const core::UserIdentity& actor, const core::WorklistQuery& query)
{
    if (auto st = core::PermissionPolicy::check(actor, core::Action::ReadCases); !st.ok())
        return denied(actor, st, QStringLiteral("worklist"), 0).error();
    return storage::CaseRepository(m_db).worklistCount(query);
}

Result<QList<core::CaseSummary>> CaseService::worklistPage(const core::UserIdentity& actor,
                                                           const core::WorklistQuery& query, qint64 offset,
                                                           int limit)
{
    if (auto st = core::PermissionPolicy::check(actor, core::Action::ReadCases); !st.ok())
        return denied(actor, st, QStringLiteral("worklist"), 0).error();
    return storage::CaseRepository(m_db).worklistPage(query, offset, limit);
}

Status CaseService::recordWorklistOpened(const core::UserIdentity& actor)
{
    if (auto st = core::PermissionPolicy::check(actor, core::Action::ReadCases); !st.ok())
        return denied(actor, st, QStringLiteral("worklist"), 0);
    return AuditTrail(m_db, m_clock).recordAlone(actor, QStringLiteral("worklist.open"), caseEntity(), {});
}

Result<QList<core::CaseSummary>> CaseService::listCases(const core::UserIdentity& actor,
                                                        std::optional<core::CaseState> state)
{
    if (auto st = core::PermissionPolicy::check(actor, core::Action::ReadCases); !st.ok())
        return denied(actor, st, QStringLiteral("case.list"), 0).error();
    auto list = storage::CaseRepository(m_db).listCases(state);
    if (!list.ok())
        return list.error();
    if (auto st =
            AuditTrail(m_db, m_clock)
                .recordAlone(actor, QStringLiteral("case.list"), caseEntity(), {}, {},
                             {{QStringLiteral("state"), state ? core::toId(*state) : QStringLiteral("all")},
                              {QStringLiteral("count"), list->size()}});
        !st.ok())
        return st.error();
    return list;
}

Result<core::CaseRecord> CaseService::openCase(const core::UserIdentity& actor, qint64 caseId)
{
    if (auto st = core::PermissionPolicy::check(actor, core::Action::ReadCases); !st.ok())
        return denied(actor, st, QStringLiteral("case.view"), caseId).error();
    auto rec = storage::CaseRepository(m_db).caseById(caseId);
    if (!rec.ok())
        return rec.error();
    if (!rec->has_value())
        return Error::notFound(tr("There is no case %1.").arg(caseId));
    if (auto st = AuditTrail(m_db, m_clock)
                      .recordAlone(actor, QStringLiteral("case.view"), caseEntity(), QString::number(caseId));
        !st.ok())
        return st.error();
    CB_LOG_INFO("case {} opened by user {}", caseId, actor.id);
    return **rec;
}

Result<QList<core::AuditEntry>> CaseService::auditTrail(const core::UserIdentity& actor, qint64 caseId)
{
    if (auto st = core::PermissionPolicy::check(actor, core::Action::ReadCases); !st.ok())
        return denied(actor, st, QStringLiteral("case.audit_trail"), caseId).error();
    return storage::AuditRepository(m_db).forEntity(caseEntity(), QString::number(caseId));
}

Result<qint64> CaseService::registerReferral(const core::UserIdentity& actor, const core::CaseRecord& input)
{
    if (auto st = core::PermissionPolicy::check(actor, core::Action::EditCaseData); !st.ok())
        return denied(actor, st, QStringLiteral("case.register"), 0).error();
    if (input.patient.mrn.trimmed().isEmpty())
        return Error::badInput(tr("The MRN (hospital id) is required."));
    if (input.patient.familyName.trimmed().isEmpty() && input.patient.givenName.trimmed().isEmpty())
        return Error::badInput(tr("The patient's name is required."));
    if (!input.referralDate.isValid())
        return Error::badInput(tr("The referral date is required."));
    if (input.referralDate > m_clock.todayUtc())
        return Error::badInput(tr("The referral date cannot be in the future."));
    if (input.patient.birthDate.isValid() && input.patient.birthDate > input.referralDate)
        return Error::badInput(tr("The birth date is after the referral date."));

    storage::CaseRepository repo(m_db);
    AuditTrail audit(m_db, m_clock);
    const QDateTime now = m_clock.nowUtc();
    storage::Transaction tx(m_db);
    if (!tx.ok())
        return tx.status().error();
    core::CaseRecord record = input;
    record.state = core::CaseState::Referred;
    auto existing = repo.patientIdByMrn(record.patient.mrn.trimmed());
    if (!existing.ok())
        return existing.error();
    if (existing->has_value()) {
        record.patient.id = **existing;
    } else {
        record.patient.mrn = record.patient.mrn.trimmed();
        auto pid = repo.insertPatient(record.patient, now);
        if (!pid.ok())
            return pid.error();
        record.patient.id = *pid;
        if (auto st = audit.record(actor, QStringLiteral("patient.add"), QStringLiteral("patient"),
                                   QString::number(*pid));
            !st.ok())
            return st.error();
    }
    auto id = repo.insertCase(record, now);
    if (!id.ok())
        return id.error();
    if (auto st = audit.record(actor, QStringLiteral("case.register"), caseEntity(), QString::number(*id), {},
                               {{QStringLiteral("state"), core::toId(record.state)},
                                {QStringLiteral("indication"), core::toId(record.indication)},
                                {QStringLiteral("patient_id"), record.patient.id}});
        !st.ok())
        return st.error();
    if (auto st = tx.commit(); !st.ok())
        return st.error();
    CB_LOG_INFO("case {} registered by user {}", *id, actor.id);
    return *id;
}

Result<qint64> CaseService::addObservation(const core::UserIdentity& actor, qint64 caseId,
                                           const core::Observation& obs)
{
    if (auto st = core::PermissionPolicy::check(actor, core::Action::EditCaseData); !st.ok())
        return denied(actor, st, QStringLiteral("observation.add"), caseId).error();
    if (obs.code.trimmed().isEmpty())
        return Error::badInput(tr("An observation needs a code."));
    if (!obs.observedOn.isValid())
        return Error::badInput(tr("An observation needs a date."));
    if (obs.observedOn > m_clock.todayUtc())
        return Error::badInput(tr("The observation date cannot be in the future."));
    storage::CaseRepository repo(m_db);
    auto exists = repo.caseExists(caseId);
    if (!exists.ok())
        return exists.error();
    if (!*exists)
        return Error::notFound(tr("There is no case %1.").arg(caseId));
    storage::Transaction tx(m_db);
    if (!tx.ok())
        return tx.status().error();
    auto id = repo.insertObservation(caseId, obs);
    if (!id.ok())
        return id.error();
    QJsonObject after{{QStringLiteral("code"), obs.code},
                      {QStringLiteral("unit"), obs.unit},
                      {QStringLiteral("observed_on"), obs.observedOn.toString(Qt::ISODate)}};
    if (obs.value)
        after.insert(QStringLiteral("value"), *obs.value);
    if (auto st = AuditTrail(m_db, m_clock)
                      .record(actor, QStringLiteral("observation.add"), caseEntity(), QString::number(caseId),
                              {}, after);
        !st.ok())
        return st.error();
    if (auto st = tx.commit(); !st.ok())
        return st.error();
    return *id;
}

Status CaseService::moveCase(const core::UserIdentity& actor, qint64 caseId, core::CaseState to,
                             qint64 expectedVersion)
{
    ClinicalAct act(m_db, m_clock, actor,
                    {core::Action::EditCaseData, {}, QStringLiteral("case.move"), caseId, false});
    if (!act.ok())
        return act.status();
    const core::CaseRecord& c = act.theCase();
    if (expectedVersion != 0 && expectedVersion != c.rowVersion)
        return Error::conflict(tr("Someone else changed this case meanwhile. Reload it and try again."));
    if (to == core::CaseState::Closed)
        return Error::badInput(tr("Closing a case needs a reason: use Close case."));
    if (to == core::CaseState::Decided)
        return Error::invalidState(tr("Only the board's signed verdict decides a case."));
    if (auto st = act.moveCase(to, QStringLiteral("case.move")); !st.ok())
        return st;
    return act.commit();
}

Status CaseService::closeCase(const core::UserIdentity& actor, qint64 caseId, core::CloseReason reason,
                              const QString& detail, qint64 expectedVersion)
{
    ClinicalAct act(m_db, m_clock, actor,
                    {core::Action::CloseCase, {}, QStringLiteral("case.close"), caseId, false});
    if (!act.ok())
        return act.status();
    if (reason == core::CloseReason::Deceased && detail.trimmed().isEmpty())
        return Error::badInput(tr("Closing for death needs the cause (--detail)."));
    if (auto st =
            core::TextLimits::check(QStringLiteral("detail"), detail.trimmed(), core::TextLimits::kLong);
        !st.ok())
        return st;
    storage::CaseRepository repo(m_db);
    const core::CaseRecord& c = act.theCase();
    if (expectedVersion != 0 && expectedVersion != c.rowVersion)
        return Error::conflict(tr("Someone else changed this case meanwhile. Reload it and try again."));
    if (c.state == core::CaseState::Closed)
        return Error::invalidState(tr("Case %1 is already closed.").arg(caseId));
    if (auto st = repo.updateState(caseId, c.rowVersion, core::CaseState::Closed, reason, detail.trimmed(),
                                   act.now());
        !st.ok())
        return st;
    if (auto st = act.audit({{QStringLiteral("state"), core::toId(c.state)}},
                            {{QStringLiteral("state"), QStringLiteral("closed")},
                             {QStringLiteral("close_reason"), core::toId(reason)}},
                            detail.trimmed());
        !st.ok())
        return st;
    if (auto st = act.commit(); !st.ok())
        return st;
    CB_LOG_INFO("case {} closed by user {}", caseId, actor.id);
    return {};
}

} // namespace cb::services
