#pragma once

#include "core/Review.h"
#include "core/Vocabulary.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

namespace cb::core {

// Where the board's verdict was taken, as its signature recorded it: in a meeting (when, who
// chaired, who was present, whether the attendance rule was met) or outside a meeting. Read from
// the attendance check stored with the signed verdict (Decision::quorum), so it states what held
// when the chair signed, not what the meeting's record says today.
struct VerdictMeeting
{
    Q_DECLARE_TR_FUNCTIONS(cb::core::VerdictMeeting)
public:
    enum class Where {
        NotSigned,   // a draft: the meeting is recorded when the chair signs
        NotRecorded, // signed before attendance was recorded with verdicts
        Outside,     // signed outside a meeting
        InMeeting,
    };

    Where where = Where::NotSigned;
    qint64 meetingId = 0;
    QDateTime startsAt; // UTC; invalid when not stored (services fill it from the meeting)
    int durationMinutes = 0;
    QString chairName;
    QStringList presentMembers;  // printed names
    QStringList excludedMembers; // conflict of interest for this case
    bool ruleMet = false;        // the program's attendance rule
    QList<Discipline> missingRequired;
    int anyOfPresent = 0;
    int anyOfNeeded = 0;
    bool meetingRequired = false; // the program required a meeting when the verdict was signed
    QDateTime signedAt;           // UTC; invalid when unknown

    // From a verdict's stored quorum (its "attendance" object) and, when known, its signing time.
    static VerdictMeeting fromQuorum(const QJsonObject& quorum, const QDateTime& signedAt = {});
    static VerdictMeeting of(const Decision& decision);

    bool inMeeting() const { return where == Where::InMeeting; }
    // Signed after the meeting's planned end (the chair signed later, away from the table).
    bool signedAfterMeeting() const;

    // The meeting in words: "Meeting of 2026-12-01 16:00, chaired by Dr X", "Outside a meeting" …
    QString meetingText(const QTimeZone& zone) const;
    // Who was present and whether the attendance rule was met, or why there is no attendance.
    QString attendanceText() const;
    // Both in one line: "Meeting of 2026-12-01 (chair X; present: A, B, C)" or "Outside a meeting".
    QString statement(const QTimeZone& zone) const;
    // Short forms for a table cell.
    QString shortMeetingText(const QTimeZone& zone) const;
    QString shortAttendanceText() const;
};

} // namespace cb::core
