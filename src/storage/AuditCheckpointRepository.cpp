#include "storage/AuditCheckpointRepository.h"

#include "core/Clock.h"
#include "storage/SqlSupport.h"

namespace cb::storage {

namespace {

const QString kColumns = QStringLiteral("id, seq, hash, signed_at, public_key, signature");

core::AuditCheckpoint readCheckpoint(const QSqlQuery& q)
{
    core::AuditCheckpoint c;
    c.id = q.value(0).toLongLong();
    c.seq = q.value(1).toLongLong();
    c.hash = q.value(2).toString();
    c.signedAt = core::fromIsoUtc(q.value(3).toString());
    c.publicKey = q.value(4).toString();
    c.signature = q.value(5).toString();
    return c;
}

} // namespace

Result<qint64> AuditCheckpointRepository::insert(const core::AuditCheckpoint& c)
{
    auto q =
        runQuery(m_db,
                 QStringLiteral("INSERT INTO audit_checkpoint (seq, hash, signed_at, public_key, signature) "
                                "VALUES (:seq, :hash, :at, :key, :sig) RETURNING id"),
                 {{QStringLiteral("seq"), c.seq},
                  {QStringLiteral("hash"), c.hash},
                  {QStringLiteral("at"), core::toIsoUtc(c.signedAt)},
                  {QStringLiteral("key"), c.publicKey},
                  {QStringLiteral("sig"), c.signature}});
    if (!q.ok())
        return q.error();
    if (!q->next())
        return Error::failure(QStringLiteral("internal: no id for the new audit checkpoint"));
    return q->value(0).toLongLong();
}

Result<QList<core::AuditCheckpoint>> AuditCheckpointRepository::all()
{
    auto q = runQuery(m_db, QStringLiteral("SELECT ") + kColumns +
                                QStringLiteral(" FROM audit_checkpoint ORDER BY seq, id"));
    if (!q.ok())
        return q.error();
    QList<core::AuditCheckpoint> out;
    while (q->next())
        out << readCheckpoint(*q);
    return out;
}

Result<std::optional<core::AuditCheckpoint>> AuditCheckpointRepository::latestBy(const QString& publicKey)
{
    auto q =
        runQuery(m_db,
                 QStringLiteral("SELECT ") + kColumns +
                     QStringLiteral(" FROM audit_checkpoint WHERE public_key = :key ORDER BY seq DESC, id "
                                    "DESC LIMIT 1"),
                 {{QStringLiteral("key"), publicKey}});
    if (!q.ok())
        return q.error();
    if (!q->next())
        return std::optional<core::AuditCheckpoint>{};
    return std::optional<core::AuditCheckpoint>(readCheckpoint(*q));
}

} // namespace cb::storage
