#pragma once

#include "core/pathway/PathwayVocabulary.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace cb::core {

// A scheduled follow-up visit and, once done, what it found (SPEC §5 steps 11-14, §5.1): the
// response in the case's scheme, MRD, and late effects in `details`: cytopenias (text),
// igg_mg_dl, cd4_per_ul, infections (text), secondary_malignancy (bool) and its text, comment.
struct FollowUpVisit
{
    qint64 id = 0;
    qint64 caseId = 0;
    QString visit; // day_28, day_90, day_180, day_365, year_2 … year_15
    int day = 0;
    QDate dueDate;
    QDate doneDate;
    QString response;    // category id of the scheme, empty until done
    QString ruleVersion; // IMWG-2016, Lugano-2014, ALL-CR-MRD
    MrdStatus mrd = MrdStatus::NotDone;
    QJsonObject details;
    qint64 recordedBy = 0;
    QString recordedByName;
    QDateTime updatedAt;
    qint64 rowVersion = 0;

    bool isDone() const { return doneDate.isValid(); }
};

// A follow-up row of the program-wide list: the visit with its case and patient.
struct FollowUpListEntry
{
    FollowUpVisit visit;
    QString patientName;
    QString mrn;
    QString caseState;
};

} // namespace cb::core
