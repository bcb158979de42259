#pragma once

// Records built in memory for the FHIR tests: a treated myeloma patient with every kind of entry
// the export maps (identifiers of four kinds, partial dates, stages, observations, prior lines with
// per-drug refractoriness, a transplant, the infusion, CRS/ICANS grades, a response, a signed
// verdict).

#include "exports/FhirCaseData.h"

#include <QString>

namespace cb::test {

core::PartialDate date(const QString& text);
core::Observation observation(qint64 id, const QString& code, double value, const QString& unit,
                              const QString& comparator = {});
core::Assessment assessment(qint64 id, int day, int crs, int icans);
// The treated case; `mrn` is the value of its first identifier (local, MR).
exports::FhirCaseData treatedCase(const QString& mrn = QStringLiteral("MRN-0001"));

} // namespace cb::test
