#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace cb::storage {

class Database;

// A message of the HL7 log (hl7_message): imported, or held in the import queue.
struct Hl7MessageRow
{
    qint64 id = 0;
    QString sendingFacility;
    QString controlId;
    QString sendingApplication;
    QString messageTime; // UTC ISO text, or as sent when it could not be placed
    QString state;       // imported | held | assigned
    QString reason;      // why it is held
    qint64 patientId = 0;
    qint64 caseId = 0;
    QString messageText;
    QString messageSha256;
    QString sourceName;
    QDateTime receivedAt;
    qint64 receivedBy = 0;
    QDateTime assignedAt;
    qint64 assignedBy = 0;
    QString assignReason;
    qint64 rowVersion = 1;
};

// One result (OBX) as taken in, with what became of it.
struct Hl7ResultRow
{
    qint64 id = 0;
    qint64 messageId = 0;
    qint64 patientId = 0;
    QString orderKey;
    QString resultCode;
    QString codeSystem;
    QString subId;
    QString setId;
    QString valueType;
    QString valueText;
    QString units;
    QString referenceRange;
    QString flags;
    QString resultStatus;
    QString observed;
    QString observationCode;
    qint64 observationId = 0;
    QString outcome; // accepted | kept | retraction | cancelled | ignored
    QString reason;
    qint64 supersededBy = 0;
    qint64 retractedBy = 0;
    QDateTime createdAt;
};

// The HL7 message log, the import queue and the results (schema 9). Writes run inside the
// caller's Transaction.
class Hl7Repository
{
public:
    explicit Hl7Repository(Database& db) : m_db(db) {}

    Result<std::optional<Hl7MessageRow>> messageByControlId(const QString& facility,
                                                            const QString& controlId);
    Result<std::optional<Hl7MessageRow>> message(qint64 id);
    Result<QList<Hl7MessageRow>> messagesIn(const QString& state);
    Result<qint64> insertMessage(const Hl7MessageRow& row);
    // A held message assigned to a patient (Conflict when it changed since it was read).
    Status markAssigned(qint64 id, qint64 rowVersion, qint64 patientId, qint64 caseId, qint64 by,
                        const QString& reason, const QDateTime& at);

    Result<qint64> insertResult(const Hl7ResultRow& row);
    // The current result of an order, code and sub-id for the patient: neither superseded nor
    // retracted, and a result (accepted or kept), the newest first.
    Result<std::optional<Hl7ResultRow>> currentResult(qint64 patientId, const QString& orderKey,
                                                      const QString& resultCode, const QString& subId);
    Result<QList<Hl7ResultRow>> resultsOf(qint64 messageId);
    Status markSuperseded(qint64 id, qint64 by);
    Status markRetracted(qint64 id, qint64 by);

private:
    Database& m_db;
};

} // namespace cb::storage
