#include "core/Meeting.h"

#include "core/Clock.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <array>

namespace cb::core {

namespace {

constexpr std::array kMeetingTypes{
    StableIdEntry<MeetingType>{MeetingType::Screening, "screening",
                               QT_TRANSLATE_NOOP("cb::core", "Screening")},
    StableIdEntry<MeetingType>{MeetingType::PreLymphodepletion, "pre_lymphodepletion",
                               QT_TRANSLATE_NOOP("cb::core", "Pre-lymphodepletion go/no-go")},
    StableIdEntry<MeetingType>{MeetingType::PostInfusion, "post_infusion",
                               QT_TRANSLATE_NOOP("cb::core", "Post-infusion review")},
    StableIdEntry<MeetingType>{MeetingType::FollowUp, "follow_up",
                               QT_TRANSLATE_NOOP("cb::core", "Follow-up")},
};

constexpr std::array kMeetingModes{
    StableIdEntry<MeetingMode>{MeetingMode::InPerson, "in_person",
                               QT_TRANSLATE_NOOP("cb::core", "In person")},
    StableIdEntry<MeetingMode>{MeetingMode::Virtual, "virtual", QT_TRANSLATE_NOOP("cb::core", "Virtual")},
    StableIdEntry<MeetingMode>{MeetingMode::Hybrid, "hybrid", QT_TRANSLATE_NOOP("cb::core", "Hybrid")},
};

constexpr std::array kMeetingStatuses{
    StableIdEntry<MeetingStatus>{MeetingStatus::Scheduled, "scheduled",
                                 QT_TRANSLATE_NOOP("cb::core", "Scheduled")},
    StableIdEntry<MeetingStatus>{MeetingStatus::Cancelled, "cancelled",
                                 QT_TRANSLATE_NOOP("cb::core", "Cancelled")},
};

constexpr std::array kPresences{
    StableIdEntry<Presence>{Presence::Expected, "expected", QT_TRANSLATE_NOOP("cb::core", "Expected")},
    StableIdEntry<Presence>{Presence::Present, "present", QT_TRANSLATE_NOOP("cb::core", "Present")},
    StableIdEntry<Presence>{Presence::Absent, "absent", QT_TRANSLATE_NOOP("cb::core", "Absent")},
    StableIdEntry<Presence>{Presence::Excused, "excused", QT_TRANSLATE_NOOP("cb::core", "Excused")},
};

QJsonArray disciplineIds(const QList<Discipline>& list)
{
    QJsonArray a;
    for (const auto d : list)
        a.append(toId(d));
    return a;
}

} // namespace

std::span<const StableIdEntry<MeetingType>> meetingTypes()
{
    return kMeetingTypes;
}
std::span<const StableIdEntry<MeetingMode>> meetingModes()
{
    return kMeetingModes;
}
std::span<const StableIdEntry<MeetingStatus>> meetingStatuses()
{
    return kMeetingStatuses;
}
std::span<const StableIdEntry<Presence>> presences()
{
    return kPresences;
}

bool Attendee::presentAt(const QDateTime& at) const
{
    if (presence != Presence::Present)
        return false;
    if (arrivedAt.isValid() && at.isValid() && arrivedAt > at)
        return false;
    if (leftAt.isValid() && at.isValid() && leftAt <= at)
        return false;
    return true;
}

const AgendaItem* Meeting::itemForCase(qint64 caseId) const
{
    for (const auto& item : agenda)
        if (item.caseId == caseId)
            return &item;
    return nullptr;
}

QDateTime Meeting::slotStart(int index) const
{
    qint64 minutes = 0;
    for (int i = 0; i < index && i < agenda.size(); ++i)
        minutes += agenda.at(i).slotMinutes;
    return startsAt.addSecs(minutes * 60);
}

bool Meeting::agendaOverruns() const
{
    return !agenda.isEmpty() && slotStart(int(agenda.size())) > endsAt();
}

QByteArray Meeting::minutesContent() const
{
    QJsonObject o{{QStringLiteral("meeting_id"), id},
                  {QStringLiteral("starts_at"), toIsoUtc(startsAt)},
                  {QStringLiteral("duration_minutes"), durationMinutes},
                  {QStringLiteral("type"), toId(type)},
                  {QStringLiteral("mode"), toId(mode)},
                  {QStringLiteral("location"), location},
                  {QStringLiteral("chair_id"), chairId}};
    QJsonArray people;
    for (const auto& a : attendees)
        people.append(QJsonObject{
            {QStringLiteral("user_id"), a.userId},
            {QStringLiteral("presence"), toId(a.presence)},
            {QStringLiteral("arrived_at"), a.arrivedAt.isValid() ? toIsoUtc(a.arrivedAt) : QString()},
            {QStringLiteral("left_at"), a.leftAt.isValid() ? toIsoUtc(a.leftAt) : QString()}});
    o.insert(QStringLiteral("attendance"), people);
    QJsonArray items;
    for (const auto& i : agenda) {
        QJsonArray excluded;
        for (const auto u : i.excludedUserIds)
            excluded.append(u);
        items.append(QJsonObject{{QStringLiteral("case_id"), i.caseId},
                                 {QStringLiteral("position"), i.position},
                                 {QStringLiteral("presenter"), i.presenter},
                                 {QStringLiteral("excluded"), excluded}});
    }
    o.insert(QStringLiteral("agenda"), items);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString AttendanceCheck::summary() const
{
    QStringList missing;
    for (const auto d : missingRequired)
        missing << label(d);
    if (met)
        return tr("Attendance rule met: %1 present.").arg(presentMembers.join(QStringLiteral(", ")));
    QString text = tr("Attendance rule not met.");
    if (!missing.isEmpty())
        text += QLatin1Char(' ') + tr("Missing: %1.").arg(missing.join(QStringLiteral(", ")));
    if (anyOfPresent < anyOfCount)
        text += QLatin1Char(' ') +
                tr("%1 of the %2 other specialties needed are present.").arg(anyOfPresent).arg(anyOfCount);
    text += QLatin1Char(' ') + (blocks ? tr("This blocks the verdict.") : tr("Recorded with the verdict."));
    return text;
}

QJsonObject AttendanceCheck::toJson() const
{
    QJsonArray present;
    for (const auto& n : presentMembers)
        present.append(n);
    QJsonArray excluded;
    for (const auto& n : excludedMembers)
        excluded.append(n);
    QJsonObject o{{QStringLiteral("meeting_id"), meetingId},
                  {QStringLiteral("met"), met},
                  {QStringLiteral("blocks"), blocks},
                  {QStringLiteral("meeting_required"), meetingRequired},
                  {QStringLiteral("present_disciplines"), disciplineIds(presentDisciplines)},
                  {QStringLiteral("missing_required"), disciplineIds(missingRequired)},
                  {QStringLiteral("any_of_present"), anyOfPresent},
                  {QStringLiteral("any_of_needed"), anyOfCount},
                  {QStringLiteral("present_members"), present},
                  {QStringLiteral("excluded_members"), excluded}};
    if (meetingId != 0) {
        o.insert(QStringLiteral("meeting_starts_at"),
                 meetingStartsAt.isValid() ? toIsoUtc(meetingStartsAt) : QString());
        o.insert(QStringLiteral("meeting_minutes"), meetingMinutes);
        o.insert(QStringLiteral("chair"), chairName);
    }
    return o;
}

AttendanceCheck checkAttendance(const AttendanceRule& rule, const Meeting& meeting, qint64 caseId,
                                const QDateTime& at)
{
    AttendanceCheck c;
    c.meetingId = meeting.id;
    c.meetingStartsAt = meeting.startsAt;
    c.meetingMinutes = meeting.durationMinutes;
    c.chairName = meeting.chairName;
    c.blocks = rule.blocksVerdict;
    c.meetingRequired = rule.meetingRequired;
    c.anyOfCount = rule.anyOfCount;
    const AgendaItem* item = meeting.itemForCase(caseId);
    for (const auto& a : meeting.attendees) {
        if (item && item->excludedUserIds.contains(a.userId)) {
            c.excludedMembers << a.printedName;
            continue;
        }
        if (!a.presentAt(at))
            continue;
        c.presentMembers << a.printedName;
        if (a.discipline && !c.presentDisciplines.contains(*a.discipline))
            c.presentDisciplines << *a.discipline;
    }
    for (const auto d : rule.required)
        if (!c.presentDisciplines.contains(d))
            c.missingRequired << d;
    for (const auto d : rule.anyOf)
        if (c.presentDisciplines.contains(d) && !rule.required.contains(d))
            ++c.anyOfPresent;
    c.met = c.missingRequired.isEmpty() && c.anyOfPresent >= rule.anyOfCount;
    return c;
}

} // namespace cb::core
