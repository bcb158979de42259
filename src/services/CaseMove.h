#pragma once

#include "core/Result.h"
#include "core/UserIdentity.h"
#include "core/Vocabulary.h"

#include <QDateTime>
#include <QString>

namespace cb::storage {
class Database;
}

namespace cb::services {

class AuditTrail;

// Moves a case to another lifecycle state as a consequence of another record (a pathway step, a
// voided step, a follow-up visit), inside the caller's transaction, and audits it as
// `case.move` naming what moved it (`by`). Conflict when the case changed since `rowVersion`.
Status moveCaseBy(storage::Database& db, AuditTrail& audit, const core::UserIdentity& actor, qint64 caseId,
                  qint64 rowVersion, core::CaseState from, core::CaseState to, const QString& by,
                  const QDateTime& now);

} // namespace cb::services
