#pragma once

#include "core/PartialDate.h"
#include "core/Vocabulary.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace cb::core {

// The codes and forms CellBoard writes into FHIR R4 (clinical/INTAKE.md §4, §7): the standard
// code systems, CellBoard's own code systems and extensions (URNs under urn:cellboard:), the
// system of a patient identifier's authority, and FHIR's date forms. What the export writes,
// an import reads back with the same table.
class FhirCodes
{
public:
    static QString loinc() { return QStringLiteral("http://loinc.org"); }
    static QString ucum() { return QStringLiteral("http://unitsofmeasure.org"); }
    static QString icd10cm() { return QStringLiteral("http://hl7.org/fhir/sid/icd-10-cm"); }
    static QString identifierType()
    {
        return QStringLiteral("http://terminology.hl7.org/CodeSystem/v2-0203");
    }
    static QString dataAbsentReason()
    {
        return QStringLiteral("http://terminology.hl7.org/CodeSystem/data-absent-reason");
    }
    static QString conditionCategory()
    {
        return QStringLiteral("http://terminology.hl7.org/CodeSystem/condition-category");
    }
    static QString conditionClinical()
    {
        return QStringLiteral("http://terminology.hl7.org/CodeSystem/condition-clinical");
    }
    static QString conditionVerification()
    {
        return QStringLiteral("http://terminology.hl7.org/CodeSystem/condition-ver-status");
    }
    static QString observationCategory()
    {
        return QStringLiteral("http://terminology.hl7.org/CodeSystem/observation-category");
    }
    // Bundle.identifier and Composition.identifier carry a urn:uuid in this system (RFC 3986).
    static QString uriSystem() { return QStringLiteral("urn:ietf:rfc:3986"); }

    // LOINC codes fixed by mCODE: ECOG and Karnofsky performance status, cancer disease status;
    // a consult note for the board's verdict document.
    static QString ecogLoinc() { return QStringLiteral("89247-1"); }
    static QString karnofskyLoinc() { return QStringLiteral("89243-0"); }
    static QString diseaseStatusLoinc() { return QStringLiteral("97509-4"); }
    static QString consultNoteLoinc() { return QStringLiteral("11488-4"); }

    // One of CellBoard's code systems, e.g. localSystem("observation") = urn:cellboard:code:observation.
    static QString localSystem(const QString& name);
    // One of CellBoard's extensions, e.g. extension("refractory") = urn:cellboard:extension:refractory.
    static QString extension(const QString& name);

    // Identifier.system of an authority (INTAKE §2): an authority that is a URI already (urn:…,
    // http(s)://…) stays as it is; any other is urn:cellboard:authority: with the authority
    // percent-encoded ("local" → urn:cellboard:authority:local).
    static QString identifierSystem(const QString& authority);
    // The authority back from an Identifier.system (the reverse of identifierSystem).
    static QString authorityOf(const QString& system);

    struct Code
    {
        QString code;
        QString display;
    };
    // The primary cancer's ICD-10-CM code of an indication (INTAKE §4), at the level the record
    // knows (remission status and site are not recorded, so the category, e.g. C90.0 multiple
    // myeloma); nullopt for Indication::Other.
    static std::optional<Code> icd10cm(Indication indication);

    // A partial date in FHIR's date/dateTime form: "2019", "2019-03", "2019-03-14" (the
    // estimated mark is not part of it: the export adds it as an extension); empty for a null date.
    static QString date(const PartialDate& date);
    // A day: "2019-03-14"; empty when invalid.
    static QString date(const QDate& day);
    // An instant in UTC with seconds, and milliseconds when it has some: "2024-05-01T10:00:00Z",
    // "2024-05-01T10:00:00.250Z"; empty when invalid.
    static QString instant(const QDateTime& time);

    // A stable id in words for a text: "patient_choice" → "patient choice".
    static QString words(const QString& id);
};

} // namespace cb::core
