#pragma once

#include "core/CaseRecord.h"
#include "core/Result.h"

#include <QDateTime>
#include <QList>
#include <optional>

namespace cb::storage {

class Database;

// One patient found by a search, with how it matched.
struct PatientMatch
{
    core::Patient patient;
    QString match; // identifier | name_birth_sex | name
};

// Patients and their identifiers (PHI). Every write runs inside the caller's Transaction.
class PatientRepository
{
public:
    explicit PatientRepository(Database& db) : m_db(db) {}

    // Inserts the patient with its identifiers; Conflict naming the identifier when one is
    // already another patient's.
    Result<qint64> insertPatient(const core::Patient& patient, const QDateTime& now);
    Result<std::optional<core::Patient>> patientById(qint64 id);
    // The patient holding the identifier (an alias of a merged record finds the kept one).
    Result<std::optional<qint64>> patientByIdentifier(const core::PatientIdentifier& identifier);
    // Patients (not merged away) whose identifier value, name or birth date match; at most `limit`.
    Result<QList<PatientMatch>> search(const QString& identifierValue, const QString& name,
                                       const core::PartialDate& birth, int limit);
    // Patients with the same normalised family + given name, birth date and sex (near duplicates).
    Result<QList<core::Patient>> sameNameBirthSex(const core::Patient& patient);

    // Demographics and identifiers replaced; Conflict when rowVersion is stale.
    Status updatePatient(const core::Patient& patient, const QDateTime& now);

    // Every case of the patient (closed ones too), newest first.
    Result<QList<core::CaseSummary>> casesOf(qint64 patientId);
    // Open (not closed) cases of the patient, optionally of one indication.
    Result<QList<qint64>> openCases(qint64 patientId, std::optional<core::Indication> indication);

    // Moves everything of `mergedId` to `keepId` (identifiers become aliases, cases, the record)
    // and marks `mergedId` merged into `keepId`.
    Status merge(qint64 keepId, qint64 mergedId, const QDateTime& now);

    // Recomputes every patient's search text from the names and identifiers (a step of
    // migration 7, which changed the text's form); rows whose text is unchanged are left alone.
    Status rewriteSearchTexts();

private:
    Status writeIdentifiers(qint64 patientId, const QList<core::PatientIdentifier>& ids,
                            const QDateTime& now);
    Database& m_db;
};

} // namespace cb::storage
