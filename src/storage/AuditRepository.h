#pragma once

#include "core/AuditEntry.h"
#include "core/Result.h"

#include <QList>
#include <functional>
#include <optional>

namespace cb::storage {

class Database;

// The append-only, hash-chained audit trail. append() must run inside the Transaction of the
// change it records; it serialises writers (SQLite: the write lock; PostgreSQL: a table lock)
// so the chain never forks.
class AuditRepository
{
public:
    explicit AuditRepository(Database& db) : m_db(db) {}

    static QString genesisHash() { return QString(64, QLatin1Char('0')); }

    // Fills seq, prevHash and hash of the entry and stores it.
    Result<core::AuditEntry> append(core::AuditEntry entry);
    Result<std::optional<core::AuditEntry>> entry(qint64 seq);
    Result<std::optional<core::AuditEntry>> head();
    Result<QList<core::AuditEntry>> forEntity(const QString& entity, const QString& entityId,
                                              int limit = 500);
    Result<QList<core::AuditEntry>> latest(int limit);
    // Calls visit for every entry in sequence order, in batches; stops when visit returns false.
    Status walk(const std::function<bool(const core::AuditEntry&)>& visit);
    Result<qint64> count();

private:
    Database& m_db;
};

} // namespace cb::storage
