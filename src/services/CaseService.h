#pragma once

#include "core/AuditEntry.h"
#include "core/AuditKind.h"
#include "core/CaseRecord.h"
#include "core/Clock.h"
#include "core/Result.h"
#include "core/UserIdentity.h"
#include "core/WorklistQuery.h"

#include <QCoreApplication>
#include <QList>

namespace cb::storage {
class Database;
}

namespace cb::services {

// A page of a case's audit trail (newest first) and how many rows the filter holds in all.
struct AuditTrailPage
{
    QList<core::AuditEntry> entries;
    qint64 total = 0;
    // Rows older than the page's last one remain (ask again with beforeSeq = its seq).
    bool hasOlder = false;
};

// Registering, reading and moving cases. Every read of patient data and every change is
// audited; every change is checked against the permission policy and the lifecycle.
class CaseService
{
    Q_DECLARE_TR_FUNCTIONS(cb::services::CaseService)
public:
    CaseService(storage::Database& db, const core::Clock& clock) : m_db(db), m_clock(clock) {}

    // The worklist, a page at a time (the GUI model pages through it lazily).
    Result<qint64> worklistCount(const core::UserIdentity& actor, const core::WorklistQuery& query);
    Result<QList<core::CaseSummary>> worklistPage(const core::UserIdentity& actor,
                                                  const core::WorklistQuery& query, qint64 offset, int limit);
    // False while the database holds no case at all (the worklist then says how to add one).
    Result<bool> hasAnyCase(const core::UserIdentity& actor);
    // Audits that the user opened the worklist (patient names on screen).
    Status recordWorklistOpened(const core::UserIdentity& actor);
    // Every case (optionally of one state), for `case list`; audited.
    Result<QList<core::CaseSummary>> listCases(const core::UserIdentity& actor,
                                               std::optional<core::CaseState> state);

    // One case with its history; audited as a view of PHI.
    Result<core::CaseRecord> openCase(const core::UserIdentity& actor, qint64 caseId);
    // Everything the audit trail holds about the case: its own rows, and the rows about its
    // opinions, signatures, verdicts, meetings, pathway, monitoring, follow-up, exports and the
    // patient's record; a page at a time, of one kind and matching a text (core::AuditQuery).
    Result<AuditTrailPage> auditTrail(const core::UserIdentity& actor, qint64 caseId,
                                      const core::AuditQuery& query);
    // The newest page of everything (500 rows).
    Result<QList<core::AuditEntry>> auditTrail(const core::UserIdentity& actor, qint64 caseId);

    // Referrals and the patient's record: IntakeService.

    // Ordinary lifecycle step (e.g. referred → work-up). expectedVersion 0 = the current one.
    Status moveCase(const core::UserIdentity& actor, qint64 caseId, core::CaseState to,
                    qint64 expectedVersion = 0);
    Status closeCase(const core::UserIdentity& actor, qint64 caseId, core::CloseReason reason,
                     const QString& detail, qint64 expectedVersion = 0);

private:
    Status denied(const core::UserIdentity& actor, const Status& st, const QString& action, qint64 caseId);

    storage::Database& m_db;
    const core::Clock& m_clock;
};

} // namespace cb::services
