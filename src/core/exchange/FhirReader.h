#pragma once

#include "core/Result.h"
#include "core/exchange/FhirEntries.h"
#include "core/exchange/FhirReferral.h"
#include "core/intake/DrugVocabulary.h"
#include "core/intake/ObservationCatalog.h"

#include <QByteArray>
#include <QCoreApplication>

namespace cb::core {

// Reads a referral from a FHIR R4 JSON bundle (clinical/INTAKE.md §7), the bundles CellBoard
// exports and those of other systems: the Patient (identifiers with their authority, names, sex,
// birth date as precise as given), the primary cancer Condition (ICD-10-CM or CellBoard's
// indication code; onset = diagnosis date) and its stage Observations, the Observations CellBoard
// codes (its own code, else LOINC; units as the vocabulary accepts them), prior lines from
// MedicationRequest, MedicationStatement and MedicationAdministration (drugs of one line grouped),
// and transplants from Procedure. What it cannot code (an unknown code or unit, a treatment-phase
// result) is kept as text with a warning. Reads only: FhirEntries refuses a malformed file whole.
class FhirReader
{
    Q_DECLARE_TR_FUNCTIONS(cb::core::FhirReader)
public:
    FhirReader(const ObservationCatalog& observations, const DrugVocabulary& drugs)
        : m_observations(observations), m_drugs(drugs)
    {
    }

    Result<FhirReferral> read(const QByteArray& json) const;
    Result<FhirReferral> read(const FhirEntries& entries) const;

    // The indication of an ICD-10-CM code (INTAKE §4: C90.0x myeloma, C83.3x large B-cell …);
    // nullopt when it is none of them.
    static std::optional<Indication> indicationOfIcd10(const QString& code);
    // A FHIR date or dateTime as a partial date ("2019", "2019-03", "2019-03-14", the day of a
    // date-time); `estimated` from CellBoard's extension on the primitive.
    static PartialDate partialDate(const QString& text, bool estimated = false);
    static FhirProvenance provenance(const FhirEntries::Entry& e);
    // The codes of a CodeableConcept's codings in a system.
    static QStringList codesIn(const QJsonObject& codeable, const QString& system);
    // The words of a CodeableConcept: its text, else the first display, else the first code.
    static QString wordsOf(const QJsonObject& codeable);
    // Whether the primitive `key` of `o` carries CellBoard's extension "estimated".
    static bool estimatedMark(const QJsonObject& o, const QString& key);

private:
    Status readPatient(const FhirEntries& entries, FhirReferral& out) const;
    void readCondition(const FhirEntries& entries, FhirReferral& out) const;
    Status readObservations(const FhirEntries& entries, FhirReferral& out) const;
    bool readStage(const QJsonObject& r, FhirReferral& out) const;

    const ObservationCatalog& m_observations;
    const DrugVocabulary& m_drugs;
};

} // namespace cb::core
