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

// A line of prior therapy. Drug classes are stable ids: pi, imid, anti_cd38, bcma_directed,
// anti_cd20, alkylator, anthracycline, chemotherapy, bispecific, adc, btki, bcl2i, car_t, other.
struct TherapyLine
{
    qint64 id = 0;
    int lineNumber = 0;
    QString regimen;
    QStringList drugClasses;
    PartialDate startDate;
    PartialDate endDate;
    QString bestResponse; // e.g. CR, VGPR, PR, SD, PD
    bool refractory = false;
    bool lenalidomideRefractory = false;
    qint64 rowVersion = 0;
};

struct Transplant
{
    qint64 id = 0;
    QString kind; // autologous | allogeneic
    PartialDate date;
    QString notes;
    qint64 rowVersion = 0;
};

// A measured or assessed value with its unit and date (labs, ECOG, LVEF, SpO2 …).
struct Observation
{
    qint64 id = 0;
    QString code; // stable code, e.g. lvef, spo2, ecog, anc, platelets, hemoglobin, bilirubin, crcl
    std::optional<double> value;
    QString valueText; // for coded answers
    QString unit;
    QDate observedOn;
    qint64 rowVersion = 0;
};

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

// A case with its disease history, as the case page and the summary need it.
struct CaseRecord
{
    qint64 id = 0;
    Patient patient;
    Indication indication = Indication::Other;
    QString intendedProduct;
    QString referrer;
    QString referrerQuestion;
    QDate referralDate;
    CaseState state = CaseState::Referred;
    std::optional<CloseReason> closeReason;
    QString closeDetail;
    QString diagnosis;
    PartialDate diagnosisDate;
    QString staging;
    QString cytogeneticRisk;
    bool extramedullaryDisease = false;
    QString extramedullarySites;
    QString cnsDisease; // none | treated | active
    qint64 rowVersion = 0;

    QList<TherapyLine> therapyLines;
    QList<Transplant> transplants;
    QList<Observation> observations;
};

} // namespace cb::core
