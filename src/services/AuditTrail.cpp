#include "services/AuditTrail.h"

#include "platform/Logging.h"
#include "storage/AuditRepository.h"
#include "storage/Transaction.h"

#include <QJsonDocument>

namespace cb::services {

namespace {
QString jsonText(const QJsonObject& o)
{
    return o.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}
} // namespace

Status AuditTrail::record(const core::UserIdentity& actor, const QString& action, const QString& entity,
                          const QString& entityId, const QJsonObject& before, const QJsonObject& after,
                          const QString& reason, const QList<qint64>& caseIds)
{
    core::AuditEntry e;
    e.at = m_clock.nowUtc();
    e.userId = actor.id;
    e.username = actor.username;
    e.action = action;
    e.entity = entity;
    e.entityId = entityId;
    e.before = jsonText(before);
    e.after = jsonText(after);
    e.reason = reason;
    auto r = storage::AuditRepository(m_db).append(e, caseIds);
    if (!r.ok())
        return r.error();
    return {};
}

Status AuditTrail::recordAlone(const core::UserIdentity& actor, const QString& action, const QString& entity,
                               const QString& entityId, const QJsonObject& before, const QJsonObject& after,
                               const QString& reason)
{
    storage::Transaction tx(m_db);
    if (!tx.ok())
        return tx.status();
    if (auto st = record(actor, action, entity, entityId, before, after, reason); !st.ok())
        return st;
    return tx.commit();
}

Status AuditTrail::recordDenial(const core::UserIdentity& actor, const Status& st, const QString& action,
                                const QString& entity, const QString& entityId)
{
    if (st.ok() || !actor.isValid())
        return st;
    (void)recordAlone(actor, QStringLiteral("permission.denied"), entity, entityId, {},
                      {{QStringLiteral("action"), action}});
    CB_LOG_WARN("user {} denied {} on {} {}", actor.id, action.toStdString(), entity.toStdString(),
                entityId.toStdString());
    return st;
}

} // namespace cb::services
