#include "storage/MeetingRepository.h"

#include "core/Clock.h"
#include "storage/SqlSupport.h"

#include <QCoreApplication>

namespace cb::storage {

namespace {

Error staleError()
{
    return Error::conflict(QCoreApplication::translate(
        "cb::storage",
        "Someone else changed this meeting meanwhile. Reload it to see their version, then apply "
        "your change again."));
}

QString isoOrEmpty(const QDateTime& t)
{
    return t.isValid() ? core::toIsoUtc(t) : QString();
}

QDateTime timeOrInvalid(const QVariant& v)
{
    const QString s = v.toString();
    return s.isEmpty() ? QDateTime() : core::fromIsoUtc(s);
}

const QString kMeetingSelect = QStringLiteral(
    "SELECT m.id, m.starts_at, m.duration_minutes, m.meeting_type, m.mode, m.location, m.chair_id, "
    "u.printed_name, m.status, m.cancel_reason, m.created_at, m.updated_at, m.row_version FROM meeting m "
    "JOIN app_user u ON u.id = m.chair_id");

core::Meeting readMeeting(const QSqlQuery& q)
{
    core::Meeting m;
    m.id = q.value(0).toLongLong();
    m.startsAt = core::fromIsoUtc(q.value(1).toString());
    m.durationMinutes = q.value(2).toInt();
    m.type = core::fromId(core::meetingTypes(), q.value(3).toString()).value_or(core::MeetingType::Screening);
    m.mode = core::fromId(core::meetingModes(), q.value(4).toString()).value_or(core::MeetingMode::InPerson);
    m.location = q.value(5).toString();
    m.chairId = q.value(6).toLongLong();
    m.chairName = q.value(7).toString();
    m.status =
        core::fromId(core::meetingStatuses(), q.value(8).toString()).value_or(core::MeetingStatus::Scheduled);
    m.cancelReason = q.value(9).toString();
    m.createdAt = core::fromIsoUtc(q.value(10).toString());
    m.updatedAt = core::fromIsoUtc(q.value(11).toString());
    m.rowVersion = q.value(12).toLongLong();
    return m;
}

QVariantMap meetingBinds(const core::Meeting& m)
{
    return {{QStringLiteral("starts"), core::toIsoUtc(m.startsAt)},
            {QStringLiteral("duration"), m.durationMinutes},
            {QStringLiteral("type"), core::toId(m.type)},
            {QStringLiteral("mode"), core::toId(m.mode)},
            {QStringLiteral("location"), m.location},
            {QStringLiteral("chair"), m.chairId},
            {QStringLiteral("status"), core::toId(m.status)},
            {QStringLiteral("cancel"), m.cancelReason}};
}

Status expectOneRow(const Result<QSqlQuery>& q)
{
    if (!q.ok())
        return q.error();
    if (q->numRowsAffected() != 1)
        return staleError();
    return {};
}

} // namespace

Result<QList<core::Meeting>> MeetingRepository::list(const QDateTime& from, const QDateTime& to)
{
    QString sql = kMeetingSelect + QStringLiteral(" WHERE 1 = 1");
    QVariantMap binds;
    if (from.isValid()) {
        sql += QStringLiteral(" AND m.starts_at >= :from");
        binds.insert(QStringLiteral("from"), core::toIsoUtc(from));
    }
    if (to.isValid()) {
        sql += QStringLiteral(" AND m.starts_at < :to");
        binds.insert(QStringLiteral("to"), core::toIsoUtc(to));
    }
    sql += QStringLiteral(" ORDER BY m.starts_at, m.id");
    auto q = runQuery(m_db, sql, binds);
    if (!q.ok())
        return q.error();
    QList<core::Meeting> out;
    while (q->next())
        out << readMeeting(*q);
    // Agenda sizes for the list, in one query.
    auto counts = runQuery(
        m_db, QStringLiteral("SELECT meeting_id, case_id FROM agenda_item ORDER BY meeting_id, position"));
    if (!counts.ok())
        return counts.error();
    QHash<qint64, QList<qint64>> cases;
    while (counts->next())
        cases[counts->value(0).toLongLong()] << counts->value(1).toLongLong();
    for (auto& m : out)
        for (const auto caseId : cases.value(m.id)) {
            core::AgendaItem item;
            item.meetingId = m.id;
            item.caseId = caseId;
            m.agenda << item;
        }
    return out;
}

Result<std::optional<core::Meeting>> MeetingRepository::find(qint64 id)
{
    auto q =
        runQuery(m_db, kMeetingSelect + QStringLiteral(" WHERE m.id = :id"), {{QStringLiteral("id"), id}});
    if (!q.ok())
        return q.error();
    if (!q->next())
        return std::optional<core::Meeting>();
    core::Meeting m = readMeeting(*q);

    auto items =
        runQuery(m_db,
                 QStringLiteral("SELECT id, meeting_id, case_id, position, presenter, slot_minutes, "
                                "row_version FROM agenda_item WHERE meeting_id = :id ORDER BY position, id"),
                 {{QStringLiteral("id"), id}});
    if (!items.ok())
        return items.error();
    while (items->next()) {
        core::AgendaItem i;
        i.id = items->value(0).toLongLong();
        i.meetingId = items->value(1).toLongLong();
        i.caseId = items->value(2).toLongLong();
        i.position = items->value(3).toInt();
        i.presenter = items->value(4).toString();
        i.slotMinutes = items->value(5).toInt();
        i.rowVersion = items->value(6).toLongLong();
        m.agenda << i;
    }
    auto ex = runQuery(
        m_db,
        QStringLiteral("SELECT e.agenda_item_id, e.user_id FROM agenda_exclusion e JOIN agenda_item a "
                       "ON a.id = e.agenda_item_id WHERE a.meeting_id = :id"),
        {{QStringLiteral("id"), id}});
    if (!ex.ok())
        return ex.error();
    while (ex->next())
        for (auto& i : m.agenda)
            if (i.id == ex->value(0).toLongLong())
                i.excludedUserIds << ex->value(1).toLongLong();

    auto people = runQuery(m_db,
                           QStringLiteral("SELECT a.id, a.meeting_id, a.user_id, u.printed_name, u.roles, "
                                          "a.discipline, a.presence, a.arrived_at, "
                                          "a.left_at, a.row_version, u.username FROM attendance a JOIN "
                                          "app_user u ON u.id = a.user_id WHERE a.meeting_id = :id "
                                          "ORDER BY a.id"),
                           {{QStringLiteral("id"), id}});
    if (!people.ok())
        return people.error();
    while (people->next()) {
        core::Attendee a;
        a.id = people->value(0).toLongLong();
        a.meetingId = people->value(1).toLongLong();
        a.userId = people->value(2).toLongLong();
        a.printedName = people->value(3).toString();
        a.role = people->value(4).toString().section(QLatin1Char(','), 0, 0).trimmed();
        a.discipline = core::fromId(core::disciplines(), people->value(5).toString());
        a.presence =
            core::fromId(core::presences(), people->value(6).toString()).value_or(core::Presence::Expected);
        a.arrivedAt = timeOrInvalid(people->value(7));
        a.leftAt = timeOrInvalid(people->value(8));
        a.rowVersion = people->value(9).toLongLong();
        a.username = people->value(10).toString();
        m.attendees << a;
    }

    auto sig = runQuery(m_db,
                        QStringLiteral("SELECT id, record_type, record_id, signer_id, printed_name, role, "
                                       "discipline, meaning, signed_at, content_sha256 "
                                       "FROM signature WHERE record_type = 'minutes' AND record_id = :id"),
                        {{QStringLiteral("id"), id}});
    if (!sig.ok())
        return sig.error();
    if (sig->next()) {
        core::Signature s;
        s.id = sig->value(0).toLongLong();
        s.recordType = sig->value(1).toString();
        s.recordId = sig->value(2).toLongLong();
        s.signerId = sig->value(3).toLongLong();
        s.printedName = sig->value(4).toString();
        s.role = sig->value(5).toString();
        s.discipline = sig->value(6).toString();
        s.meaning = sig->value(7).toString();
        s.signedAt = core::fromIsoUtc(sig->value(8).toString());
        s.contentSha256 = sig->value(9).toString();
        m.minutesSignature = s;
    }
    return std::optional<core::Meeting>(m);
}

Result<qint64> MeetingRepository::insert(const core::Meeting& m, const QDateTime& now)
{
    QVariantMap binds = meetingBinds(m);
    binds.insert(QStringLiteral("now"), core::toIsoUtc(now));
    binds.insert(QStringLiteral("now2"), core::toIsoUtc(now));
    auto q = runQuery(m_db,
                      QStringLiteral("INSERT INTO meeting (starts_at, duration_minutes, meeting_type, mode, "
                                     "location, chair_id, status, cancel_reason, "
                                     "created_at, updated_at) VALUES (:starts, :duration, :type, :mode, "
                                     ":location, :chair, :status, :cancel, :now, "
                                     ":now2) RETURNING id"),
                      binds);
    if (!q.ok())
        return q.error();
    q->next();
    return q->value(0).toLongLong();
}

Status MeetingRepository::update(const core::Meeting& m, const QDateTime& now)
{
    QVariantMap binds = meetingBinds(m);
    binds.insert(QStringLiteral("now"), core::toIsoUtc(now));
    binds.insert(QStringLiteral("id"), m.id);
    binds.insert(QStringLiteral("v"), m.rowVersion);
    return expectOneRow(
        runQuery(m_db,
                 QStringLiteral("UPDATE meeting SET starts_at = :starts, duration_minutes = :duration, "
                                "meeting_type = :type, mode = :mode, "
                                "location = :location, chair_id = :chair, status = :status, cancel_reason = "
                                ":cancel, updated_at = :now, "
                                "row_version = row_version + 1 WHERE id = :id AND row_version = :v"),
                 binds));
}

Status MeetingRepository::markMinutesSigned(qint64 id, qint64 rowVersion, const QDateTime& now)
{
    return expectOneRow(runQuery(
        m_db,
        QStringLiteral(
            "UPDATE meeting SET minutes_status = 'signed', updated_at = :now, row_version = row_version + 1 "
            "WHERE id = :id AND row_version = :v"),
        {{QStringLiteral("now"), core::toIsoUtc(now)},
         {QStringLiteral("id"), id},
         {QStringLiteral("v"), rowVersion}}));
}

Result<qint64> MeetingRepository::insertAgendaItem(const core::AgendaItem& i)
{
    auto q = runQuery(
        m_db,
        QStringLiteral(
            "INSERT INTO agenda_item (meeting_id, case_id, position, presenter, slot_minutes) VALUES "
            "(:meeting, :case_id, :position, :presenter, :slot) RETURNING id"),
        {{QStringLiteral("meeting"), i.meetingId},
         {QStringLiteral("case_id"), i.caseId},
         {QStringLiteral("position"), i.position},
         {QStringLiteral("presenter"), i.presenter},
         {QStringLiteral("slot"), i.slotMinutes}});
    if (!q.ok())
        return q.error();
    q->next();
    return q->value(0).toLongLong();
}

Status MeetingRepository::updateAgendaItem(const core::AgendaItem& i)
{
    return expectOneRow(runQuery(
        m_db,
        QStringLiteral(
            "UPDATE agenda_item SET position = :position, presenter = :presenter, slot_minutes = :slot, "
            "row_version = row_version + 1 WHERE id = :id AND row_version = :v"),
        {{QStringLiteral("position"), i.position},
         {QStringLiteral("presenter"), i.presenter},
         {QStringLiteral("slot"), i.slotMinutes},
         {QStringLiteral("id"), i.id},
         {QStringLiteral("v"), i.rowVersion}}));
}

Status MeetingRepository::deleteAgendaItem(qint64 id, qint64 rowVersion)
{
    if (auto q = runQuery(m_db, QStringLiteral("DELETE FROM agenda_exclusion WHERE agenda_item_id = :id"),
                          {{QStringLiteral("id"), id}});
        !q.ok())
        return q.error();
    return expectOneRow(
        runQuery(m_db, QStringLiteral("DELETE FROM agenda_item WHERE id = :id AND row_version = :v"),
                 {{QStringLiteral("id"), id}, {QStringLiteral("v"), rowVersion}}));
}

Status MeetingRepository::setExclusion(qint64 agendaItemId, qint64 userId, bool excluded,
                                       const QString& reason)
{
    auto del = runQuery(
        m_db, QStringLiteral("DELETE FROM agenda_exclusion WHERE agenda_item_id = :item AND user_id = :user"),
        {{QStringLiteral("item"), agendaItemId}, {QStringLiteral("user"), userId}});
    if (!del.ok())
        return del.error();
    if (!excluded)
        return {};
    auto q = runQuery(m_db,
                      QStringLiteral("INSERT INTO agenda_exclusion (agenda_item_id, user_id, reason) VALUES "
                                     "(:item, :user, :reason)"),
                      {{QStringLiteral("item"), agendaItemId},
                       {QStringLiteral("user"), userId},
                       {QStringLiteral("reason"), reason}});
    if (!q.ok())
        return q.error();
    return {};
}

Result<QList<qint64>> MeetingRepository::meetingsForCase(qint64 caseId)
{
    auto q = runQuery(
        m_db,
        QStringLiteral(
            "SELECT m.id FROM meeting m JOIN agenda_item a ON a.meeting_id = m.id WHERE a.case_id = :case_id "
            "AND m.status <> 'cancelled' ORDER BY m.starts_at DESC, m.id DESC"),
        {{QStringLiteral("case_id"), caseId}});
    if (!q.ok())
        return q.error();
    QList<qint64> out;
    while (q->next())
        out << q->value(0).toLongLong();
    return out;
}

Result<QList<MeetingRepository::ActionRow>> MeetingRepository::actions(bool openOnly)
{
    auto q = runQuery(
        m_db, QStringLiteral("SELECT a.case_id, a.decision_id, d.quorum_json, a.id, a.description, a.owner, "
                             "a.due_date, a.status, "
                             "a.row_version FROM decision_action a JOIN decision d ON d.id = a.decision_id %1"
                             "ORDER BY CASE WHEN a.due_date = '' THEN 1 ELSE 0 END, a.due_date, a.id")
                  .arg(openOnly ? QStringLiteral("WHERE a.status = 'open' ") : QString()));
    if (!q.ok())
        return q.error();
    QList<ActionRow> out;
    while (q->next()) {
        ActionRow r;
        r.caseId = q->value(0).toLongLong();
        r.decisionId = q->value(1).toLongLong();
        r.quorumJson = q->value(2).toString();
        r.action.id = q->value(3).toLongLong();
        r.action.description = q->value(4).toString();
        r.action.owner = q->value(5).toString();
        r.action.dueDate = QDate::fromString(q->value(6).toString(), Qt::ISODate);
        r.action.status = q->value(7).toString();
        r.action.rowVersion = q->value(8).toLongLong();
        out.append(r);
    }
    return out;
}

Result<qint64> MeetingRepository::insertAttendee(const core::Attendee& a)
{
    auto q = runQuery(
        m_db,
        QStringLiteral(
            "INSERT INTO attendance (meeting_id, user_id, discipline, presence, arrived_at, left_at) VALUES "
            "(:meeting, :user, :discipline, :presence, :arrived, :left) RETURNING id"),
        {{QStringLiteral("meeting"), a.meetingId},
         {QStringLiteral("user"), a.userId},
         {QStringLiteral("discipline"), a.discipline ? core::toId(*a.discipline) : QString()},
         {QStringLiteral("presence"), core::toId(a.presence)},
         {QStringLiteral("arrived"), isoOrEmpty(a.arrivedAt)},
         {QStringLiteral("left"), isoOrEmpty(a.leftAt)}});
    if (!q.ok())
        return q.error();
    q->next();
    return q->value(0).toLongLong();
}

Status MeetingRepository::updateAttendee(const core::Attendee& a)
{
    return expectOneRow(
        runQuery(m_db,
                 QStringLiteral("UPDATE attendance SET discipline = :discipline, presence = :presence, "
                                "arrived_at = :arrived, left_at = :left, "
                                "row_version = row_version + 1 WHERE id = :id AND row_version = :v"),
                 {{QStringLiteral("discipline"), a.discipline ? core::toId(*a.discipline) : QString()},
                  {QStringLiteral("presence"), core::toId(a.presence)},
                  {QStringLiteral("arrived"), isoOrEmpty(a.arrivedAt)},
                  {QStringLiteral("left"), isoOrEmpty(a.leftAt)},
                  {QStringLiteral("id"), a.id},
                  {QStringLiteral("v"), a.rowVersion}}));
}

} // namespace cb::storage
