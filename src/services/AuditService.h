#pragma once

#include "core/AuditCheckpoint.h"
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
    qint64 checkpoints = 0;          // checkpoints by a trusted key, checked against the chain
    qint64 untrustedCheckpoints = 0; // by keys this workstation does not know (not checked)
    qint64 anchorSeq = 0;            // this workstation's last checkpoint of the database (0: none)
    bool ok() const { return intact && badSignatureId == 0; }
};

// Checks the audit chain (every entry's hash over its columns and the previous hash, the link
// to the previous entry, unbroken sequence numbers), its signed checkpoints (AuditAnchor: each
// by a trusted key must match the entry it signed; this workstation's last one must still be
// there) and every signature against the content of the record it signed. Needs no login (ids
// only).
class AuditService
{
    Q_DECLARE_TR_FUNCTIONS(cb::services::AuditService)
public:
    explicit AuditService(storage::Database& db) : m_db(db) {}

    Result<AuditVerification> verify();
    // Signs the chain's head with this workstation's key (a checkpoint row, and the anchor file)
    // unless it is signed already. Refused, changing nothing, when the entry of this
    // workstation's last checkpoint no longer has the hash it signed (ErrorCode::Damaged, detail
    // "audit checkpoint refused", for the front ends to say so). Returns the new
    // checkpoint, or nothing when there was nothing new to sign.
    Result<std::optional<core::AuditCheckpoint>> checkpoint(const QDateTime& now);
    Result<std::optional<core::AuditEntry>> entry(qint64 seq);

private:
    storage::Database& m_db;
};

} // namespace cb::services
