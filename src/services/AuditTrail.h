#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "core/UserIdentity.h"

#include <QJsonObject>
#include <QList>

namespace cb::storage {
class Database;
}

namespace cb::services {

// Writes audit rows for the services, inside the caller's transaction. Each row is linked to the
// cases it is about, so that a case's trail shows it: `caseIds` where the caller knows them, and
// what storage finds from the row itself (its entity, a case_id among its values; AuditSubjects).
class AuditTrail
{
public:
    AuditTrail(storage::Database& db, const core::Clock& clock) : m_db(db), m_clock(clock) {}

    Status record(const core::UserIdentity& actor, const QString& action, const QString& entity,
                  const QString& entityId, const QJsonObject& before = {}, const QJsonObject& after = {},
                  const QString& reason = {}, const QList<qint64>& caseIds = {});
    // Records in its own transaction (logins, views, denials: nothing else to commit with).
    Status recordAlone(const core::UserIdentity& actor, const QString& action, const QString& entity,
                       const QString& entityId, const QJsonObject& before = {}, const QJsonObject& after = {},
                       const QString& reason = {});
    // A refused action: when `st` is an error and the actor is known, one `permission.denied` row
    // (entity, id and the action's name; never patient data) and a log line. Returns `st` unchanged.
    Status recordDenial(const core::UserIdentity& actor, const Status& st, const QString& action,
                        const QString& entity, const QString& entityId = {});

private:
    storage::Database& m_db;
    const core::Clock& m_clock;
};

} // namespace cb::services
