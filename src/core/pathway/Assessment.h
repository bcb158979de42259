#pragma once

#include "core/grading/CrsTypes.h"
#include "core/grading/IcansTypes.h"
#include "core/grading/IceTypes.h"
#include "core/pathway/RecordCorrection.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace cb::core {

// What was done for the patient at an assessment (SPEC §5 step 9).
struct Interventions
{
    double tocilizumabMg = 0.0; // 0: none given
    QString steroid;            // drug and dose as given, e.g. "dexamethasone 10 mg IV"
    bool icuTransfer = false;
    QString other;

    bool any() const { return tocilizumabMg > 0 || !steroid.isEmpty() || icuTransfer || !other.isEmpty(); }
    bool anticytokineOrSteroid() const { return tocilizumabMg > 0 || !steroid.isEmpty(); }
};

// One monitoring assessment as entered: the time, the CRS and ICANS inputs (with the ICE items
// when the ICE was done) and the interventions.
struct AssessmentInput
{
    QDateTime time; // as entered (its offset gives the clinical day)
    CrsInput crs;
    IcansInput icans;
    bool iceDone = false;
    IceInput ice;
    Interventions interventions;
    bool attributableToOtherCause = false; // SPEC §6: recorded with the grades
    QString freeText;
    QJsonObject raw; // the fields as entered, with their units
};

struct AssessmentResult
{
    CrsResult crs;
    IcansResult icans;
    bool iceDone = false;
    IceResult ice;
};

// A stored assessment: inputs with units, outputs, rule version and assessor (SPEC §6).
struct Assessment
{
    qint64 id = 0;
    qint64 caseId = 0;
    QDateTime assessedAt; // UTC
    int day = 0;          // days since infusion (day 0)
    QJsonObject inputs;
    QJsonObject outputs;
    int crsGrade = 0;
    int icansGrade = 0;
    int iceScore = -1; // -1: not done
    double temperatureC = 0.0;
    QJsonObject interventions;
    bool attributableToOtherCause = false;
    QString freeText;
    QString ruleVersion;
    qint64 assessorId = 0;
    QString assessorName;
    QDateTime recordedAt;
    qint64 rowVersion = 0;
    RecordCorrection correction; // voided or superseded: shown, but no longer counts

    bool isCurrent() const { return correction.isCurrent(); }
};

} // namespace cb::core
