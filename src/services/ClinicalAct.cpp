#include "services/ClinicalAct.h"

#include "core/Lifecycle.h"
#include "storage/CaseRepository.h"

namespace cb::services {

QString caseEntity()
{
    return QStringLiteral("clinical_case");
}

namespace {

QString entityIdOf(const ActSpec& spec)
{
    return spec.caseId > 0 ? QString::number(spec.caseId) : QString();
}

// Every row an act on a case writes is about that case (whatever else it is about).
QList<qint64> casesOf(const ActSpec& spec)
{
    return spec.caseId > 0 ? QList<qint64>{spec.caseId} : QList<qint64>{};
}

} // namespace

Status refuse(storage::Database& db, const core::Clock& clock, const core::UserIdentity& actor,
              const Status& why, const QString& action, qint64 caseId, const QString& entity, qint64 entityId)
{
    if (!entity.isEmpty())
        return AuditTrail(db, clock).recordDenial(actor, why, action, entity,
                                                  entityId > 0 ? QString::number(entityId) : QString());
    return AuditTrail(db, clock).recordDenial(actor, why, action, caseEntity(),
                                              caseId > 0 ? QString::number(caseId) : QString());
}

Status require(storage::Database& db, const core::Clock& clock, const core::UserIdentity& actor,
               const ActSpec& spec)
{
    return refuse(db, clock, actor, core::PermissionPolicy::check(actor, spec.permission, spec.discipline),
                  spec.name, spec.caseId, spec.entity, spec.entityId);
}

ClinicalAct::ClinicalAct(storage::Database& db, const core::Clock& clock, const core::UserIdentity& actor,
                         ActSpec spec)
    : m_db(db), m_actor(actor), m_spec(std::move(spec)), m_audit(db, clock), m_now(clock.nowUtc())
{
    if (m_status = require(db, clock, actor, m_spec); !m_status.ok())
        return;
    m_tx.emplace(db);
    if (!m_tx->ok()) {
        m_status = m_tx->status();
        return;
    }
    if (m_spec.caseId <= 0)
        return;
    storage::CaseRepository cases(db);
    if (m_status = cases.lockForUpdate(m_spec.caseId); !m_status.ok())
        return;
    auto rec = cases.caseById(m_spec.caseId);
    if (!rec.ok()) {
        m_status = rec.error();
        return;
    }
    if (!rec->has_value()) {
        m_status = Error::notFound(tr("There is no case %1.").arg(m_spec.caseId));
        return;
    }
    m_case = std::move(**rec);
    if (m_spec.refuseClosed && m_case.state == core::CaseState::Closed)
        m_status = Error::invalidState(tr("Case %1 is closed; reopen it first.").arg(m_spec.caseId));
}

Status ClinicalAct::audit(const QJsonObject& before, const QJsonObject& after, const QString& reason,
                          const QString& action)
{
    return m_audit.record(m_actor, action.isEmpty() ? m_spec.name : action, caseEntity(), entityIdOf(m_spec),
                          before, after, reason);
}

Status ClinicalAct::auditOn(const QString& action, const QString& entity, const QString& entityId,
                            const QJsonObject& before, const QJsonObject& after, const QString& reason)
{
    return m_audit.record(m_actor, action, entity, entityId, before, after, reason, casesOf(m_spec));
}

Status ClinicalAct::moveCase(core::CaseState to, const QString& by, const QJsonObject& extra)
{
    if (m_case.state == to)
        return {};
    if (auto st = core::Lifecycle::checkMove(m_case.state, to); !st.ok())
        return st;
    QJsonObject after = extra;
    after.insert(QStringLiteral("by"), by);
    return writeMove(to, after);
}

Status ClinicalAct::revertCase(core::CaseState to, const QString& by)
{
    if (m_case.state == to)
        return {};
    if (!core::Lifecycle::canMove(to, m_case.state))
        return core::Lifecycle::checkMove(m_case.state, to);
    return writeMove(to, {{QStringLiteral("by"), by}});
}

Status ClinicalAct::reopenCase(bool infused, const QString& reason)
{
    if (!core::Lifecycle::canReopen(m_case.state))
        return Error::invalidState(tr("Case %1 is not closed, so it cannot be reopened.").arg(m_spec.caseId));
    QJsonObject extra{{QStringLiteral("by"), QStringLiteral("case.reopen")},
                      {QStringLiteral("reason"), reason}};
    if (m_case.closeReason)
        extra.insert(QStringLiteral("was_closed_for"), core::toId(*m_case.closeReason));
    return writeMove(core::Lifecycle::stateOnReopen(infused), extra, reason);
}

Status ClinicalAct::writeMove(core::CaseState to, const QJsonObject& extra, const QString& reason)
{
    if (auto st = storage::CaseRepository(m_db).updateState(m_spec.caseId, m_case.rowVersion, to,
                                                            std::nullopt, {}, m_now);
        !st.ok())
        return st;
    QJsonObject after = extra;
    after.insert(QStringLiteral("state"), core::toId(to));
    if (auto st = m_audit.record(m_actor, QStringLiteral("case.move"), caseEntity(), entityIdOf(m_spec),
                                 {{QStringLiteral("state"), core::toId(m_case.state)}}, after, reason);
        !st.ok())
        return st;
    m_case.state = to;
    ++m_case.rowVersion;
    return {};
}

Status ClinicalAct::commit()
{
    if (!m_status.ok())
        return m_status;
    if (!m_tx)
        return Error::failure(tr("The act has no open transaction."));
    return m_tx->commit();
}

} // namespace cb::services
