#pragma once

#include "core/CaseRecord.h"
#include "core/Result.h"

#include <QDateTime>
#include <QList>
#include <optional>

namespace cb::storage {

class Database;

// The patient's record: disease history, therapy lines, transplants and observations, shared by
// every case of the patient. Entries are never updated in place or deleted: a correction
// inserts a replacement (`entry.supersedes`) and marks the original superseded; a void marks the
// row entered in error. Every write runs inside the caller's Transaction.
class RecordRepository
{
public:
    enum class Kind { TherapyLine, Transplant, Observation };

    explicit RecordRepository(Database& db) : m_db(db) {}

    Result<std::optional<core::DiseaseHistory>> history(qint64 patientId);
    // Inserts the history (rowVersion 0) or updates it (Conflict when rowVersion is stale).
    Status saveHistory(qint64 patientId, const core::DiseaseHistory& history, const QDateTime& now);

    // Every entry of the patient, the voided and superseded ones too (each with its state).
    Result<QList<core::TherapyLine>> therapyLines(qint64 patientId, bool currentOnly);
    Result<QList<core::Transplant>> transplants(qint64 patientId, bool currentOnly);
    Result<QList<core::Observation>> observations(qint64 patientId, bool currentOnly);

    Result<std::optional<core::TherapyLine>> therapyLine(qint64 patientId, qint64 id);
    Result<std::optional<core::Transplant>> transplant(qint64 patientId, qint64 id);
    Result<std::optional<core::Observation>> observation(qint64 patientId, qint64 id);

    Result<qint64> insertTherapyLine(qint64 patientId, const core::TherapyLine& line, qint64 by,
                                     const QDateTime& now);
    Result<qint64> insertTransplant(qint64 patientId, const core::Transplant& transplant, qint64 by,
                                    const QDateTime& now);
    Result<qint64> insertObservation(qint64 patientId, const core::Observation& obs, qint64 by,
                                     const QDateTime& now);

    Status voidEntry(Kind kind, qint64 id, qint64 rowVersion, qint64 by, const QString& reason,
                     const QDateTime& at);
    Status supersedeEntry(Kind kind, qint64 id, qint64 rowVersion, qint64 replacementId);

    // Notes that the patient's record changed (for "record changed since signed").
    Status touchRecord(qint64 patientId, const QDateTime& at);
    Result<QDateTime> recordChangedAt(qint64 patientId);
    // The same, through a case of the patient.
    Result<QDateTime> recordChangedAtOfCase(qint64 caseId);

private:
    Database& m_db;
};

} // namespace cb::storage
