#include "core/VerdictMeeting.h"

#include "core/Clock.h"

#include <QJsonArray>

namespace cb::core {

namespace {

QStringList strings(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& x : v.toArray())
        if (!x.toString().isEmpty())
            out << x.toString();
    return out;
}

QString when(const QDateTime& utc, const QTimeZone& zone)
{
    return utc.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString day(const QDateTime& utc, const QTimeZone& zone)
{
    return utc.toTimeZone(zone).date().toString(Qt::ISODate);
}

} // namespace

VerdictMeeting VerdictMeeting::fromQuorum(const QJsonObject& quorum, const QDateTime& signedAt)
{
    VerdictMeeting m;
    m.signedAt = signedAt;
    if (quorum.isEmpty())
        return m; // the quorum and attendance are stored when the chair signs
    if (!quorum.contains(QStringLiteral("attendance"))) {
        m.where = Where::NotRecorded;
        return m;
    }
    const QJsonObject a = quorum.value(QStringLiteral("attendance")).toObject();
    m.meetingId = a.value(QStringLiteral("meeting_id")).toInteger();
    m.where = m.meetingId != 0 ? Where::InMeeting : Where::Outside;
    m.meetingRequired = a.value(QStringLiteral("meeting_required")).toBool();
    m.ruleMet = a.value(QStringLiteral("met")).toBool();
    m.anyOfPresent = a.value(QStringLiteral("any_of_present")).toInt();
    m.anyOfNeeded = a.value(QStringLiteral("any_of_needed")).toInt();
    for (const QString& id : strings(a.value(QStringLiteral("missing_required"))))
        if (auto d = fromId(disciplines(), id))
            m.missingRequired << *d;
    if (m.where != Where::InMeeting)
        return m;
    m.presentMembers = strings(a.value(QStringLiteral("present_members")));
    m.excludedMembers = strings(a.value(QStringLiteral("excluded_members")));
    const QString starts = a.value(QStringLiteral("meeting_starts_at")).toString();
    if (!starts.isEmpty())
        m.startsAt = fromIsoUtc(starts);
    m.durationMinutes = a.value(QStringLiteral("meeting_minutes")).toInt();
    m.chairName = a.value(QStringLiteral("chair")).toString();
    return m;
}

VerdictMeeting VerdictMeeting::of(const Decision& decision)
{
    if (!decision.isSigned)
        return {};
    return fromQuorum(decision.quorum, decision.signature ? decision.signature->signedAt : QDateTime());
}

bool VerdictMeeting::signedAfterMeeting() const
{
    return inMeeting() && startsAt.isValid() && signedAt.isValid() && durationMinutes > 0 &&
           signedAt > startsAt.addSecs(qint64(durationMinutes) * 60);
}

QString VerdictMeeting::meetingText(const QTimeZone& zone) const
{
    switch (where) {
    case Where::NotSigned:
        return tr("Recorded when the chair signs the verdict");
    case Where::NotRecorded:
        return tr("Not recorded with this verdict");
    case Where::Outside:
        return tr("Outside a meeting");
    case Where::InMeeting:
        break;
    }
    QString text =
        startsAt.isValid() ? tr("Meeting of %1").arg(when(startsAt, zone)) : tr("Meeting %1").arg(meetingId);
    if (!chairName.isEmpty())
        text = tr("%1, chaired by %2").arg(text, chairName);
    if (signedAfterMeeting())
        text += QStringLiteral(". ") +
                tr("The verdict was signed on %1, after the meeting.").arg(when(signedAt, zone));
    return text;
}

QString VerdictMeeting::attendanceText() const
{
    switch (where) {
    case Where::NotSigned:
        return tr("Checked when the chair signs the verdict.");
    case Where::NotRecorded:
        return tr("Not recorded with this verdict.");
    case Where::Outside:
        return tr("None: no meeting attendance was checked for this verdict.");
    case Where::InMeeting:
        break;
    }
    QStringList parts;
    parts << (presentMembers.isEmpty() ? tr("No member was recorded present.")
                                       : tr("Present: %1.").arg(presentMembers.join(QStringLiteral(", "))));
    if (ruleMet) {
        parts << tr("Attendance rule met.");
    } else {
        QStringList missing;
        for (const auto d : missingRequired)
            missing << label(d);
        QStringList why;
        if (!missing.isEmpty())
            why << tr("%1 missing").arg(missing.join(QStringLiteral(", ")));
        if (anyOfPresent < anyOfNeeded)
            why << tr("%1 of the %2 other specialties needed").arg(anyOfPresent).arg(anyOfNeeded);
        parts << (why.isEmpty() ? tr("Attendance rule not met (recorded with the verdict).")
                                : tr("Attendance rule not met (recorded with the verdict): %1.")
                                      .arg(why.join(QStringLiteral("; "))));
    }
    if (!excludedMembers.isEmpty())
        parts
            << tr("Excluded for a conflict of interest: %1.").arg(excludedMembers.join(QStringLiteral(", ")));
    return parts.join(QLatin1Char(' '));
}

QString VerdictMeeting::statement(const QTimeZone& zone) const
{
    if (where == Where::Outside)
        return tr("Outside a meeting");
    if (where != Where::InMeeting)
        return meetingText(zone);
    QStringList inner;
    if (!chairName.isEmpty())
        inner << tr("chair %1").arg(chairName);
    inner << (presentMembers.isEmpty() ? tr("no member recorded present")
                                       : tr("present: %1").arg(presentMembers.join(QStringLiteral(", "))));
    const QString meeting =
        startsAt.isValid() ? tr("Meeting of %1").arg(day(startsAt, zone)) : tr("Meeting %1").arg(meetingId);
    return tr("%1 (%2)").arg(meeting, inner.join(QStringLiteral("; ")));
}

QString VerdictMeeting::shortMeetingText(const QTimeZone& zone) const
{
    switch (where) {
    case Where::NotSigned:
        return tr("Not signed yet");
    case Where::NotRecorded:
        return tr("Not recorded");
    case Where::Outside:
        return tr("Outside a meeting");
    case Where::InMeeting:
        break;
    }
    return startsAt.isValid() ? tr("Meeting of %1").arg(day(startsAt, zone))
                              : tr("Meeting %1").arg(meetingId);
}

QString VerdictMeeting::shortAttendanceText() const
{
    if (where == Where::Outside)
        return tr("None checked");
    if (where != Where::InMeeting)
        return QStringLiteral("—");
    const int n = int(presentMembers.size());
    return ruleMet ? tr("%n present, rule met", nullptr, n) : tr("%n present, rule not met", nullptr, n);
}

} // namespace cb::core
