#pragma once

#include "core/Result.h"
#include "core/exchange/FhirEntries.h"
#include "core/exchange/FhirReferral.h"
#include "core/intake/DrugVocabulary.h"

#include <QCoreApplication>

namespace cb::core {

// The prior therapy of a referral bundle (part of FhirReader): MedicationRequest,
// MedicationStatement and MedicationAdministration become therapy lines, the drugs of one line
// grouped by the request's groupIdentifier (CellBoard's exports), else by its line number, else by
// the same start and stop; Procedure becomes a transplant when it is an autologous or allogeneic
// stem cell transplant. A drug the vocabulary does not know stays in the regimen's words; anything
// else that cannot be placed is kept as text, with a warning.
class FhirTherapyReader
{
    Q_DECLARE_TR_FUNCTIONS(cb::core::FhirTherapyReader)
public:
    explicit FhirTherapyReader(const DrugVocabulary& drugs) : m_drugs(drugs) {}

    Status read(const FhirEntries& entries, FhirReferral& out) const;

private:
    void readMedications(const FhirEntries& entries, FhirReferral& out) const;
    void readProcedures(const FhirEntries& entries, FhirReferral& out) const;

    const DrugVocabulary& m_drugs;
};

} // namespace cb::core
