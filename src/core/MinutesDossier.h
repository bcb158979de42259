#pragma once

#include "core/Meeting.h"
#include "core/Review.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>
#include <optional>

namespace cb::core {

// One agenda case as it goes into the minutes: who, what was decided in this meeting (the verdict
// whose attendance check names the meeting), its dissent and actions.
struct MinutesCase
{
    AgendaItem item;
    Indication indication = Indication::Other;
    std::optional<Decision> decision; // taken in this meeting, if any
    QStringList excludedMembers;      // conflict of interest for this case
};

// Everything the minutes of a meeting show; plain data, rendered by the report layer. The
// minutes are final only once the chair has signed them; anything else prints as a DRAFT with
// the planned attendance and agenda.
struct MinutesDossier
{
    QString institution;
    QDateTime generatedAt;                 // UTC
    QTimeZone timeZone = QTimeZone::utc(); // the zone times print in
    Meeting meeting;
    AttendanceRule rule;
    QList<MinutesCase> cases;
    qint64 auditSeq = 0;
    QString auditHash;

    bool isFinal() const { return meeting.minutesSignature.has_value(); }
};

} // namespace cb::core
