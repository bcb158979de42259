#include "storage/AuditSubjects.h"

#include "storage/SqlSupport.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace cb::storage {

namespace {

// A case id written in an audit row's values: a number, or a number in text.
qint64 caseIdIn(const QString& json)
{
    if (json.isEmpty() || !json.contains(QLatin1String("\"case_id\"")))
        return 0;
    const QJsonValue v = QJsonDocument::fromJson(json.toUtf8()).object().value(QLatin1String("case_id"));
    if (v.isDouble())
        return v.toInteger();
    if (v.isString())
        return v.toString().toLongLong();
    return 0;
}

// The SQL finding the cases an entity's row belongs to, by the row's id; empty for entities that
// belong to no case (users, settings, meetings as a whole).
QString casesOfEntitySql(const QString& entity, const QString& action)
{
    if (entity == QLatin1String("opinion") || entity == QLatin1String("decision") ||
        entity == QLatin1String("decision_action"))
        return QStringLiteral("SELECT case_id FROM %1 WHERE id = :id").arg(entity);
    if (entity == QLatin1String("patient"))
        return QStringLiteral("SELECT id FROM clinical_case WHERE patient_id = :id");
    if (entity == QLatin1String("therapy_line") || entity == QLatin1String("transplant") ||
        entity == QLatin1String("observation"))
        return QStringLiteral("SELECT c.id FROM clinical_case c JOIN %1 r ON r.patient_id = c.patient_id "
                              "WHERE r.id = :id")
            .arg(entity);
    if (entity == QLatin1String("hl7_message")) // lab results for the patient's record
        return QStringLiteral(
            "SELECT c.id FROM clinical_case c JOIN hl7_message m ON m.patient_id = c.patient_id "
            "WHERE m.id = :id");
    if (entity == QLatin1String("meeting") &&
        (action == QLatin1String("minutes.sign") || action == QLatin1String("meeting.export")))
        return QStringLiteral("SELECT case_id FROM agenda_item WHERE meeting_id = :id");
    return {};
}

} // namespace

Result<QList<qint64>> AuditSubjects::casesOf(const core::AuditEntry& entry, const QList<qint64>& known)
{
    QList<qint64> candidates = known;
    bool numeric = false;
    const qint64 entityId = entry.entityId.toLongLong(&numeric);
    if (numeric && entityId > 0 && entry.entity == QLatin1String("clinical_case"))
        candidates << entityId;
    for (const QString* json : {&entry.after, &entry.before})
        if (const qint64 id = caseIdIn(*json); id > 0)
            candidates << id;
    QList<qint64> out;
    for (const qint64 id : candidates) {
        if (id <= 0 || out.contains(id))
            continue;
        auto exists = caseExists(id);
        if (!exists.ok())
            return exists.error();
        if (*exists)
            out << id;
    }
    if (numeric && entityId > 0) {
        if (const QString sql = casesOfEntitySql(entry.entity, entry.action); !sql.isEmpty()) {
            auto found = lookUp(entry.entity, sql, entityId);
            if (!found.ok())
                return found.error();
            for (const qint64 id : *found)
                if (!out.contains(id))
                    out << id;
        }
    }
    return out;
}

Result<QList<qint64>> AuditSubjects::lookUp(const QString& entity, const QString& sql, qint64 id)
{
    const QString key = entity + QLatin1Char(':') + QString::number(id);
    if (auto it = m_lookups.constFind(key); it != m_lookups.constEnd())
        return *it;
    auto q = runQuery(m_db, sql, {{QStringLiteral("id"), id}});
    if (!q.ok())
        return q.error();
    QList<qint64> cases;
    while (q->next())
        cases << q->value(0).toLongLong();
    m_lookups.insert(key, cases);
    for (const qint64 c : cases)
        m_exists.insert(c, true);
    return cases;
}

Result<bool> AuditSubjects::caseExists(qint64 caseId)
{
    if (auto it = m_exists.constFind(caseId); it != m_exists.constEnd())
        return *it;
    auto q = runQuery(m_db, QStringLiteral("SELECT 1 FROM clinical_case WHERE id = :id"),
                      {{QStringLiteral("id"), caseId}});
    if (!q.ok())
        return q.error();
    const bool exists = q->next();
    m_exists.insert(caseId, exists);
    return exists;
}

} // namespace cb::storage
