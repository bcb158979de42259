#pragma once

#include "core/AuditEntry.h"
#include "core/AuditKind.h"
#include "core/Result.h"

#include <QList>
#include <functional>
#include <optional>

namespace cb::storage {

class Database;

// The append-only, hash-chained audit trail. append() must run inside the Transaction of the
// change it records; it serialises writers (SQLite: the write lock; PostgreSQL: a table lock)
// so the chain never forks. Each row is linked to the cases it is about (audit_subject, see
// AuditSubjects) in the same transaction, which is what a case's trail reads.
class AuditRepository
{
public:
    explicit AuditRepository(Database& db) : m_db(db) {}

    static QString genesisHash() { return QString(64, QLatin1Char('0')); }

    // Fills seq, prevHash and hash of the entry and stores it, linked to the cases it is about:
    // `caseIds` (what the writer knows) and what the entry names (AuditSubjects).
    Result<core::AuditEntry> append(core::AuditEntry entry, const QList<qint64>& caseIds = {});
    Result<std::optional<core::AuditEntry>> entry(qint64 seq);
    Result<std::optional<core::AuditEntry>> head();
    Result<QList<core::AuditEntry>> forEntity(const QString& entity, const QString& entityId,
                                              int limit = 500);
    Result<QList<core::AuditEntry>> latest(int limit);
    // A page of the rows about a case (newest first) and how many rows the filter holds in all.
    Result<QList<core::AuditEntry>> forCase(qint64 caseId, const core::AuditQuery& query);
    Result<qint64> countForCase(qint64 caseId, const core::AuditQuery& query);
    // The cases a row is linked to (ascending).
    Result<QList<qint64>> casesOfEntry(qint64 seq);
    // Links every row that has no link yet to the cases it is about (the rows written before
    // schema 8); returns how many links it wrote.
    Result<qint64> linkUnlinkedRows();
    // Calls visit for every entry in sequence order, in batches; stops when visit returns false.
    Status walk(const std::function<bool(const core::AuditEntry&)>& visit);
    Result<qint64> count();

private:
    Database& m_db;
};

} // namespace cb::storage
