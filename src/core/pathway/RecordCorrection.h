#pragma once

#include <QDateTime>
#include <QString>

namespace cb::core {

// How a recorded pathway step or monitoring assessment was corrected: clinical records are never
// deleted or overwritten. A voided record stays readable with who voided it, when and why; a
// corrected one is superseded by the replacement that names it (`supersedes`). Only current
// records (neither voided nor superseded) count for ordering, grades, charts and state.
struct RecordCorrection
{
    QDateTime voidedAt; // UTC; invalid while not voided
    qint64 voidedBy = 0;
    QString voidedByName;
    QString voidReason;      // free text: never logged
    qint64 supersededBy = 0; // the replacement's id; 0 while current
    qint64 supersedes = 0;   // the id this record replaces; 0 for an original

    bool isVoided() const { return voidedAt.isValid(); }
    bool isSuperseded() const { return supersededBy != 0; }
    bool isCurrent() const { return !isVoided() && !isSuperseded(); }
};

} // namespace cb::core
