#pragma once

#include "core/CaseRecord.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace cb::core {

// Where an imported item came from (clinical/INTAKE.md §7): the bundle's resource.
struct FhirProvenance
{
    QString resourceType;
    QString resourceId; // Resource.id, else empty
    QString fullUrl;
    QString path; // JSON path of the resource, e.g. $.entry[3].resource

    // "Observation/abc" (or the fullUrl when the resource has no id).
    QString reference() const
    {
        return resourceId.isEmpty() ? fullUrl : resourceType + QLatin1Char('/') + resourceId;
    }
};

// An observation read from a bundle, as the intake takes it (the unit as the bundle gave it, in a
// spelling the observation accepts; empty = the canonical unit).
struct FhirObservationItem
{
    QString code;
    double value = 0;
    QString comparator;
    QString unit;
    QString date;   // YYYY-MM-DD or an ISO date-time
    QString source; // the lab, the echo report … as the bundle names it (an Observation's note)
    FhirProvenance from;
};

struct FhirLineItem
{
    TherapyLine line;
    QList<FhirProvenance> from; // one resource per drug
};

struct FhirTransplantItem
{
    Transplant transplant;
    FhirProvenance from;
};

// What CellBoard cannot code but keeps, as words, with the resource it came from.
struct FhirTextItem
{
    QString text;
    FhirProvenance from;
};

// A referral as a FHIR bundle carries it: the patient, the primary cancer with its stage and dates,
// the observations, prior lines and transplants, and what is kept as text.
struct FhirReferral
{
    QString bundleId;   // Bundle.identifier.value, else Bundle.id
    QString bundleType; // collection, document, …
    Patient patient;
    FhirProvenance patientFrom;
    bool hasCondition = false;
    Indication indication = Indication::Other;
    QString subtype;
    DiseaseHistory history;
    QString stageSummary; // the Condition's stage in words (used when no stage Observation says it)
    FhirProvenance conditionFrom;
    QList<FhirObservationItem> observations;
    QList<FhirLineItem> lines;
    QList<FhirTransplantItem> transplants;
    QList<FhirTextItem> keptAsText;
    QStringList warnings;
    // Named by a document's Composition (its author and custodian), for the referral.
    QString author;
    QString custodian;
};

} // namespace cb::core
