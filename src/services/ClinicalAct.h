#pragma once

#include "core/CaseRecord.h"
#include "core/Clock.h"
#include "core/PermissionPolicy.h"
#include "core/Result.h"
#include "core/UserIdentity.h"
#include "services/AuditTrail.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace cb::storage {
class Database;
}

namespace cb::services {

// The audit entity of a case.
QString caseEntity();

// What an act needs before it runs: the permission it checks (refusals audited under `name`),
// and whether it works on a case that is locked and loaded once for the whole act.
struct ActSpec
{
    core::Action permission = core::Action::ReadCases;
    std::optional<core::Discipline> discipline;
    QString name;      // audit action id, e.g. "pathway.record"; also names the refusal
    qint64 caseId = 0; // 0: the act is not about one case
    // Refuse a closed case before the act runs (most acts on a case do).
    bool refuseClosed = true;
    // The audit entity of a refusal when the act is not about a case (e.g. "meeting").
    QString entity = {};
    qint64 entityId = 0;
};

// A refusal decided by the caller (a rule beyond the permission table): audited as
// `permission.denied` on the case, returned unchanged.
Status refuse(storage::Database& db, const core::Clock& clock, const core::UserIdentity& actor,
              const Status& why, const QString& action, qint64 caseId, const QString& entity = {},
              qint64 entityId = 0);

// The permission question alone, as a GUI asks it to enable a button and the CLI to refuse before
// it reads its arguments: checks `spec.permission` and audits a refusal. Reads nothing else.
Status require(storage::Database& db, const core::Clock& clock, const core::UserIdentity& actor,
               const ActSpec& spec);

// One clinical act, written once for every service: check the permission (auditing a refusal),
// open the write transaction, lock and load the case, let the caller do the act, audit it, move
// the case through the lifecycle gate, commit. Rolls back when destroyed uncommitted.
//
//     ClinicalAct act(m_db, m_clock, actor, {Action::RecordPathway, {}, "pathway.record", caseId});
//     if (!act.ok())
//         return act.error();
//     ... write with act.now(), act.theCase() ...
//     if (auto st = act.audit(before, after); !st.ok()) return st.error();
//     if (auto st = act.commit(); !st.ok()) return st.error();
class ClinicalAct
{
    Q_DECLARE_TR_FUNCTIONS(cb::services::ClinicalAct)
public:
    ClinicalAct(storage::Database& db, const core::Clock& clock, const core::UserIdentity& actor,
                ActSpec spec);
    ClinicalAct(const ClinicalAct&) = delete;
    ClinicalAct& operator=(const ClinicalAct&) = delete;

    bool ok() const { return m_status.ok(); }
    const Status& status() const { return m_status; }
    Error error() const { return m_status.error(); }

    const core::UserIdentity& actor() const { return m_actor; }
    // The case as it was when the act began (only for acts with a caseId).
    const core::CaseRecord& theCase() const { return m_case; }
    // One instant for every row the act writes.
    const QDateTime& now() const { return m_now; }
    AuditTrail& trail() { return m_audit; }
    storage::Database& db() { return m_db; }

    // The act's audit row on the case (entity clinical_case), named by the spec unless `action`.
    Status audit(const QJsonObject& before, const QJsonObject& after, const QString& reason = {},
                 const QString& action = {});
    // An audit row on another entity (opinion, decision, meeting …).
    Status auditOn(const QString& action, const QString& entity, const QString& entityId,
                   const QJsonObject& before, const QJsonObject& after, const QString& reason = {});

    // Moves the case through core::Lifecycle (the one gate), audited as `case.move` naming what
    // moved it. A no-op when the case is already there.
    Status moveCase(core::CaseState to, const QString& by, const QJsonObject& extra = {});
    // Takes the case back one step because the record that moved it was entered in error (a
    // voided infusion): allowed only where the opposite move is an ordinary one.
    Status revertCase(core::CaseState to, const QString& by);
    // Reopens a closed case (core::Lifecycle::stateOnReopen): a treated patient goes back to
    // follow-up, any other case to work-up; the close reason is cleared, kept in the audit.
    Status reopenCase(bool infused, const QString& reason);

    Status commit();

private:
    Status writeMove(core::CaseState to, const QJsonObject& after, const QString& reason = {});

    storage::Database& m_db;
    const core::UserIdentity& m_actor;
    ActSpec m_spec;
    AuditTrail m_audit;
    QDateTime m_now;
    Status m_status;
    std::optional<storage::Transaction> m_tx;
    core::CaseRecord m_case;
};

} // namespace cb::services
