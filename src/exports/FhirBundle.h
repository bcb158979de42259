#pragma once

#include "core/Result.h"
#include "exports/FhirCaseData.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace cb::exports {

// The two bundles of a case (clinical/INTAKE.md §7), both FHIR R4 JSON:
// - the collection: the patient's record shaped like mCODE's patient bundle (FhirRecord);
// - the document of the board's signed verdict: a Composition first (the verdict, its signer and
//   the record's resources in sections), the same record, and a DocumentReference carrying the
//   case summary PDF (base64, with its size and SHA-1).
// Each has a Bundle.identifier (urn:uuid in urn:ietf:rfc:3986) derived from its content, so the
// same content gives the same identifier, and the timestamp of the dossier's reading.
class FhirBundle
{
    Q_DECLARE_TR_FUNCTIONS(cb::exports::FhirBundle)
public:
    static QJsonObject collection(const FhirCaseData& data);
    // InvalidState when the case has no signed verdict.
    static Result<QJsonObject> document(const FhirCaseData& data, const QByteArray& summaryPdf);

    // Bundle.identifier.value ("urn:uuid:…").
    static QString identifierOf(const QJsonObject& bundle);
    // How many entries of each resource type ("Observation" → 12).
    static QJsonObject resourceCounts(const QJsonObject& bundle);
};

} // namespace cb::exports
