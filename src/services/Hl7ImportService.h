#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "core/UserIdentity.h"
#include "core/exchange/Hl7FacilityZones.h"
#include "core/exchange/Hl7LabMessage.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace cb::storage {
class Database;
struct Hl7MessageRow;
} // namespace cb::storage

namespace cb::services {

class IntakeService;
class SettingsService;

// What became of one message or one result of an import. Per message: held, refused or
// duplicate; per result (OBX): accepted (new in the record), superseded (it replaced the earlier
// result of the same order, code and sub-id), retracted (D/W: the earlier result voided),
// cancelled (X), kept (taken in with the message but not written to the record, e.g. an unmapped
// code or a range), ignored (e.g. a preliminary after the final).
struct Hl7ImportItem
{
    QString messageId; // MSH-10
    QString facility;  // MSH-4
    QString status;
    QString reason;
    QString setId;       // OBX-1 (results only)
    QString code;        // OBX-3.1
    QString observation; // the record's observation code, when mapped
    qint64 observationId = 0;
    qint64 queueId = 0; // a held message's id in the queue
    qint64 patientId = 0;

    QJsonObject toJson() const;
};

// The summary of an import (DESIGN.md §5): {accepted, superseded, retracted, held, refused,
// items: [{message_id, status, reason …}]} and the other counts beside them.
struct Hl7ImportSummary
{
    int messages = 0;
    int accepted = 0;
    int superseded = 0;
    int retracted = 0;
    int held = 0;
    int refused = 0;
    int kept = 0;
    int cancelled = 0;
    int ignored = 0;
    int duplicates = 0;
    bool dryRun = false;
    QList<Hl7ImportItem> items;

    void add(const Hl7ImportItem& item);
    QJsonObject toJson() const;
};

// A message held in the import queue, for the coordinator who assigns it.
struct Hl7QueueEntry
{
    qint64 id = 0;
    QString facility;
    QString controlId;
    QString messageTime;
    QString reason;
    QString sourceName;
    QDateTime receivedAt;
    QString familyName, givenName, birthDate; // PID-5, PID-7 as sent
    QStringList identifiers;                  // PID-3 as AUTHORITY:TYPE:VALUE
    int results = 0;

    QJsonObject toJson() const;
};

// Imports HL7 v2.5.1 ORU^R01 lab results (clinical/INTAKE.md §8) into the patient's record
// through IntakeService's acts, one transaction per message with its audit row. The patient is
// matched on PID-3 authority + type + value (§2); a message that matches nobody (or two patients,
// or a patient without an open case) is held in the queue with the reason, never attached to a
// guessed patient, until a coordinator assigns it. Statuses (OBX-11): F final; C/A correct (the
// earlier result of the same order, code and sub-id is superseded); P preliminary (superseded by
// a later F); D/W retract; X no result. A timestamp without an offset is in the sending facility's
// zone (setting hl7.facility_time_zones); a message that needs an unknown facility's zone is
// refused with the reason. A message whose facility and control id (MSH-4, MSH-10) were taken in
// before changes nothing. Units are converted as the observation vocabulary says; a value outside
// its plausible range, or a unit the vocabulary does not accept, refuses the message whole.
// Permission: whoever edits case data (coordinator, chair); refusals audited.
class Hl7ImportService
{
    Q_DECLARE_TR_FUNCTIONS(cb::services::Hl7ImportService)
public:
    Hl7ImportService(storage::Database& db, const core::Clock& clock, IntakeService& intake,
                     SettingsService& settings)
        : m_db(db), m_clock(clock), m_intake(intake), m_settings(settings)
    {
    }

    // The permission question alone (audited when refused), for a front end before it reads files.
    Status requireImport(const core::UserIdentity& actor);
    // Every message of the file (or text); `sourceName` is the file's name (kept with each
    // message). `dryRun` does it all and keeps nothing.
    Result<Hl7ImportSummary> importFile(const core::UserIdentity& actor, const QByteArray& bytes,
                                        const QString& sourceName, bool dryRun = false);
    // The held messages, oldest first; audited as a view.
    Result<QList<Hl7QueueEntry>> queue(const core::UserIdentity& actor);
    // Assigns a held message to a patient (a coordinator's act, with the reason; audited) and
    // imports it for that patient. NotFound for an unknown message or patient; InvalidState when
    // the message is no longer held or the patient has no open case.
    Result<Hl7ImportSummary> assign(const core::UserIdentity& actor, qint64 queueId, qint64 patientId,
                                    const QString& reason);

private:
    struct Target
    {
        qint64 patientId = 0;
        qint64 caseId = 0;
        QString heldReason; // non-empty: hold the message
    };
    Result<Target> matchPatient(const core::Hl7LabMessage& m);
    Result<Target> targetFor(qint64 patientId);
    void importOne(const core::UserIdentity& actor, const core::Hl7LabMessage& m, const QString& sourceName,
                   const core::Hl7FacilityZones& zones, Hl7ImportSummary& out);
    Status hold(const core::UserIdentity& actor, const core::Hl7LabMessage& m, const QString& sourceName,
                const QString& messageTime, const QString& reason, Hl7ImportSummary& out);
    // Writes the message and its results for the target (inside the caller's transaction).
    Result<qint64> write(const core::UserIdentity& actor, const core::Hl7LabMessage& m,
                         const QString& sourceName, const QString& messageTime, const Target& target,
                         const core::Hl7FacilityZones& zones, const storage::Hl7MessageRow* held,
                         QList<Hl7ImportItem>& items);
    void refuse(const core::UserIdentity& actor, const QString& controlId, const QString& facility,
                const QString& reason, Hl7ImportSummary& out);

    storage::Database& m_db;
    const core::Clock& m_clock;
    IntakeService& m_intake;
    SettingsService& m_settings;
};

} // namespace cb::services
