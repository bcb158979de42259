#include "storage/AuditRepository.h"

#include "core/Clock.h"
#include "storage/SqlSupport.h"

namespace cb::storage {

namespace {

const QString kColumns = QStringLiteral("seq, at, user_id, username, action, entity, entity_id, before_json, "
                                        "after_json, reason, prev_hash, hash");

core::AuditEntry readEntry(const QSqlQuery& q)
{
    core::AuditEntry e;
    e.seq = q.value(0).toLongLong();
    e.at = core::fromIsoUtc(q.value(1).toString());
    e.userId = q.value(2).toLongLong();
    e.username = q.value(3).toString();
    e.action = q.value(4).toString();
    e.entity = q.value(5).toString();
    e.entityId = q.value(6).toString();
    e.before = q.value(7).toString();
    e.after = q.value(8).toString();
    e.reason = q.value(9).toString();
    e.prevHash = q.value(10).toString();
    e.hash = q.value(11).toString();
    return e;
}

} // namespace

Result<core::AuditEntry> AuditRepository::append(core::AuditEntry e)
{
    if (m_db.d()->transactionDepth == 0)
        return Error::failure(QStringLiteral("internal: audit append outside a transaction"));
    if (m_db.isPostgres()) {
        auto lock = runQuery(m_db, QStringLiteral("LOCK TABLE audit_event IN SHARE ROW EXCLUSIVE MODE"));
        if (!lock.ok())
            return lock.error();
    }
    auto last = runQuery(m_db, QStringLiteral("SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1"));
    if (!last.ok())
        return last.error();
    if (last->next()) {
        e.seq = last->value(0).toLongLong() + 1;
        e.prevHash = last->value(1).toString();
    } else {
        e.seq = 1;
        e.prevHash = genesisHash();
    }
    // Millisecond precision is what is stored, so hash exactly that.
    e.at = core::fromIsoUtc(core::toIsoUtc(e.at));
    e.hash = e.computeHash();
    auto ins =
        runQuery(m_db,
                 QStringLiteral("INSERT INTO audit_event (") + kColumns +
                     QStringLiteral(") VALUES (:seq, :at, :user_id, :username, :action, :entity, "
                                    ":entity_id, :before_json, :after_json, :reason, :prev_hash, :hash)"),
                 {{QStringLiteral("seq"), e.seq},
                  {QStringLiteral("at"), core::toIsoUtc(e.at)},
                  {QStringLiteral("user_id"), e.userId},
                  {QStringLiteral("username"), e.username},
                  {QStringLiteral("action"), e.action},
                  {QStringLiteral("entity"), e.entity},
                  {QStringLiteral("entity_id"), e.entityId},
                  {QStringLiteral("before_json"), e.before},
                  {QStringLiteral("after_json"), e.after},
                  {QStringLiteral("reason"), e.reason},
                  {QStringLiteral("prev_hash"), e.prevHash},
                  {QStringLiteral("hash"), e.hash}});
    if (!ins.ok())
        return ins.error();
    return e;
}

Result<std::optional<core::AuditEntry>> AuditRepository::entry(qint64 seq)
{
    auto q = runQuery(
        m_db, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM audit_event WHERE seq = :seq"),
        {{QStringLiteral("seq"), seq}});
    if (!q.ok())
        return q.error();
    if (!q->next())
        return std::optional<core::AuditEntry>{};
    return std::optional<core::AuditEntry>{readEntry(*q)};
}

Result<std::optional<core::AuditEntry>> AuditRepository::head()
{
    auto q = runQuery(m_db, QStringLiteral("SELECT ") + kColumns +
                                QStringLiteral(" FROM audit_event ORDER BY seq DESC LIMIT 1"));
    if (!q.ok())
        return q.error();
    if (!q->next())
        return std::optional<core::AuditEntry>{};
    return std::optional<core::AuditEntry>{readEntry(*q)};
}

Result<QList<core::AuditEntry>> AuditRepository::forEntity(const QString& entity, const QString& entityId,
                                                           int limit)
{
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT ") + kColumns +
                          QStringLiteral(" FROM audit_event WHERE entity = :entity AND entity_id = :id "
                                         "ORDER BY seq DESC LIMIT :limit"),
                      {{QStringLiteral("entity"), entity},
                       {QStringLiteral("id"), entityId},
                       {QStringLiteral("limit"), limit}});
    if (!q.ok())
        return q.error();
    QList<core::AuditEntry> out;
    while (q->next())
        out << readEntry(*q);
    return out;
}

Result<QList<core::AuditEntry>> AuditRepository::latest(int limit)
{
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT ") + kColumns +
                          QStringLiteral(" FROM audit_event ORDER BY seq DESC LIMIT :limit"),
                      {{QStringLiteral("limit"), limit}});
    if (!q.ok())
        return q.error();
    QList<core::AuditEntry> out;
    while (q->next())
        out << readEntry(*q);
    return out;
}

Status AuditRepository::walk(const std::function<bool(const core::AuditEntry&)>& visit)
{
    qint64 after = 0;
    constexpr int kBatch = 2000;
    for (;;) {
        auto q = runQuery(m_db,
                          QStringLiteral("SELECT ") + kColumns +
                              QStringLiteral(" FROM audit_event WHERE seq > :after ORDER BY seq LIMIT :n"),
                          {{QStringLiteral("after"), after}, {QStringLiteral("n"), kBatch}});
        if (!q.ok())
            return q.error();
        int n = 0;
        while (q->next()) {
            ++n;
            const core::AuditEntry e = readEntry(*q);
            after = e.seq;
            if (!visit(e))
                return {};
        }
        if (n < kBatch)
            return {};
    }
}

Result<qint64> AuditRepository::count()
{
    auto q = runQuery(m_db, QStringLiteral("SELECT COUNT(*) FROM audit_event"));
    if (!q.ok())
        return q.error();
    q->next();
    return q->value(0).toLongLong();
}

} // namespace cb::storage
