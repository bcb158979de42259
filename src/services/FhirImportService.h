#pragma once

#include "core/CaseRecord.h"
#include "core/Clock.h"
#include "core/Result.h"
#include "core/UserIdentity.h"
#include "core/exchange/FhirReferral.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>

namespace cb::storage {
class Database;
}

namespace cb::services {

class IntakeService;

// What the bundle does not say about the referral, from whoever imports it.
struct FhirImportOptions
{
    QString referrer;    // the referring clinician; else a document's author
    QString institution; // else a document's custodian
    QString contact;
    QString urgency;    // routine (default) | urgent | emergency
    QDate referralDate; // invalid: today
    QString intendedProduct;
    // The GUI's preview: the coordinator names the referrer in the preview before confirming, so a
    // bundle that names none is still planned (FhirImportPlan::needsReferrer()); apply() refuses a
    // plan without one.
    bool referrerLater = false;
};

// What an import will create or attach, shown before anything is written (the CLI's --dry-run,
// the GUI's preview): the patient created or matched by identifier (INTAKE §2), the referral, and
// the record's entries each with the bundle resource it comes from.
struct FhirImportPlan
{
    QString fileSha256; // the file's SHA-256: its provenance with the bundle and resource ids
    core::FhirReferral referral;
    core::CaseRecord caseRecord;                   // the referral to register
    qint64 patientId = 0;                          // the patient it attaches to; 0: a new patient
    QList<core::PatientIdentifier> newIdentifiers; // identifiers an attached patient gains
    bool writesHistory = false;
    core::DiseaseHistory history; // for an attached patient: the record's, completed by the bundle
    QList<core::FhirLineItem> lines;
    QList<core::FhirTransplantItem> transplants;
    QList<core::FhirObservationItem> observations;
    QStringList warnings;

    bool attaches() const { return patientId != 0; }
    // Nobody named as the referring clinician yet (planned with FhirImportOptions::referrerLater).
    bool needsReferrer() const { return caseRecord.referrer.trimmed().isEmpty(); }
    // {bundle_id, patient: {action, id}, created: {...counts}, kept_as_text: [...], warnings}
    QJsonObject toJson() const;
};

struct FhirImported
{
    FhirImportPlan plan;
    qint64 patientId = 0;
    qint64 caseId = 0;
};

// Imports a referral from a FHIR R4 bundle (clinical/INTAKE.md §7) through the intake's own acts
// (IntakeService), all in one transaction with a `case.import` audit row naming the file's hash,
// the bundle and each created entry's resource: a bundle is imported whole or not at all. plan()
// reads and checks everything (a problem names the JSON path of its resource) and writes nothing.
class FhirImportService
{
    Q_DECLARE_TR_FUNCTIONS(cb::services::FhirImportService)
public:
    FhirImportService(storage::Database& db, const core::Clock& clock, IntakeService& intake)
        : m_db(db), m_clock(clock), m_intake(intake)
    {
    }

    Result<FhirImportPlan> plan(const core::UserIdentity& actor, const QByteArray& json,
                                const FhirImportOptions& options);
    Result<FhirImported> apply(const core::UserIdentity& actor, const FhirImportPlan& plan);

private:
    Status match(FhirImportPlan& plan);
    Status checkEntries(FhirImportPlan& plan);

    storage::Database& m_db;
    const core::Clock& m_clock;
    IntakeService& m_intake;
};

} // namespace cb::services
