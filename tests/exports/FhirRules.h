#pragma once

// The rules of mCODE's patient bundle and of CellBoard's own FHIR export that the two base R4
// validators (tests/fhir/validate.js) cannot check (clinical/INTAKE.md §7): exactly one Patient;
// unique, version-free urn:uuid fullUrls matching the resources' ids; every reference resolved
// inside the bundle; the patient as subject of every clinical resource; the fixed LOINC codes
// (ECOG 89247-1, Karnofsky 89243-0 as valueInteger, disease status 97509-4); every observation
// of the catalogue with its LOINC first, CellBoard's code second and its UCUM unit; the primary
// cancer in ICD-10-CM; FHIR's partial date forms; and, for a document, the Composition first.

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace cb::test {

// Every broken rule, one line each naming the entry; empty when the bundle keeps them all.
QStringList fhirBundleProblems(const QJsonObject& bundle);

// The resources of a type, in bundle order.
QList<QJsonObject> fhirResources(const QJsonObject& bundle, const QString& type);
// The entry's resource whose coding has this system and code (empty when none).
QJsonObject fhirResourceWithCode(const QJsonObject& bundle, const QString& type, const QString& system,
                                 const QString& code);
// The codes of a CodeableConcept's codings in a system.
QStringList fhirCodes(const QJsonObject& codeableConcept, const QString& system);

} // namespace cb::test
