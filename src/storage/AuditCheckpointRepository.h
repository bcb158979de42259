#pragma once

#include "core/AuditCheckpoint.h"
#include "core/Result.h"

#include <QList>
#include <optional>

namespace cb::storage {

class Database;

// The signed checkpoints of the audit chain (append-only, like the chain).
class AuditCheckpointRepository
{
public:
    explicit AuditCheckpointRepository(Database& db) : m_db(db) {}

    Result<qint64> insert(const core::AuditCheckpoint& checkpoint);
    // Every checkpoint, in sequence order.
    Result<QList<core::AuditCheckpoint>> all();
    // The newest checkpoint made with this public key, if any.
    Result<std::optional<core::AuditCheckpoint>> latestBy(const QString& publicKey);

private:
    Database& m_db;
};

} // namespace cb::storage
