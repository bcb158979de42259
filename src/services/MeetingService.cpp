#include "services/MeetingService.h"

#include "core/PermissionPolicy.h"
#include "core/TextLimits.h"
#include "platform/Logging.h"
#include "services/AuditTrail.h"
#include "services/ReviewService.h"
#include "services/SettingsService.h"
#include "services/SignerCheck.h"
#include "storage/AuditRepository.h"
#include "storage/CaseRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/ReviewRepository.h"
#include "storage/Transaction.h"
#include "storage/UserRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace cb::services {

namespace {

const QString kMeeting = QStringLiteral("meeting");

QString idText(qint64 id)
{
    return QString::number(id);
}

// Runs `body` in one transaction with its audit row; returns its status.
template <typename F> Status inTransaction(storage::Database& db, F&& body)
{
    storage::Transaction tx(db);
    if (!tx.ok())
        return tx.status();
    if (auto st = body(); !st.ok())
        return st;
    return tx.commit();
}

// The names and states of the cases listed, read by id (not every case of the database).
QHash<qint64, core::CaseSummary> caseIndex(storage::Database& db, const QList<qint64>& caseIds)
{
    QHash<qint64, core::CaseSummary> out;
    QList<qint64> unique = caseIds;
    std::sort(unique.begin(), unique.end());
    unique.erase(std::unique(unique.begin(), unique.end()), unique.end());
    if (auto some = storage::CaseRepository(db).summariesOf(unique); some.ok())
        for (const auto& c : *some)
            out.insert(c.caseId, c);
    return out;
}

} // namespace

Result<QList<core::Meeting>> MeetingService::meetings(const core::UserIdentity& actor)
{
    if (auto st = core::PermissionPolicy::check(actor, core::Action::ReadCases); !st.ok())
        return AuditTrail(m_db, m_clock)
            .recordDenial(actor, st, QStringLiteral("meeting.list"), kMeeting)
            .error();
    return storage::MeetingRepository(m_db).list();
}

Result<core::Meeting> MeetingService::meeting(const core::UserIdentity& actor, qint64 meetingId)
{
    if (auto st = core::PermissionPolicy::check(actor, core::Action::ReadCases); !st.ok())
        return AuditTrail(m_db, m_clock)
            .recordDenial(actor, st, QStringLiteral("meeting.view"), kMeeting, idText(meetingId))
            .error();
    auto m = storage::MeetingRepository(m_db).find(meetingId);
    if (!m.ok())
        return m.error();
    if (!m->has_value())
        return Error::notFound(tr("There is no meeting %1.").arg(meetingId));
    core::Meeting meeting = **m;
    QList<qint64> agendaCases;
    for (const auto& item : meeting.agenda)
        agendaCases << item.caseId;
    const auto cases = caseIndex(m_db, agendaCases);
    const QDate today = m_clock.nowUtc().toLocalTime().date();
    auto actions = storage::MeetingRepository(m_db).actions(true);
    for (auto& item : meeting.agenda) {
        const auto c = cases.value(item.caseId);
        item.patientName = c.patientName;
        item.mrn = c.mrn;
        item.caseState = c.state;
        if (auto ov = m_reviews.overviewUnchecked(item.caseId); ov.ok())
            item.readinessProblems = ov->readinessProblems;
        if (actions.ok())
            for (const auto& r : *actions)
                if (r.caseId == item.caseId && r.action.dueDate.isValid() && r.action.dueDate < today)
                    item.readinessProblems << tr("Overdue action: %1 (%2, due %3)")
                                                  .arg(r.action.description, r.action.owner,
                                                       r.action.dueDate.toString(Qt::ISODate));
    }
    return meeting;
}

Result<qint64> MeetingService::schedule(const core::UserIdentity& actor, const MeetingInput& in)
{
    if (auto st = core::PermissionPolicy::check(actor, core::Action::ManageMeetings); !st.ok())
        return AuditTrail(m_db, m_clock)
            .recordDenial(actor, st, QStringLiteral("meeting.schedule"), kMeeting)
            .error();
    if (!in.startsAt.isValid())
        return Error::badInput(tr("Give the meeting's date and time."));
    if (in.durationMinutes < 5 || in.durationMinutes > 720)
        return Error::badInput(tr("A meeting lasts from 5 minutes to 12 hours."));
    auto users = storage::UserRepository(m_db).list();
    if (!users.ok())
        return users.error();
    if (auto st = core::TextLimits::check(QStringLiteral("location"), in.location, core::TextLimits::kShort);
        !st.ok())
        return st.error();
    qint64 chairId = in.chairId;
    if (chairId == 0 && actor.hasRole(core::Role::BoardChair))
        chairId = actor.id;
    for (const auto& u : *users)
        if (chairId == 0 && !u.disabled && u.identity.hasRole(core::Role::BoardChair))
            chairId = u.identity.id;
    bool chairOk = false;
    for (const auto& u : *users)
        chairOk = chairOk ||
                  (u.identity.id == chairId && !u.disabled && u.identity.hasRole(core::Role::BoardChair));
    if (!chairOk)
        return Error::badInput(tr("The chair must be an active user with the board chair role."));

    core::Meeting m;
    m.startsAt = in.startsAt.toUTC();
    m.durationMinutes = in.durationMinutes;
    m.type = in.type;
    m.mode = in.mode;
    m.location = in.location.trimmed();
    m.chairId = chairId;
    qint64 id = 0;
    auto st = inTransaction(m_db, [&]() -> Status {
        storage::MeetingRepository repo(m_db);
        auto newId = repo.insert(m, m_clock.nowUtc());
        if (!newId.ok())
            return newId.error();
        id = *newId;
        for (const auto& u : *users) {
            const auto& who = u.identity;
            const bool member = who.hasRole(core::Role::BoardChair) || who.hasRole(core::Role::Specialist) ||
                                who.hasRole(core::Role::Coordinator);
            if (u.disabled || !member)
                continue;
            core::Attendee a;
            a.meetingId = id;
            a.userId = who.id;
            if (!who.disciplines.isEmpty())
                a.discipline = who.disciplines.first();
            if (auto r = repo.insertAttendee(a); !r.ok())
                return r.error();
        }
        return AuditTrail(m_db, m_clock)
            .record(actor, QStringLiteral("meeting.schedule"), kMeeting, idText(id), {},
                    {{QStringLiteral("starts_at"), core::toIsoUtc(m.startsAt)},
                     {QStringLiteral("type"), core::toId(m.type)},
                     {QStringLiteral("mode"), core::toId(m.mode)}});
    });
    if (!st.ok())
        return st.error();
    CB_LOG_INFO("meeting {} scheduled by user {}", id, actor.id);
    return id;
}

Result<core::Meeting> MeetingService::editable(const core::UserIdentity& actor, qint64 meetingId,
                                               const QString& action)
{
    if (auto st = core::PermissionPolicy::check(actor, core::Action::ManageMeetings); !st.ok())
        return AuditTrail(m_db, m_clock).recordDenial(actor, st, action, kMeeting, idText(meetingId)).error();
    auto m = storage::MeetingRepository(m_db).find(meetingId);
    if (!m.ok())
        return m.error();
    if (!m->has_value())
        return Error::notFound(tr("There is no meeting %1.").arg(meetingId));
    if ((*m)->minutesSignature)
        return Error::invalidState(tr("The minutes of this meeting are signed: it can no longer change."));
    if ((*m)->status == core::MeetingStatus::Cancelled)
        return Error::invalidState(tr("This meeting was cancelled: schedule a new one."));
    return **m;
}

Status MeetingService::reschedule(const core::UserIdentity& actor, qint64 meetingId, qint64 rowVersion,
                                  const QDateTime& startsAt, int durationMinutes, const QString& location,
                                  const QString& reason)
{
    auto m = editable(actor, meetingId, QStringLiteral("meeting.reschedule"));
    if (!m.ok())
        return m.error();
    if (!startsAt.isValid())
        return Error::badInput(tr("Give the meeting's new date and time."));
    if (durationMinutes < 5 || durationMinutes > 720)
        return Error::badInput(tr("A meeting lasts from 5 minutes to 12 hours."));
    if (reason.trimmed().isEmpty())
        return Error::badInput(tr("Say why the meeting moves."));
    if (auto st = core::TextLimits::check(
            {{"location", location, core::TextLimits::kShort}, {"reason", reason, core::TextLimits::kLong}});
        !st.ok())
        return st;
    core::Meeting changed = *m;
    changed.rowVersion = rowVersion;
    changed.startsAt = startsAt.toUTC();
    changed.durationMinutes = durationMinutes;
    changed.location = location.trimmed();
    return inTransaction(m_db, [&]() -> Status {
        if (auto st = storage::MeetingRepository(m_db).update(changed, m_clock.nowUtc()); !st.ok())
            return st;
        return AuditTrail(m_db, m_clock)
            .record(actor, QStringLiteral("meeting.reschedule"), kMeeting, idText(meetingId),
                    {{QStringLiteral("starts_at"), core::toIsoUtc(m->startsAt)},
                     {QStringLiteral("duration_minutes"), m->durationMinutes}},
                    {{QStringLiteral("starts_at"), core::toIsoUtc(changed.startsAt)},
                     {QStringLiteral("duration_minutes"), durationMinutes}},
                    reason.trimmed());
    });
}

Status MeetingService::cancel(const core::UserIdentity& actor, qint64 meetingId, qint64 rowVersion,
                              const QString& reason)
{
    auto m = editable(actor, meetingId, QStringLiteral("meeting.cancel"));
    if (!m.ok())
        return m.error();
    if (reason.trimmed().isEmpty())
        return Error::badInput(tr("Say why the meeting is cancelled."));
    if (auto st = core::TextLimits::check(QStringLiteral("reason"), reason, core::TextLimits::kLong);
        !st.ok())
        return st;
    core::Meeting changed = *m;
    changed.rowVersion = rowVersion;
    changed.status = core::MeetingStatus::Cancelled;
    changed.cancelReason = reason.trimmed();
    return inTransaction(m_db, [&]() -> Status {
        if (auto st = storage::MeetingRepository(m_db).update(changed, m_clock.nowUtc()); !st.ok())
            return st;
        return AuditTrail(m_db, m_clock)
            .record(actor, QStringLiteral("meeting.cancel"), kMeeting, idText(meetingId), {},
                    {{QStringLiteral("status"), QStringLiteral("cancelled")}}, reason.trimmed());
    });
}

Result<QList<AgendaSuggestion>> MeetingService::suggestions(const core::UserIdentity& actor, qint64 meetingId)
{
    auto m = meeting(actor, meetingId);
    if (!m.ok())
        return m.error();
    storage::MeetingRepository repo(m_db);
    auto all = repo.list(m_clock.nowUtc().addDays(-1));
    if (!all.ok())
        return all.error();
    QSet<qint64> elsewhere; // already on this or another upcoming, live agenda
    for (const auto& other : *all)
        if (other.status != core::MeetingStatus::Cancelled)
            for (const auto& item : other.agenda)
                elsewhere.insert(item.caseId);
    for (const auto& item : m->agenda)
        elsewhere.insert(item.caseId);
    auto cases = storage::CaseRepository(m_db).listCases(std::nullopt);
    if (!cases.ok())
        return cases.error();
    const QDate day = m->startsAt.toLocalTime().date();
    QList<AgendaSuggestion> out;
    storage::ReviewRepository reviews(m_db);
    for (const auto& c : *cases) {
        if (elsewhere.contains(c.caseId))
            continue;
        if (c.state == core::CaseState::ReadyForBoard) {
            out << AgendaSuggestion{c.caseId, c.patientName, c.state,
                                    tr("Ready for board: every required discipline signed.")};
            continue;
        }
        if (c.state == core::CaseState::Closed || c.state == core::CaseState::Referred)
            continue;
        auto ds = reviews.decisions(c.caseId);
        if (!ds.ok() || ds->isEmpty())
            continue;
        const auto& d = ds->last();
        if (d.isSigned && d.verdict == core::Verdict::Deferred && d.reassessDate.isValid() &&
            d.reassessDate <= day &&
            (c.state == core::CaseState::WorkUp || c.state == core::CaseState::InReview))
            out << AgendaSuggestion{
                c.caseId, c.patientName, c.state,
                tr("Deferred: reassessment due %1.").arg(d.reassessDate.toString(Qt::ISODate))};
    }
    return out;
}

Status MeetingService::renumber(QList<core::AgendaItem> items)
{
    storage::MeetingRepository repo(m_db);
    for (int i = 0; i < items.size(); ++i) {
        if (items[i].position == i + 1)
            continue;
        items[i].position = i + 1;
        if (auto st = repo.updateAgendaItem(items[i]); !st.ok())
            return st;
    }
    return {};
}

Result<qint64> MeetingService::addToAgenda(const core::UserIdentity& actor, qint64 meetingId, qint64 caseId,
                                           const QString& presenter, int slotMinutes)
{
    auto m = editable(actor, meetingId, QStringLiteral("agenda.add"));
    if (!m.ok())
        return m.error();
    if (auto st = core::TextLimits::check(QStringLiteral("presenter"), presenter, core::TextLimits::kShort);
        !st.ok())
        return st.error();
    auto rec = storage::CaseRepository(m_db).caseById(caseId);
    if (!rec.ok())
        return rec.error();
    if (!rec->has_value())
        return Error::notFound(tr("There is no case %1.").arg(caseId));
    if ((*rec)->state == core::CaseState::Closed)
        return Error::invalidState(tr("Case %1 is closed: it cannot go on an agenda.").arg(caseId));
    if (m->itemForCase(caseId))
        return Error::invalidState(tr("Case %1 is already on this meeting's agenda.").arg(caseId));
    if (slotMinutes < 1 || slotMinutes > 240)
        return Error::badInput(tr("A case's time slot is from 1 to 240 minutes."));
    core::AgendaItem item;
    item.meetingId = meetingId;
    item.caseId = caseId;
    item.position = int(m->agenda.size()) + 1;
    item.presenter = presenter.trimmed();
    item.slotMinutes = slotMinutes;
    qint64 id = 0;
    auto st = inTransaction(m_db, [&]() -> Status {
        auto newId = storage::MeetingRepository(m_db).insertAgendaItem(item);
        if (!newId.ok())
            return newId.error();
        id = *newId;
        return AuditTrail(m_db, m_clock)
            .record(actor, QStringLiteral("agenda.add"), kMeeting, idText(meetingId), {},
                    {{QStringLiteral("case_id"), caseId}, {QStringLiteral("position"), item.position}});
    });
    if (!st.ok())
        return st.error();
    return id;
}

Status MeetingService::removeFromAgenda(const core::UserIdentity& actor, qint64 meetingId, qint64 caseId)
{
    auto m = editable(actor, meetingId, QStringLiteral("agenda.remove"));
    if (!m.ok())
        return m.error();
    const core::AgendaItem* item = m->itemForCase(caseId);
    if (!item)
        return Error::notFound(tr("Case %1 is not on this meeting's agenda.").arg(caseId));
    QList<core::AgendaItem> rest;
    for (const auto& i : m->agenda)
        if (i.id != item->id)
            rest << i;
    return inTransaction(m_db, [&]() -> Status {
        if (auto st = storage::MeetingRepository(m_db).deleteAgendaItem(item->id, item->rowVersion); !st.ok())
            return st;
        if (auto st = renumber(rest); !st.ok())
            return st;
        return AuditTrail(m_db, m_clock)
            .record(actor, QStringLiteral("agenda.remove"), kMeeting, idText(meetingId),
                    {{QStringLiteral("case_id"), caseId}}, {});
    });
}

Status MeetingService::moveAgendaItem(const core::UserIdentity& actor, qint64 meetingId, qint64 caseId,
                                      int delta)
{
    auto m = editable(actor, meetingId, QStringLiteral("agenda.move"));
    if (!m.ok())
        return m.error();
    QList<core::AgendaItem> items = m->agenda;
    int from = -1;
    for (int i = 0; i < items.size(); ++i)
        if (items[i].caseId == caseId)
            from = i;
    if (from < 0)
        return Error::notFound(tr("Case %1 is not on this meeting's agenda.").arg(caseId));
    const int to = qBound(0, from + delta, int(items.size()) - 1);
    if (to == from)
        return {};
    items.move(from, to);
    return inTransaction(m_db, [&]() -> Status {
        if (auto st = renumber(items); !st.ok())
            return st;
        return AuditTrail(m_db, m_clock)
            .record(actor, QStringLiteral("agenda.move"), kMeeting, idText(meetingId),
                    {{QStringLiteral("case_id"), caseId}, {QStringLiteral("position"), from + 1}},
                    {{QStringLiteral("case_id"), caseId}, {QStringLiteral("position"), to + 1}});
    });
}

Status MeetingService::setPresenter(const core::UserIdentity& actor, qint64 meetingId, qint64 caseId,
                                    const QString& presenter, int slotMinutes)
{
    auto m = editable(actor, meetingId, QStringLiteral("agenda.presenter"));
    if (!m.ok())
        return m.error();
    if (auto st = core::TextLimits::check(QStringLiteral("presenter"), presenter, core::TextLimits::kShort);
        !st.ok())
        return st.error();
    const core::AgendaItem* item = m->itemForCase(caseId);
    if (!item)
        return Error::notFound(tr("Case %1 is not on this meeting's agenda.").arg(caseId));
    if (slotMinutes < 1 || slotMinutes > 240)
        return Error::badInput(tr("A case's time slot is from 1 to 240 minutes."));
    core::AgendaItem changed = *item;
    changed.presenter = presenter.trimmed();
    changed.slotMinutes = slotMinutes;
    return inTransaction(m_db, [&]() -> Status {
        if (auto st = storage::MeetingRepository(m_db).updateAgendaItem(changed); !st.ok())
            return st;
        return AuditTrail(m_db, m_clock)
            .record(actor, QStringLiteral("agenda.presenter"), kMeeting, idText(meetingId), {},
                    {{QStringLiteral("case_id"), caseId}, {QStringLiteral("slot_minutes"), slotMinutes}});
    });
}

Status MeetingService::setAttendance(const core::UserIdentity& actor, qint64 meetingId, qint64 userId,
                                     core::Presence presence, const QDateTime& arrivedAt,
                                     const QDateTime& leftAt)
{
    auto m = editable(actor, meetingId, QStringLiteral("meeting.attendance"));
    if (!m.ok())
        return m.error();
    if (arrivedAt.isValid() && leftAt.isValid() && leftAt < arrivedAt)
        return Error::badInput(tr("A member cannot leave before arriving."));
    if (presence != core::Presence::Present && (arrivedAt.isValid() || leftAt.isValid()))
        return Error::badInput(tr("Arrival and departure times are for members who are present."));
    auto user = storage::UserRepository(m_db).findById(userId);
    if (!user.ok())
        return user.error();
    if (!user->has_value())
        return Error::notFound(tr("There is no user %1.").arg(userId));
    core::Attendee a;
    for (const auto& x : m->attendees)
        if (x.userId == userId)
            a = x;
    a.meetingId = meetingId;
    a.userId = userId;
    if (!a.discipline && !(*user)->account.identity.disciplines.isEmpty())
        a.discipline = (*user)->account.identity.disciplines.first();
    a.presence = presence;
    a.arrivedAt = arrivedAt.isValid() ? arrivedAt.toUTC() : QDateTime();
    a.leftAt = leftAt.isValid() ? leftAt.toUTC() : QDateTime();
    return inTransaction(m_db, [&]() -> Status {
        storage::MeetingRepository repo(m_db);
        if (a.id) {
            if (auto st = repo.updateAttendee(a); !st.ok())
                return st;
        } else if (auto id = repo.insertAttendee(a); !id.ok()) {
            return id.error();
        }
        return AuditTrail(m_db, m_clock)
            .record(
                actor, QStringLiteral("meeting.attendance"), kMeeting, idText(meetingId), {},
                {{QStringLiteral("user_id"), userId}, {QStringLiteral("presence"), core::toId(presence)}});
    });
}

Status MeetingService::setConflict(const core::UserIdentity& actor, qint64 meetingId, qint64 caseId,
                                   qint64 userId, bool excluded, const QString& reason)
{
    auto m = editable(actor, meetingId, QStringLiteral("agenda.conflict"));
    if (!m.ok())
        return m.error();
    const core::AgendaItem* item = m->itemForCase(caseId);
    if (!item)
        return Error::notFound(tr("Case %1 is not on this meeting's agenda.").arg(caseId));
    if (excluded && reason.trimmed().isEmpty())
        return Error::badInput(tr("Say what the conflict of interest is."));
    if (auto st = core::TextLimits::check(QStringLiteral("reason"), reason, core::TextLimits::kLong);
        !st.ok())
        return st;
    auto user = storage::UserRepository(m_db).findById(userId);
    if (!user.ok())
        return user.error();
    if (!user->has_value())
        return Error::notFound(tr("There is no user %1.").arg(userId));
    return inTransaction(m_db, [&]() -> Status {
        if (auto st =
                storage::MeetingRepository(m_db).setExclusion(item->id, userId, excluded, reason.trimmed());
            !st.ok())
            return st;
        return AuditTrail(m_db, m_clock)
            .record(actor, QStringLiteral("agenda.conflict"), kMeeting, idText(meetingId), {},
                    {{QStringLiteral("case_id"), caseId},
                     {QStringLiteral("user_id"), userId},
                     {QStringLiteral("excluded"), excluded}},
                    reason.trimmed());
    });
}

Result<core::AttendanceCheck> MeetingService::attendanceAtVerdict(qint64 caseId, const QDateTime& at)
{
    const core::AttendanceRule rule = m_settings.attendanceRule();
    storage::MeetingRepository repo(m_db);
    auto ids = repo.meetingsForCase(caseId);
    if (!ids.ok())
        return ids.error();
    QDateTime next;              // the soonest meeting still to come, for the message of a refusal
    for (const auto id : *ids) { // latest first
        auto m = repo.find(id);
        if (!m.ok())
            return m.error();
        if (!m->has_value())
            continue;
        if ((*m)->startsAt > at) {
            next = (*m)->startsAt;
            continue;
        }
        return core::checkAttendance(rule, **m, caseId, at);
    }
    core::AttendanceCheck none;
    none.blocks = rule.blocksVerdict;
    none.meetingRequired = rule.meetingRequired;
    none.anyOfCount = rule.anyOfCount;
    none.missingRequired = rule.required;
    none.nextMeetingAt = next;
    return none;
}

core::VerdictMeeting verdictMeetingOf(storage::Database& db, const core::Decision& decision)
{
    core::VerdictMeeting vm = core::VerdictMeeting::of(decision);
    if (!vm.inMeeting() || (vm.startsAt.isValid() && !vm.chairName.isEmpty()))
        return vm;
    // a verdict signed before the meeting's time and chair were stored with it: the meeting's record
    auto m = storage::MeetingRepository(db).find(vm.meetingId);
    if (m.ok() && m->has_value()) {
        if (!vm.startsAt.isValid()) {
            vm.startsAt = (*m)->startsAt;
            vm.durationMinutes = (*m)->durationMinutes;
        }
        if (vm.chairName.isEmpty())
            vm.chairName = (*m)->chairName;
    }
    return vm;
}

QString MeetingService::minutesMeaning()
{
    return tr(
        "As chair I confirm these minutes: the attendance and the cases discussed are recorded correctly.");
}

Result<core::Meeting> MeetingService::signMinutes(const core::UserIdentity& actor, qint64 meetingId,
                                                  const QString& password)
{
    if (auto st = core::PermissionPolicy::check(actor, core::Action::SignDecision); !st.ok())
        return AuditTrail(m_db, m_clock)
            .recordDenial(actor, st, QStringLiteral("minutes.sign"), kMeeting, idText(meetingId))
            .error();
    auto m = storage::MeetingRepository(m_db).find(meetingId);
    if (!m.ok())
        return m.error();
    if (!m->has_value())
        return Error::notFound(tr("There is no meeting %1.").arg(meetingId));
    if ((*m)->minutesSignature)
        return Error::invalidState(tr("The minutes of meeting %1 are already signed.").arg(meetingId));
    if ((*m)->status == core::MeetingStatus::Cancelled)
        return Error::invalidState(tr("Meeting %1 was cancelled: it has no minutes to sign.").arg(meetingId));
    if ((*m)->startsAt > m_clock.nowUtc())
        return Error::invalidState(
            tr("Meeting %1 has not started yet: sign its minutes after it is held.").arg(meetingId));
    if (auto st = confirmSigner(m_db, m_clock, actor, password, kMeeting, idText(meetingId),
                                tr("The password is wrong; the minutes were not signed."));
        !st.ok())
        return st.error();
    const core::Meeting frozen = **m;
    const QDateTime now = m_clock.nowUtc();
    auto st = inTransaction(m_db, [&]() -> Status {
        storage::MeetingRepository repo(m_db);
        if (auto st = repo.markMinutesSigned(meetingId, frozen.rowVersion, now); !st.ok())
            return st;
        auto s = writeSignature(
            m_db, actor,
            {QStringLiteral("minutes"), meetingId, QStringLiteral("board_chair"), {}, minutesMeaning()},
            frozen.minutesContent(), now);
        if (!s.ok())
            return s.error();
        return AuditTrail(m_db, m_clock)
            .record(actor, QStringLiteral("minutes.sign"), kMeeting, idText(meetingId), {},
                    {{QStringLiteral("sha256"), s->contentSha256}});
    });
    if (!st.ok())
        return st.error();
    CB_LOG_INFO("minutes of meeting {} signed by user {}", meetingId, actor.id);
    return meeting(actor, meetingId);
}

Result<core::MinutesDossier> MeetingService::minutesDossier(const core::UserIdentity& actor, qint64 meetingId,
                                                            const QTimeZone& zone)
{
    auto m = meeting(actor, meetingId);
    if (!m.ok())
        return m.error();
    core::MinutesDossier d;
    d.institution = m_settings.institutionName();
    d.generatedAt = m_clock.nowUtc();
    d.timeZone = zone.isValid() ? zone : QTimeZone::utc();
    d.meeting = *m;
    d.rule = m_settings.attendanceRule();
    storage::CaseRepository cases(m_db);
    storage::ReviewRepository reviews(m_db);
    for (const auto& item : m->agenda) {
        core::MinutesCase c;
        c.item = item;
        if (auto rec = cases.caseById(item.caseId); rec.ok() && rec->has_value())
            c.indication = (*rec)->indication;
        for (const auto& a : m->attendees)
            if (item.excludedUserIds.contains(a.userId))
                c.excludedMembers << a.printedName;
        auto ds = reviews.decisions(item.caseId);
        if (!ds.ok())
            return ds.error();
        for (const auto& dec : *ds) // the latest verdict taken in this meeting
            if (dec.quorum.value(QStringLiteral("attendance"))
                    .toObject()
                    .value(QStringLiteral("meeting_id"))
                    .toInteger() == meetingId)
                c.decision = dec;
        d.cases << c;
    }
    auto head = storage::AuditRepository(m_db).head();
    if (!head.ok())
        return head.error();
    if (head->has_value()) {
        d.auditSeq = (*head)->seq;
        d.auditHash = (*head)->hash;
    }
    return d;
}

Status MeetingService::recordMinutesExport(const core::UserIdentity& actor,
                                           const core::MinutesDossier& dossier, const QString& target)
{
    return AuditTrail(m_db, m_clock)
        .recordAlone(actor, QStringLiteral("meeting.export"), kMeeting, idText(dossier.meeting.id), {},
                     {{QStringLiteral("document"), QStringLiteral("minutes")},
                      {QStringLiteral("format"), QStringLiteral("pdf")},
                      {QStringLiteral("target"), target},
                      {QStringLiteral("final"), dossier.isFinal()},
                      {QStringLiteral("audit_seq"), QString::number(dossier.auditSeq)}});
}

Result<core::UserIdentity> MeetingService::member(const core::UserIdentity& actor, const QString& username)
{
    if (auto st = core::PermissionPolicy::check(actor, core::Action::ReadCases); !st.ok())
        return AuditTrail(m_db, m_clock)
            .recordDenial(actor, st, QStringLiteral("meeting.member"), kMeeting)
            .error();
    auto found = storage::UserRepository(m_db).findByUsername(username.trimmed());
    if (!found.ok())
        return found.error();
    if (!found->has_value())
        return Error::notFound(tr("There is no user \"%1\".").arg(username));
    return (*found)->account.identity;
}

Result<QList<BoardAction>> MeetingService::actions(const core::UserIdentity& actor, ActionScope scope)
{
    if (auto st = core::PermissionPolicy::check(actor, core::Action::ReadCases); !st.ok())
        return AuditTrail(m_db, m_clock)
            .recordDenial(actor, st, QStringLiteral("actions.list"), kMeeting)
            .error();
    storage::MeetingRepository repo(m_db);
    auto rows = repo.actions(scope == ActionScope::Open);
    if (!rows.ok())
        return rows.error();
    auto meetings = repo.list();
    if (!meetings.ok())
        return meetings.error();
    QHash<qint64, core::Meeting> starts;
    for (const auto& m : *meetings)
        starts.insert(m.id, m);
    QList<qint64> actionCases;
    for (const auto& r : *rows)
        actionCases << r.caseId;
    const auto cases = caseIndex(m_db, actionCases);
    const QDate today = m_clock.nowUtc().toLocalTime().date();
    QList<BoardAction> overdue, open, closed;
    for (const auto& r : *rows) {
        BoardAction o;
        o.caseId = r.caseId;
        o.patientName = cases.value(r.caseId).patientName;
        o.action = r.action;
        o.overdue = r.action.status == QLatin1String("open") && r.action.dueDate.isValid() &&
                    r.action.dueDate < today;
        o.decisionId = r.decisionId;
        // The verdict's stored attendance check names the meeting it was signed in.
        const QJsonObject quorum = QJsonDocument::fromJson(r.quorumJson.toUtf8()).object();
        o.verdict = core::VerdictMeeting::fromQuorum(quorum);
        const qint64 meetingId = o.verdict.meetingId;
        if (starts.contains(meetingId)) {
            o.meetingId = meetingId;
            o.meetingStartsAt = starts.value(meetingId).startsAt;
            if (!o.verdict.startsAt.isValid()) { // signed before the meeting was stored with verdicts
                o.verdict.startsAt = o.meetingStartsAt;
                o.verdict.durationMinutes = starts.value(meetingId).durationMinutes;
            }
            if (o.verdict.chairName.isEmpty())
                o.verdict.chairName = starts.value(meetingId).chairName;
        }
        (o.overdue ? overdue : o.action.status == QLatin1String("open") ? open : closed) << o;
    }
    return overdue + open + closed;
}

} // namespace cb::services
