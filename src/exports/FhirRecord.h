#pragma once

#include "exports/FhirCaseData.h"
#include "exports/FhirIds.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace cb::exports {

// The patient's record as FHIR R4 resources shaped like mCODE's patient bundle
// (clinical/INTAKE.md §7): one Patient with every identifier; the primary cancer Condition
// (ICD-10-CM, onset = diagnosis date, partial dates kept partial, an estimated one marked with
// CellBoard's extension "estimated" on the primitive) with its stage Observations;
// every current observation (LOINC and UCUM, the local code as a second coding; ECOG and
// Karnofsky as valueInteger); a MedicationRequest per drug of each prior line (status and
// status reason, reason = the Condition); transplants and the CAR-T infusion as Procedures; the
// highest CRS and ICANS grades and the follow-up responses as Observations. Every entry has a
// fullUrl derived from its record's id (FhirIds) and every resource about the patient names her
// as subject. Texts are English, whatever the interface language, so an export reproduces.
class FhirRecord
{
public:
    explicit FhirRecord(const FhirCaseData& data);

    const FhirIds& ids() const { return m_ids; }
    QString patientUrl() const;
    QString conditionUrl() const;
    // The entries ({fullUrl, resource}), Patient first, then Condition, stages, observations,
    // medication requests, procedures, toxicity grades and responses, each group in record order.
    QJsonArray entries() const;

private:
    QJsonObject patient() const;
    QJsonObject condition(const QJsonArray& stageRefs) const;
    void addStages(QJsonArray& out, QJsonArray& refs) const;
    void addObservations(QJsonArray& out) const;
    void addTherapyLines(QJsonArray& out) const;
    void addTransplants(QJsonArray& out) const;
    void addInfusion(QJsonArray& out) const;
    void addToxicity(QJsonArray& out) const;
    void addResponses(QJsonArray& out) const;
    QJsonObject subject() const;

    const FhirCaseData& m_data;
    FhirIds m_ids;
};

} // namespace cb::exports
