#pragma once

#include "core/CaseDossier.h"
#include "core/pathway/Assessment.h"
#include "core/pathway/FollowUpVisit.h"
#include "core/pathway/PathwayEvent.h"
#include "core/pathway/PathwayVocabulary.h"

#include <QDate>
#include <QList>
#include <QString>

namespace cb::exports {

// Everything a FHIR export of a case carries, read through the services with the actor's rights:
// the dossier (patient, disease history, the current entries of the record, the verdict), the
// pathway, the monitoring assessments and the follow-up visits. Plain data.
struct FhirCaseData
{
    core::CaseDossier dossier;
    QList<core::PathwayEvent> pathway;   // current steps only
    QString productName;                 // the product's name from the product data
    QList<core::Assessment> assessments; // current assessments only
    QDate infusionDate;                  // day 0; invalid before the infusion
    core::ResponseScheme responseScheme = core::ResponseScheme::Lugano2014;
    QList<core::FollowUpVisit> followUps; // every visit; the done ones are exported
    // Names the database in every urn:uuid (the hash of its first audit entry, see FhirIds).
    QString databaseSeed;
};

} // namespace cb::exports
