#pragma once

#include "core/AuditEntry.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <optional>

namespace cb::storage {
class Database;
}

namespace cb::services {

struct AuditVerification
{
    bool intact = true;
    qint64 entries = 0;
    qint64 headSeq = 0;
    QString headHash;
    qint64 firstBadSeq = 0; // 0 when intact
    QString problem;        // what is wrong with the first bad entry
    qint64 signatures = 0;  // signatures checked against their records
    qint64 badSignatureId = 0;
    QString signatureProblem;
    bool ok() const { return intact && badSignatureId == 0; }
};

// Checks the audit chain (every entry's hash over its columns and the previous hash, the link
// to the previous entry, unbroken sequence numbers) and every signature against the content of
// the record it signed. Needs no login (ids only).
class AuditService
{
    Q_DECLARE_TR_FUNCTIONS(cb::services::AuditService)
public:
    explicit AuditService(storage::Database& db) : m_db(db) {}

    Result<AuditVerification> verify();
    Result<std::optional<core::AuditEntry>> entry(qint64 seq);

private:
    storage::Database& m_db;
};

} // namespace cb::services
