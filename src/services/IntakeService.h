#pragma once

#include "core/CaseRecord.h"
#include "core/Clock.h"
#include "core/Result.h"
#include "core/UserIdentity.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace cb::storage {
class Database;
}

namespace cb::services {

// A patient found by a search, with how it matched (identifier, name_birth, name).
struct PatientHit
{
    core::Patient patient;
    QString match;
};

// A patient with all of their cases.
struct PatientOverview
{
    core::Patient patient;
    QList<core::CaseSummary> cases;
};

// A registered patient or referral, with the advisory warnings of the search (near duplicates).
struct Registered
{
    qint64 patientId = 0;
    qint64 caseId = 0; // 0 for `addPatient`
    QStringList warnings;
    QList<core::Patient> nearDuplicates;
};

// An observation as typed (or as a message carried it), before unit conversion.
struct ObservationInput
{
    QString code;
    double value = 0;
    QString comparator; // "", "<", "<=", ">", ">="
    QString unit;       // empty = the canonical unit
    QString date;       // YYYY-MM-DD or an ISO date-time
    QString source;
    QString provenance = QStringLiteral("typed");
};

// An administrator's approval of a coordinator's merge, given in the act itself: their username
// and the password they typed (checked like a login; never stored or logged).
struct MergeApproval
{
    QString username;
    QString password;
};

// Every entry of the patient's record, the voided and superseded ones too.
struct RecordEntries
{
    QList<core::TherapyLine> lines;
    QList<core::Transplant> transplants;
    QList<core::Observation> observations;
};

// Intake (INTAKE.md §1–6): patients, referrals and the patient's record. Every act checks the
// permission (refusals audited), runs in one transaction with its audit row, and never
// overwrites a record entry: corrections replace, voids mark. Patient data is never logged.
class IntakeService
{
    Q_DECLARE_TR_FUNCTIONS(cb::services::IntakeService)
public:
    IntakeService(storage::Database& db, const core::Clock& clock) : m_db(db), m_clock(clock) {}

    // Search by identifier value, name (Latin or Chinese, word starts) and birth date; audited.
    Result<QList<PatientHit>> findPatients(const core::UserIdentity& actor, const QString& identifierValue,
                                           const QString& name, const core::PartialDate& birth);
    Result<PatientOverview> showPatient(const core::UserIdentity& actor, qint64 patientId);
    // Near duplicates of a patient about to be registered (INTAKE §2): same identifier in
    // another record, or same normalised name, birth date and sex. Advisory.
    Result<QList<core::Patient>> nearDuplicates(const core::UserIdentity& actor,
                                                const core::Patient& patient);

    Result<Registered> addPatient(const core::UserIdentity& actor, const core::Patient& patient);
    // Demographics and new identifiers; before and after kept in the audit.
    Status correctPatient(const core::UserIdentity& actor, const core::Patient& patient,
                          const QString& reason);
    // Refused while both have open cases; every identifier kept (the merged record's as aliases).
    // An administrator merges alone; a coordinator with an administrator's `approval`, checked
    // before anything else and named in the audit row.
    Status mergePatients(const core::UserIdentity& actor, qint64 keepId, qint64 mergedId,
                         const QString& reason, const std::optional<MergeApproval>& approval = std::nullopt);
    // The permission question of a merge alone, before the approval is checked: may this user
    // merge (alone, or with an approval when `approvalOffered`)? A refusal is audited. For a front
    // end before it asks for the rest.
    Status requireMerge(const core::UserIdentity& actor, bool approvalOffered);

    // A new referral: `referral.patient.id` names a known patient, otherwise the patient is
    // registered first. A second open case for the same patient and indication is refused.
    Result<Registered> registerReferral(const core::UserIdentity& actor, const core::CaseRecord& referral);
    Status startWorkUp(const core::UserIdentity& actor, qint64 caseId);
    Status reopenCase(const core::UserIdentity& actor, qint64 caseId, const QString& reason);

    Status setHistory(const core::UserIdentity& actor, qint64 caseId, const core::DiseaseHistory& history);

    Result<qint64> addTherapyLine(const core::UserIdentity& actor, qint64 caseId, core::TherapyLine line);
    Result<qint64> correctTherapyLine(const core::UserIdentity& actor, qint64 caseId, qint64 lineId,
                                      core::TherapyLine line, const QString& reason);
    Status voidTherapyLine(const core::UserIdentity& actor, qint64 caseId, qint64 lineId,
                           const QString& reason);

    Result<qint64> addTransplant(const core::UserIdentity& actor, qint64 caseId, core::Transplant transplant);
    Result<qint64> correctTransplant(const core::UserIdentity& actor, qint64 caseId, qint64 transplantId,
                                     core::Transplant transplant, const QString& reason);
    Status voidTransplant(const core::UserIdentity& actor, qint64 caseId, qint64 transplantId,
                          const QString& reason);

    Result<core::Observation> addObservation(const core::UserIdentity& actor, qint64 caseId,
                                             const ObservationInput& input);
    Result<core::Observation> correctObservation(const core::UserIdentity& actor, qint64 caseId, qint64 obsId,
                                                 const ObservationInput& input, const QString& reason);
    Status voidObservation(const core::UserIdentity& actor, qint64 caseId, qint64 obsId,
                           const QString& reason);

    // Every entry of the case's patient, voided and superseded ones included; audited as a view.
    Result<RecordEntries> recordEntries(const core::UserIdentity& actor, qint64 caseId);

    // Fills the class of each drug from the vocabulary and expands a known regimen without
    // drugs; a drug the vocabulary does not know keeps the class given (BadInput without one).
    static Result<core::TherapyLine> completeDrugs(core::TherapyLine line);
    // Converts and checks an observation input (unit, plausible range, date not in the future).
    Result<core::Observation> normalise(const ObservationInput& input) const;

private:
    Result<qint64> writeLine(const core::UserIdentity& actor, qint64 caseId, qint64 replaces,
                             core::TherapyLine line, const QString& reason);
    Result<qint64> writeTransplant(const core::UserIdentity& actor, qint64 caseId, qint64 replaces,
                                   core::Transplant transplant, const QString& reason);
    Result<core::Observation> writeObservation(const core::UserIdentity& actor, qint64 caseId,
                                               qint64 replaces, const ObservationInput& input,
                                               const QString& reason);

    storage::Database& m_db;
    const core::Clock& m_clock;
};

} // namespace cb::services
