#include "services/DemoMeetings.h"

#include "services/DemoUsers.h"
#include "services/MeetingService.h"
#include "services/Workspace.h"
#include "storage/UserRepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace cb::services {

namespace {

QString tr(const char* s)
{
    return QCoreApplication::translate("cb::services", s);
}

Error inMeeting(const QString& key, const Error& e)
{
    Error out = e;
    out.message = tr("Demo meeting \"%1\": %2").arg(key, e.message);
    return out;
}

} // namespace

Status DemoMeetings::schedule(const QHash<QString, qint64>& caseIds)
{
    DemoUsers users(m_ws.database());
    QFile f(QStringLiteral(":/demo/demo_meetings.json"));
    if (!f.open(QIODevice::ReadOnly))
        return Error::failure(tr("The demo meetings are missing from this build."));
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
    if (!doc.isObject())
        return Error::failure(tr("The demo meetings are not valid JSON."));
    m_meetings = doc.object().value(QStringLiteral("meetings")).toArray();

    auto coordinator = users.byName(QStringLiteral("coordinator"));
    if (!coordinator.ok())
        return coordinator.error();
    auto& meetings = m_ws.meetings();
    const QDate today = m_ws.clock().nowUtc().date();
    for (const QJsonValue& mv : m_meetings) {
        const QJsonObject o = mv.toObject();
        const QString key = o.value(QStringLiteral("key")).toString();
        MeetingInput in;
        in.startsAt = QDateTime(
            today.addDays(o.value(QStringLiteral("days_from_today")).toInt()),
            QTime::fromString(o.value(QStringLiteral("time_utc")).toString(), QStringLiteral("HH:mm")),
            Qt::UTC);
        in.durationMinutes = o.value(QStringLiteral("duration_minutes")).toInt(60);
        in.type = core::fromId(core::meetingTypes(), o.value(QStringLiteral("type")).toString())
                      .value_or(core::MeetingType::Screening);
        in.mode = core::fromId(core::meetingModes(), o.value(QStringLiteral("mode")).toString())
                      .value_or(core::MeetingMode::InPerson);
        in.location = o.value(QStringLiteral("location")).toString();
        auto id = meetings.schedule(*coordinator, in);
        if (!id.ok())
            return inMeeting(key, id.error());
        m_ids.insert(key, *id);
        for (const QJsonValue& iv : o.value(QStringLiteral("agenda")).toArray()) {
            const QJsonObject item = iv.toObject();
            const QString caseKey = item.value(QStringLiteral("case")).toString();
            if (!caseIds.contains(caseKey))
                return inMeeting(key, Error::badInput(tr("unknown case \"%1\"").arg(caseKey)));
            auto added = meetings.addToAgenda(*coordinator, *id, caseIds.value(caseKey),
                                              item.value(QStringLiteral("presenter")).toString(),
                                              item.value(QStringLiteral("slot_minutes")).toInt(10));
            if (!added.ok())
                return inMeeting(key, added.error());
        }
        for (const QJsonValue& cv : o.value(QStringLiteral("conflicts")).toArray()) {
            const QJsonObject c = cv.toObject();
            auto member = users.byName(c.value(QStringLiteral("user")).toString());
            if (!member.ok())
                return inMeeting(key, member.error());
            if (auto st = meetings.setConflict(
                    *coordinator, *id, caseIds.value(c.value(QStringLiteral("case")).toString()), member->id,
                    true, c.value(QStringLiteral("reason")).toString());
                !st.ok())
                return inMeeting(key, st.error());
        }
        const bool past = o.value(QStringLiteral("days_from_today")).toInt() < 0;
        if (past && !o.contains(QStringLiteral("cancel_reason"))) {
            // Everyone invited was there, except those listed.
            const QJsonObject notPresent = o.value(QStringLiteral("not_present")).toObject();
            auto full = meetings.meeting(*coordinator, *id);
            if (!full.ok())
                return inMeeting(key, full.error());
            for (const auto& a : full->attendees) {
                auto account = storage::UserRepository(m_ws.database()).findById(a.userId);
                if (!account.ok() || !account->has_value())
                    continue;
                const QString username = (*account)->account.identity.username;
                const auto presence =
                    notPresent.contains(username)
                        ? core::fromId(core::presences(), notPresent.value(username).toString())
                              .value_or(core::Presence::Absent)
                        : core::Presence::Present;
                if (auto st = meetings.setAttendance(*coordinator, *id, a.userId, presence); !st.ok())
                    return inMeeting(key, st.error());
            }
        }
    }
    return {};
}

Status DemoMeetings::finish()
{
    DemoUsers users(m_ws.database());
    auto chair = users.byName(QStringLiteral("chair"));
    if (!chair.ok())
        return chair.error();
    auto coordinator = users.byName(QStringLiteral("coordinator"));
    if (!coordinator.ok())
        return coordinator.error();
    auto& meetings = m_ws.meetings();
    for (const QJsonValue& mv : m_meetings) {
        const QJsonObject o = mv.toObject();
        const QString key = o.value(QStringLiteral("key")).toString();
        const qint64 id = m_ids.value(key);
        if (o.value(QStringLiteral("add_suggestions")).toBool()) {
            auto suggested = meetings.suggestions(*coordinator, id);
            if (!suggested.ok())
                return inMeeting(key, suggested.error());
            for (const auto& s : *suggested)
                if (auto added = meetings.addToAgenda(*coordinator, id, s.caseId, QString(), 10); !added.ok())
                    return inMeeting(key, added.error());
        }
        if (const QString reason = o.value(QStringLiteral("cancel_reason")).toString(); !reason.isEmpty()) {
            auto m = meetings.meeting(*coordinator, id);
            if (!m.ok())
                return inMeeting(key, m.error());
            if (auto st = meetings.cancel(*coordinator, id, m->rowVersion, reason); !st.ok())
                return inMeeting(key, st.error());
        }
        if (o.value(QStringLiteral("sign_minutes")).toBool())
            if (auto s = meetings.signMinutes(*chair, id, m_password); !s.ok())
                return inMeeting(key, s.error());
    }
    return {};
}

} // namespace cb::services
