#pragma once

#include "core/checklist/ChecklistStatus.h"
#include "core/checklist/LocalizedText.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace cb::core {

// The engine's verdict on one item: a status with its reasons, most severe first.
struct ItemEvaluation
{
    QString itemId;
    ChecklistStatus status = ChecklistStatus::NotAssessed;
    QList<LocalizedText> reasons; // why concern / contraindication / not assessed
    QList<LocalizedText> notes;   // information: label in force, reference date used, not applicable
    QString evidence;             // of the most severe rule that fired, else of the item
    QString source;
    bool unverified = false; // an [U] item, rule or label entry took part
    bool stale = false;
    bool prefilled = false;

    QJsonObject toJson() const;
};

} // namespace cb::core
