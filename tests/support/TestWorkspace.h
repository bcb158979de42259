#pragma once

// A services Workspace on a TestDatabase with a manual clock, and helpers to read the audit
// trail the services wrote.

#include "core/AuditEntry.h"
#include "core/CaseRecord.h"
#include "core/Clock.h"
#include "core/Result.h"
#include "core/UserIdentity.h"
#include "services/Workspace.h"
#include "support/TestDatabase.h"

#include <QList>
#include <QStringList>
#include <map>
#include <memory>

namespace cb::test {

// 2026-11-25T10:00:00Z: the tests' "now" unless they move the clock.
QDateTime testNow();

struct TestWorkspace
{
    std::shared_ptr<core::ManualClock> clock;
    std::unique_ptr<services::Workspace> ws;

    explicit operator bool() const { return ws != nullptr; }
    services::Workspace* operator->() const { return ws.get(); }
};

// Opens (creating and migrating) the workspace; an empty one (with a warning) on failure.
TestWorkspace openTestWorkspace(const QString& url, const QDateTime& now = testNow());

// Every audit entry after sequence number `after`, oldest first.
QList<core::AuditEntry> auditEntries(services::Workspace& ws, qint64 after = 0);
QStringList auditActions(services::Workspace& ws, qint64 after = 0);
// The highest sequence number so far (0 when the trail is empty).
qint64 auditHead(services::Workspace& ws);

// One database and workspace per backend, kept for a whole test class: migrating a fresh
// PostgreSQL schema is what makes a data row slow, so rows that can share a database do (and
// keep apart by unique names, see uniqueName()).
class SharedWorkspaces
{
public:
    struct Entry
    {
        std::unique_ptr<TestDatabase> tdb;
        TestWorkspace t;
    };
    // The entry for a backend, created on first use; nullptr when the backend is not configured.
    Entry* get(const QString& backend);
    void clear() { m_entries.clear(); }

private:
    std::map<QString, Entry> m_entries;
};

// Registers a referral through IntakeService the way older tests described one (an MRN, a name):
// a missing identifier is made from `patient.mrn` (authority "local", type MR), a missing referrer
// is "Dr Test", a missing birth date 1960-01-01. Returns the case id.
Result<qint64> registerReferral(services::Workspace& ws, const core::UserIdentity& actor,
                                core::CaseRecord record);

// A name no other row of this process uses: prefix + a counter.
QString uniqueName(const QString& prefix);

} // namespace cb::test
