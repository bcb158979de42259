#pragma once

#include "core/CaseRecord.h"
#include "core/Result.h"
#include "core/WorklistQuery.h"

#include <QDateTime>
#include <QList>
#include <optional>

namespace cb::storage {

class Database;

// Patients, cases and their history. Every write runs inside the caller's Transaction.
class CaseRepository
{
public:
    explicit CaseRepository(Database& db) : m_db(db) {}

    Result<qint64> insertPatient(const core::Patient& patient, const QDateTime& now);
    Result<std::optional<qint64>> patientIdByMrn(const QString& mrn);
    // Inserts the case (patient must exist: record.patient.id) with its lines, transplants
    // and observations; returns the case id.
    Result<qint64> insertCase(const core::CaseRecord& record, const QDateTime& now, bool demo = false,
                              qint64 by = 0);

    // Serialises writers of one case: on PostgreSQL, locks the case row until the caller's
    // Transaction ends (SELECT … FOR UPDATE), so two workstations recording on the same case
    // check their rules one after the other. A no-op on SQLite, where the write transaction
    // (BEGIN IMMEDIATE) already holds the database's write lock. Call it first in the transaction.
    Status lockForUpdate(qint64 caseId);

    Result<std::optional<core::CaseRecord>> caseById(qint64 id);
    Result<bool> caseExists(qint64 id);
    // False for a database without any case yet (closed ones count).
    Result<bool> hasAnyCase();

    // Moves the case to a state (and close reason); Conflict when rowVersion is stale.
    Status updateState(qint64 id, qint64 rowVersion, core::CaseState state,
                       std::optional<core::CloseReason> reason, const QString& closeDetail,
                       const QDateTime& now);

    Result<qint64> worklistCount(const core::WorklistQuery& query);
    Result<QList<core::CaseSummary>> worklistPage(const core::WorklistQuery& query, qint64 offset, int limit);
    Result<QList<core::CaseSummary>> listCases(std::optional<core::CaseState> state);
    // The summaries of these cases only (by primary key; ids naming no case are left out): what
    // a meeting's agenda or the action list needs, whatever the number of cases.
    Result<QList<core::CaseSummary>> summariesOf(const QList<qint64>& caseIds);

private:
    Database& m_db;
};

} // namespace cb::storage
