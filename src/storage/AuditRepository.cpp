#include "storage/AuditRepository.h"

#include "core/Clock.h"
#include "storage/AuditSubjects.h"
#include "storage/SqlSupport.h"

namespace cb::storage {

namespace {

const QString kColumns = QStringLiteral("seq, at, user_id, username, action, entity, entity_id, before_json, "
                                        "after_json, reason, prev_hash, hash");
const QString kColumnsOfA =
    QStringLiteral("a.seq, a.at, a.user_id, a.username, a.action, a.entity, a.entity_id, a.before_json, "
                   "a.after_json, a.reason, a.prev_hash, a.hash");

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

Status insertLinks(Database& db, qint64 seq, const QList<qint64>& caseIds)
{
    for (const qint64 caseId : caseIds) {
        auto q = cachedQuery(
            db, QStringLiteral("INSERT INTO audit_subject (case_id, seq) VALUES (:case_id, :seq)"));
        if (!q.ok())
            return q.error();
        if (auto st = execCached(*q, {{QStringLiteral("case_id"), caseId}, {QStringLiteral("seq"), seq}});
            !st.ok())
            return st;
    }
    return {};
}

// "a.action matches the rule": a prefix (compared with SUBSTR, so "_" is no wildcard) or an exact id.
QString ruleCondition(const core::AuditKindRule& rule, QVariantMap& binds)
{
    QStringList alternatives;
    for (const QString& prefix : rule.prefixes) {
        const QString key = QStringLiteral("kind%1").arg(binds.size());
        binds.insert(key, prefix);
        alternatives << QStringLiteral("SUBSTR(a.action, 1, %1) = :%2").arg(prefix.size()).arg(key);
    }
    for (const QString& exact : rule.exact) {
        const QString key = QStringLiteral("kind%1").arg(binds.size());
        binds.insert(key, exact);
        alternatives << QStringLiteral("a.action = :") + key;
    }
    return QLatin1Char('(') + alternatives.join(QStringLiteral(" OR ")) + QLatin1Char(')');
}

// The kind of core::auditKindOf as SQL: its own rule and none before it; Case: no rule.
QString kindCondition(core::AuditKind kind, QVariantMap& binds)
{
    if (kind == core::AuditKind::All)
        return {};
    QStringList earlier;
    for (const core::AuditKindRule& rule : core::auditKindRules()) {
        if (rule.kind == kind) {
            QString own = ruleCondition(rule, binds);
            return earlier.isEmpty() ? own
                                     : own + QStringLiteral(" AND NOT (") +
                                           earlier.join(QStringLiteral(" OR ")) + QLatin1Char(')');
        }
        earlier << ruleCondition(rule, binds);
    }
    return QStringLiteral("NOT (") + earlier.join(QStringLiteral(" OR ")) + QLatin1Char(')');
}

// LIKE with "!" as the escape character: the user's %, _ and ! are themselves.
QString likePattern(const QString& text)
{
    QString t = text.toLower();
    t.replace(QLatin1Char('!'), QStringLiteral("!!"));
    t.replace(QLatin1Char('%'), QStringLiteral("!%"));
    t.replace(QLatin1Char('_'), QStringLiteral("!_"));
    return QLatin1Char('%') + t + QLatin1Char('%');
}

// FROM … WHERE … of a case's trail under a query (without the page's sequence bound).
QString caseTrailFrom(qint64 caseId, const core::AuditQuery& query, QVariantMap& binds)
{
    binds.insert(QStringLiteral("case_id"), caseId);
    QString sql = QStringLiteral(
        " FROM audit_subject s JOIN audit_event a ON a.seq = s.seq WHERE s.case_id = :case_id");
    if (const QString kind = kindCondition(query.kind, binds); !kind.isEmpty())
        sql += QStringLiteral(" AND ") + kind;
    if (const QString text = query.text.trimmed(); !text.isEmpty()) {
        QStringList alternatives;
        for (const char* column : {"a.action", "a.username", "a.reason"}) {
            const QString key = QStringLiteral("text%1").arg(alternatives.size());
            binds.insert(key, likePattern(text));
            alternatives << QStringLiteral("LOWER(%1) LIKE :%2 ESCAPE '!'").arg(QLatin1String(column), key);
        }
        QStringList named;
        for (const QString& action : query.actions) {
            const QString key = QStringLiteral("named%1").arg(named.size());
            binds.insert(key, action);
            named << QLatin1Char(':') + key;
        }
        if (!named.isEmpty())
            alternatives << QStringLiteral("a.action IN (") + named.join(QStringLiteral(", ")) +
                                QLatin1Char(')');
        sql += QStringLiteral(" AND (") + alternatives.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    return sql;
}

} // namespace

Result<core::AuditEntry> AuditRepository::append(core::AuditEntry e, const QList<qint64>& caseIds)
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
    auto cases = AuditSubjects(m_db).casesOf(e, caseIds);
    if (!cases.ok())
        return cases.error();
    if (auto st = insertLinks(m_db, e.seq, *cases); !st.ok())
        return st.error();
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

Result<QList<core::AuditEntry>> AuditRepository::forCase(qint64 caseId, const core::AuditQuery& query)
{
    QVariantMap binds;
    QString sql = QStringLiteral("SELECT ") + kColumnsOfA + caseTrailFrom(caseId, query, binds);
    if (query.beforeSeq > 0) {
        sql += QStringLiteral(" AND s.seq < :before");
        binds.insert(QStringLiteral("before"), query.beforeSeq);
    }
    sql += QStringLiteral(" ORDER BY s.seq DESC LIMIT :limit");
    binds.insert(QStringLiteral("limit"), qMax(1, query.limit));
    auto q = runQuery(m_db, sql, binds);
    if (!q.ok())
        return q.error();
    QList<core::AuditEntry> out;
    while (q->next())
        out << readEntry(*q);
    return out;
}

Result<qint64> AuditRepository::countForCase(qint64 caseId, const core::AuditQuery& query)
{
    QVariantMap binds;
    auto q = runQuery(m_db, QStringLiteral("SELECT COUNT(*)") + caseTrailFrom(caseId, query, binds), binds);
    if (!q.ok())
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

Result<QList<qint64>> AuditRepository::casesOfEntry(qint64 seq)
{
    auto q =
        runQuery(m_db, QStringLiteral("SELECT case_id FROM audit_subject WHERE seq = :seq ORDER BY case_id"),
                 {{QStringLiteral("seq"), seq}});
    if (!q.ok())
        return q.error();
    QList<qint64> out;
    while (q->next())
        out << q->value(0).toLongLong();
    return out;
}

Result<qint64> AuditRepository::linkUnlinkedRows()
{
    AuditSubjects subjects(m_db); // one for the whole walk: it remembers its look-ups
    qint64 after = 0;
    qint64 links = 0;
    constexpr int kBatch = 2000;
    for (;;) {
        QList<core::AuditEntry> batch;
        {
            auto q = runQuery(m_db,
                              QStringLiteral("SELECT ") + kColumnsOfA +
                                  QStringLiteral(" FROM audit_event a WHERE a.seq > :after AND NOT EXISTS "
                                                 "(SELECT 1 FROM audit_subject s WHERE s.seq = a.seq) "
                                                 "ORDER BY a.seq LIMIT :n"),
                              {{QStringLiteral("after"), after}, {QStringLiteral("n"), kBatch}});
            if (!q.ok())
                return q.error();
            while (q->next())
                batch << readEntry(*q);
        }
        for (const core::AuditEntry& e : batch) {
            after = e.seq;
            auto cases = subjects.casesOf(e);
            if (!cases.ok())
                return cases.error();
            if (auto st = insertLinks(m_db, e.seq, *cases); !st.ok())
                return st.error();
            links += cases->size();
        }
        if (batch.size() < kBatch)
            return links;
    }
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
