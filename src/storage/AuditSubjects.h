#pragma once

#include "core/AuditEntry.h"
#include "core/Result.h"

#include <QHash>
#include <QList>
#include <QString>

namespace cb::storage {

class Database;

// Which cases an audit row is about (the links of audit_subject), from what the row names:
//  - its entity is the case (clinical_case, id);
//  - its before or after values name a case_id (an agenda entry, an opinion, a verdict …);
//  - its entity belongs to a case: an opinion, a decision, a decision's action;
//  - its entity is the patient or a part of the patient's record (a therapy line, a transplant,
//    an observation, a lab message): every case of the patient, the record being shared by them;
//  - the minutes of a meeting (signed, exported): every case on its agenda.
// Only cases that exist are returned, each once. One object may serve many rows (the migration
// linking the rows written before schema 8): it remembers what it looked up.
class AuditSubjects
{
public:
    explicit AuditSubjects(Database& db) : m_db(db) {}

    // The cases of `entry`, and of `known` (what the writer of the row knows), that exist.
    Result<QList<qint64>> casesOf(const core::AuditEntry& entry, const QList<qint64>& known = {});

private:
    Result<QList<qint64>> lookUp(const QString& entity, const QString& sql, qint64 id);
    Result<bool> caseExists(qint64 caseId);

    Database& m_db;
    QHash<QString, QList<qint64>> m_lookups; // "entity:id" → cases
    QHash<qint64, bool> m_exists;
};

} // namespace cb::storage
