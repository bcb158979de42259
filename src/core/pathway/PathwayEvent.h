#pragma once

#include "core/pathway/PathwayVocabulary.h"
#include "core/pathway/RecordCorrection.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

namespace cb::core {

// One step of a case's treatment pathway as recorded: its date (the first day for bridging and
// lymphodepletion, which also have an end date), the step's details (regimen, doses, lot …, see
// PathwayDetails), and the notes the rules attached when it was recorded (timing warnings, the
// HT-high prophylaxis prompt).
struct PathwayEvent
{
    qint64 id = 0;
    qint64 caseId = 0;
    PathwayEventType type = PathwayEventType::Apheresis;
    QDate date;
    QDate endDate; // bridging and lymphodepletion; equal to date when given as one day
    QJsonObject details;
    QStringList notes;
    qint64 recordedBy = 0;
    QString recordedByName;
    QDateTime recordedAt;
    qint64 rowVersion = 0;
    RecordCorrection correction; // voided or superseded: shown, but no longer counts

    bool isCurrent() const { return correction.isCurrent(); }
    QDate lastDay() const { return endDate.isValid() ? endDate : date; }
};

} // namespace cb::core
