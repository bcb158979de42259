#pragma once

#include "core/PartialDate.h"
#include "core/Patient.h"
#include "core/Vocabulary.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace cb::core {

// How an entry of the patient's record is kept: never updated in place. A correction is a new
// row naming the one it replaces (`supersedes`) with a reason; "entered in error" voids a row
// with a reason. The current record is the rows neither voided nor superseded.
struct RecordEntryState
{
    qint64 supersedes = 0;   // the row this one replaces (0 = an original entry)
    qint64 supersededBy = 0; // filled on read: the row that replaced this one
    QString correctionReason;
    QDateTime voidedAt; // invalid = not voided
    QString voidReason;
    qint64 caseId = 0; // the case it was entered through (provenance; the record is the patient's)
    QDateTime createdAt;

    bool isCurrent() const { return supersededBy == 0 && !voidedAt.isValid(); }
};

// One drug of a therapy line, with its class (from the drug vocabulary, or chosen by hand for a
// drug the vocabulary does not know) and whether the disease was refractory to it
// (std::nullopt = not known).
struct LineDrug
{
    QString name;      // vocabulary id (lower case, e.g. "lenalidomide") or the name as typed
    QString drugClass; // class id, e.g. "imid"
    std::optional<bool> refractory;

    friend bool operator==(const LineDrug&, const LineDrug&) = default;
};

// A line of prior therapy (INTAKE.md §5). Drug classes are stable ids of the drug vocabulary.
struct TherapyLine
{
    qint64 id = 0;
    int lineNumber = 0;
    QString regimen;
    QList<LineDrug> drugs;
    // Classes of the line: those of `drugs`, or, for lines recorded before per-drug entry, as
    // stored (legacy ids such as pi, imid, anti_cd38, bcma_directed, car_t).
    QStringList drugClasses;
    PartialDate startDate;
    PartialDate endDate; // empty with `ongoing` = still receiving
    bool ongoing = false;
    QString reasonStopped;  // progression | toxicity | completed | patient_choice | other | unknown
    QString bestResponse;   // e.g. sCR, CR, VGPR, PR, MR, SD, PD (IMWG); CMR, PMR, NMR, PMD (Lugano)
    QString responseScheme; // imwg | lugano | all
    QString intent;         // induction | consolidation | maintenance | salvage | bridging
    PartialDate progressionDate;
    bool refractory = false;             // refractory to the line (any drug refractory)
    bool lenalidomideRefractory = false; // refractory to lenalidomide on this line
    RecordEntryState entry;
    qint64 rowVersion = 0;
};

struct Transplant
{
    qint64 id = 0;
    QString kind; // autologous | allogeneic
    PartialDate date;
    QString conditioning; // e.g. melphalan 200 mg/m², reduced intensity
    QString donor; // allogeneic: matched_related | matched_unrelated | mismatched_unrelated | haploidentical
                   // | cord | unknown
    QString gvhd;  // allogeneic: none | acute | chronic | unknown
    QString notes;
    RecordEntryState entry;
    qint64 rowVersion = 0;
};

// A measured or assessed value with its unit and date (labs, ECOG, LVEF, SpO2 …). `value` and
// `unit` are canonical (INTAKE.md §6); the value and unit as entered are kept beside them.
struct Observation
{
    qint64 id = 0;
    QString code; // stable code, e.g. lvef, spo2, ecog, anc, platelets, hemoglobin, bilirubin, crcl
    std::optional<double> value;
    QString comparator; // "", "<", "<=", ">", ">="
    QString valueText;  // for coded answers
    QString unit;
    std::optional<double> enteredValue;
    QString enteredUnit;
    QDate observedOn;
    QDateTime observedAt; // when the time of day is known (UTC); invalid otherwise
    QString source;       // free text: the lab, the echo report …
    QString provenance;   // typed | demo | hl7 | fhir
    RecordEntryState entry;
    qint64 rowVersion = 0;
};

// Staging at diagnosis or at referral (INTAKE.md §4); empty = not recorded, "unknown" stated.
struct Staging
{
    QString iss;       // I | II | III | unknown (myeloma)
    QString riss;      // I | II | III | unknown (myeloma)
    QString annArbor;  // I | II | III | IV | unknown (lymphoma, Lugano)
    QString bulky;     // yes | no | unknown (lymphoma)
    QString cnsStatus; // cns1 | cns2 | cns3 | unknown (B-ALL)
    QString phStatus;  // positive | negative | unknown (B-ALL)
    QString text;      // free text kept from records made before structured staging

    bool isEmpty() const
    {
        return iss.isEmpty() && riss.isEmpty() && annArbor.isEmpty() && bulky.isEmpty() &&
               cnsStatus.isEmpty() && phStatus.isEmpty() && text.isEmpty();
    }
    friend bool operator==(const Staging&, const Staging&) = default;
};

// "ISS II · R-ISS II", "Ann Arbor IV, bulky", "CNS1 · Ph−" … with the free text kept from older records.
QString stagingText(const Staging& staging);

// The disease history of the patient, shared by all of their cases.
struct DiseaseHistory
{
    QString diagnosis;
    PartialDate diagnosisDate;
    Staging staging;
    QStringList cytogenetics; // del17p, t4_14, t14_16, gain1q, tp53 — markers found; "none" or "unknown"
    QString cytogeneticsNote; // the report in words (karyotype, FISH panel, dates)
    QString extramedullary;   // yes | no | unknown ("" = not recorded)
    QString extramedullarySites;
    QString cnsDisease;          // none | treated | active | unknown ("" = not recorded)
    QString targetAntigen;       // cd19 | bcma | cd22 | gprc5d | "" ; confirmed after the last line
    QString targetAntigenStatus; // positive | negative | not_tested | unknown
    PartialDate targetAntigenDate;
    QString targetAntigenMethod; // e.g. immunohistochemistry, flow cytometry
    QDateTime updatedAt;
    qint64 rowVersion = 0;

    friend bool operator==(const DiseaseHistory&, const DiseaseHistory&) = default;
};

// The markers found, in words, then the note: "del(17p), gain(1q) · FISH 2022: …".
QString cytogeneticsText(const DiseaseHistory& history);

// One row of the worklist.
struct CaseSummary
{
    qint64 caseId = 0;
    QString patientName;
    QString mrn;
    Indication indication = Indication::Other;
    CaseState state = CaseState::Referred;
    QDate referralDate;
};

// The referring clinician.
struct Referrer
{
    QString name;
    QString institution;
    QString contact;
};

// A case with the patient's record, as the case page and the summary need it.
struct CaseRecord
{
    qint64 id = 0;
    Patient patient;
    Indication indication = Indication::Other;
    QString subtype; // e.g. dlbcl_nos, hgbl, pmbcl, tfl (free id; the indication's subtypes)
    QString intendedProduct;
    QString referrer; // the referring clinician's name (legacy single field; see `referrerDetail`)
    Referrer referrerDetail;
    QString referrerQuestion;
    QDate referralDate;
    QString urgency;          // routine | urgent | emergency
    QString fundingReference; // funding / panel approval reference
    CaseState state = CaseState::Referred;
    std::optional<CloseReason> closeReason;
    QString closeDetail;
    // The patient's disease history (shared by every case of the patient), flattened for the
    // screens and documents that read it.
    QString diagnosis;
    PartialDate diagnosisDate;
    QString staging; // display text of `history.staging`
    QString cytogeneticRisk;
    bool extramedullaryDisease = false;
    QString extramedullarySites;
    QString cnsDisease; // none | treated | active
    DiseaseHistory history;
    QDateTime
        recordChangedAt; // last change of the patient's record (history, lines, transplants, observations)
    qint64 rowVersion = 0;

    // The current entries (neither voided nor superseded).
    QList<TherapyLine> therapyLines;
    QList<Transplant> transplants;
    QList<Observation> observations;
};

} // namespace cb::core
