#include "cli/MeetingCommand.h"

#include "cli/CaseIdArgument.h"
#include "cli/CliContext.h"
#include "cli/CommandLine.h"
#include "core/Clock.h"
#include "core/PermissionPolicy.h"
#include "services/MeetingService.h"
#include "services/Workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace cb::cli {

namespace {

QCommandLineOption valued(const QString& name, const QString& value)
{
    return QCommandLineOption(name, {}, value);
}

QString iso(const QDateTime& t)
{
    return t.isValid() ? core::toIsoUtc(t) : QString();
}

std::optional<QDateTime> parseTime(const QString& text)
{
    const QDateTime t = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    if (!t.isValid())
        return std::nullopt;
    return t.toUTC();
}

// Positional argument `index` as an id, or nothing.
std::optional<qint64> idAt(const QStringList& positional, int index)
{
    if (index >= positional.size())
        return std::nullopt;
    return parseCaseId(positional.at(index));
}

} // namespace

QJsonObject MeetingCommand::meetingJson(const core::Meeting& m, const QDateTime& now, bool full)
{
    QJsonObject o{
        {QStringLiteral("id"), m.id},
        {QStringLiteral("starts_at"), iso(m.startsAt)},
        {QStringLiteral("ends_at"), iso(m.endsAt())},
        {QStringLiteral("duration_minutes"), m.durationMinutes},
        {QStringLiteral("type"), core::toId(m.type)},
        {QStringLiteral("mode"), core::toId(m.mode)},
        {QStringLiteral("location"), m.location},
        {QStringLiteral("chair"), m.chairName},
        {QStringLiteral("status"), core::toId(m.status)},
        {QStringLiteral("when"), m.isPast(now) ? QStringLiteral("past") : QStringLiteral("upcoming")},
        {QStringLiteral("agenda_cases"), int(m.agenda.size())}};
    if (!m.cancelReason.isEmpty())
        o.insert(QStringLiteral("cancel_reason"), m.cancelReason);
    if (!full)
        return o;
    o.insert(QStringLiteral("minutes"),
             m.minutesSignature ? QStringLiteral("signed") : QStringLiteral("draft"));
    if (m.minutesSignature)
        o.insert(QStringLiteral("minutes_signature"),
                 QJsonObject{{QStringLiteral("signer"), m.minutesSignature->printedName},
                             {QStringLiteral("signed_at"), iso(m.minutesSignature->signedAt)},
                             {QStringLiteral("meaning"), m.minutesSignature->meaning},
                             {QStringLiteral("sha256"), m.minutesSignature->contentSha256}});
    QJsonArray agenda;
    for (const auto& i : m.agenda) {
        QJsonArray readiness;
        for (const auto& p : i.readinessProblems)
            readiness.append(p);
        QJsonArray excluded;
        for (const auto& a : m.attendees)
            if (i.excludedUserIds.contains(a.userId))
                excluded.append(a.username);
        agenda.append(QJsonObject{{QStringLiteral("case_id"), i.caseId},
                                  {QStringLiteral("position"), i.position},
                                  {QStringLiteral("patient"), i.patientName},
                                  {QStringLiteral("state"), core::toId(i.caseState)},
                                  {QStringLiteral("presenter"), i.presenter},
                                  {QStringLiteral("slot_minutes"), i.slotMinutes},
                                  {QStringLiteral("ready"), readiness.isEmpty()},
                                  {QStringLiteral("readiness"), readiness},
                                  {QStringLiteral("excluded"), excluded}});
    }
    o.insert(QStringLiteral("agenda"), agenda);
    QJsonArray people;
    for (const auto& a : m.attendees)
        people.append(
            QJsonObject{{QStringLiteral("user"), a.username},
                        {QStringLiteral("name"), a.printedName},
                        {QStringLiteral("discipline"), a.discipline ? core::toId(*a.discipline) : QString()},
                        {QStringLiteral("presence"), core::toId(a.presence)},
                        {QStringLiteral("arrived_at"), iso(a.arrivedAt)},
                        {QStringLiteral("left_at"), iso(a.leftAt)}});
    o.insert(QStringLiteral("attendance"), people);
    return o;
}

QString MeetingCommand::summary() const
{
    return tr("Tumor board meetings: schedule, agenda, attendance, conflicts of interest, minutes");
}

QString MeetingCommand::usage() const
{
    return tr("Usage:\n"
              "  cellboard-cli --user NAME meeting list [--json]\n"
              "  cellboard-cli --user NAME meeting show MEETING [--json]\n"
              "  cellboard-cli --user COORD meeting schedule --at ISO-TIME [--type T] [--mode M] [--duration "
              "MIN]\n"
              "                [--location TEXT] [--chair USER] [--json]\n"
              "  cellboard-cli --user COORD meeting reschedule MEETING --at ISO-TIME --reason TEXT "
              "[--duration MIN]\n"
              "                [--location TEXT]\n"
              "  cellboard-cli --user COORD meeting cancel MEETING --reason TEXT\n"
              "  cellboard-cli --user NAME meeting suggest MEETING [--json]\n"
              "  cellboard-cli --user COORD meeting agenda-add MEETING CASE [--presenter NAME] [--slot MIN]\n"
              "  cellboard-cli --user COORD meeting agenda-set MEETING CASE [--presenter NAME] [--slot MIN]\n"
              "  cellboard-cli --user COORD meeting agenda-remove MEETING CASE\n"
              "  cellboard-cli --user COORD meeting agenda-move MEETING CASE --by N   (negative moves up)\n"
              "  cellboard-cli --user COORD meeting attend MEETING USER --presence P [--arrived ISO] [--left "
              "ISO]\n"
              "  cellboard-cli --user COORD meeting conflict MEETING CASE USER (--reason TEXT | --clear)\n"
              "  cellboard-cli --user CHAIR meeting sign-minutes MEETING\n"
              "  cellboard-cli --user NAME meeting actions [--all] [--json]   (--all: done and cancelled "
              "too)\n"
              "Types: %1. Modes: %2. Presence: %3.\n"
              "Times are ISO 8601 with a zone, e.g. 2026-12-01T16:00:00+08:00.")
        .arg(core::allIds(core::meetingTypes()).join(QStringLiteral(", ")),
             core::allIds(core::meetingModes()).join(QStringLiteral(", ")),
             core::allIds(core::presences()).join(QStringLiteral(", ")));
}

int MeetingCommand::run(CliContext& ctx, const QStringList& args)
{
    if (args.isEmpty())
        return ctx.usageError(usage());
    const QString sub = args.first();
    QList<QCommandLineOption> options{QCommandLineOption(QStringLiteral("json"))};
    if (sub == QLatin1String("schedule") || sub == QLatin1String("reschedule"))
        options << valued(QStringLiteral("at"), QStringLiteral("ISO"))
                << valued(QStringLiteral("type"), QStringLiteral("T"))
                << valued(QStringLiteral("mode"), QStringLiteral("M"))
                << valued(QStringLiteral("duration"), QStringLiteral("MIN"))
                << valued(QStringLiteral("location"), QStringLiteral("TEXT"))
                << valued(QStringLiteral("chair"), QStringLiteral("USER"))
                << valued(QStringLiteral("reason"), QStringLiteral("TEXT"));
    else if (sub == QLatin1String("cancel"))
        options << valued(QStringLiteral("reason"), QStringLiteral("TEXT"));
    else if (sub == QLatin1String("agenda-add") || sub == QLatin1String("agenda-set"))
        options << valued(QStringLiteral("presenter"), QStringLiteral("NAME"))
                << valued(QStringLiteral("slot"), QStringLiteral("MIN"));
    else if (sub == QLatin1String("agenda-move"))
        options << valued(QStringLiteral("by"), QStringLiteral("N"));
    else if (sub == QLatin1String("attend"))
        options << valued(QStringLiteral("presence"), QStringLiteral("P"))
                << valued(QStringLiteral("arrived"), QStringLiteral("ISO"))
                << valued(QStringLiteral("left"), QStringLiteral("ISO"));
    else if (sub == QLatin1String("actions"))
        options << QCommandLineOption(QStringLiteral("all"));
    else if (sub == QLatin1String("conflict"))
        options << valued(QStringLiteral("reason"), QStringLiteral("TEXT"))
                << QCommandLineOption(QStringLiteral("clear"));
    static const QStringList subs{
        QStringLiteral("list"),         QStringLiteral("show"),       QStringLiteral("schedule"),
        QStringLiteral("reschedule"),   QStringLiteral("cancel"),     QStringLiteral("suggest"),
        QStringLiteral("agenda-add"),   QStringLiteral("agenda-set"), QStringLiteral("agenda-remove"),
        QStringLiteral("agenda-move"),  QStringLiteral("attend"),     QStringLiteral("conflict"),
        QStringLiteral("sign-minutes"), QStringLiteral("actions")};
    if (!subs.contains(sub))
        return ctx.usageError(tr("Unknown meeting command \"%1\".\n").arg(sub) + usage());

    // authentication, then permission (in the service), then arguments and state
    auto user = ctx.authenticate();
    if (!user.ok())
        return ctx.fail(user.error());
    auto ws = ctx.workspace();
    if (!ws.ok())
        return ctx.fail(ws.error());
    auto& meetings = (*ws)->meetings();
    const QDateTime now = (*ws)->clock().nowUtc();
    const bool reads = sub == QLatin1String("list") || sub == QLatin1String("show") ||
                       sub == QLatin1String("suggest") || sub == QLatin1String("actions");
    const bool chairOnly = sub == QLatin1String("sign-minutes");
    const QString meeting = QStringLiteral("meeting");
    const services::ActSpec spec =
        reads ? services::ActSpec{core::Action::ReadCases,
                                  {},
                                  QStringLiteral("meeting.list"),
                                  0,
                                  false,
                                  meeting}
        : chairOnly
            ? services::ActSpec{core::Action::SignDecision,
                                {},
                                QStringLiteral("minutes.sign"),
                                0,
                                false,
                                meeting}
            : services::ActSpec{
                  core::Action::ManageMeetings, {}, QStringLiteral("meeting.schedule"), 0, false, meeting};
    if (auto st = (*ws)->require(*user, spec); !st.ok())
        return ctx.fail(st.error());

    CommandLine cl(options);
    if (!cl.parse(args.mid(1)))
        return ctx.usageError(cl.errorText() + QLatin1Char('\n') + usage());
    const QStringList pos = cl.positional();
    const bool json = cl.isSet(QStringLiteral("json"));

    if (sub == QLatin1String("list")) {
        if (!pos.isEmpty())
            return ctx.usageError(usage());
        auto list = meetings.meetings(*user);
        if (!list.ok())
            return ctx.fail(list.error());
        QJsonArray arr;
        for (const auto& m : *list)
            arr.append(meetingJson(m, now, false));
        if (json)
            return ctx.printJson(QJsonDocument(arr));
        for (const auto& m : *list)
            ctx.out() << QStringLiteral("%1  %2  %3, %4 min, %5, %6 case(s)%7")
                             .arg(m.id, 4)
                             .arg(m.startsAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                             .arg(core::label(m.type))
                             .arg(m.durationMinutes)
                             .arg(core::label(m.mode))
                             .arg(m.agenda.size())
                             .arg(m.status == core::MeetingStatus::Cancelled ? tr(" — cancelled") : QString())
                      << Qt::endl;
        return ExitOk;
    }
    if (sub == QLatin1String("actions")) {
        if (!pos.isEmpty())
            return ctx.usageError(usage());
        auto list = meetings.actions(*user, cl.isSet(QStringLiteral("all")) ? services::ActionScope::All
                                                                            : services::ActionScope::Open);
        if (!list.ok())
            return ctx.fail(list.error());
        QJsonArray arr;
        for (const auto& a : *list)
            arr.append(QJsonObject{
                {QStringLiteral("id"), a.action.id},
                {QStringLiteral("case_id"), a.caseId},
                {QStringLiteral("patient"), a.patientName},
                {QStringLiteral("description"), a.action.description},
                {QStringLiteral("owner"), a.action.owner},
                {QStringLiteral("due"), a.action.dueDate.toString(Qt::ISODate)},
                {QStringLiteral("status"), a.action.status},
                {QStringLiteral("overdue"), a.overdue},
                {QStringLiteral("decision_id"), a.decisionId},
                {QStringLiteral("meeting_id"), a.meetingId ? QJsonValue(a.meetingId) : QJsonValue()}});
        if (json)
            return ctx.printJson(QJsonDocument(arr));
        for (const auto& a : *list)
            ctx.out() << QStringLiteral("case %1  %2  %3 — %4 (due %5)%6")
                             .arg(a.caseId)
                             .arg(a.overdue ? tr("OVERDUE") : a.action.status.leftJustified(9))
                             .arg(a.action.description, a.action.owner,
                                  a.action.dueDate.isValid() ? a.action.dueDate.toString(Qt::ISODate)
                                                             : tr("no date"),
                                  a.meetingId ? tr(", meeting %1").arg(a.meetingId) : QString())
                      << Qt::endl;
        return ExitOk;
    }
    if (sub == QLatin1String("schedule")) {
        if (!pos.isEmpty())
            return ctx.usageError(usage());
        services::MeetingInput in;
        const auto at = parseTime(cl.value(QStringLiteral("at")));
        if (!at)
            return ctx.usageError(
                tr("--at needs an ISO 8601 date and time, e.g. 2026-12-01T16:00:00+08:00."));
        in.startsAt = *at;
        if (cl.isSet(QStringLiteral("type"))) {
            auto t = core::fromId(core::meetingTypes(), cl.value(QStringLiteral("type")));
            if (!t)
                return ctx.usageError(
                    tr("Unknown meeting type \"%1\".").arg(cl.value(QStringLiteral("type"))));
            in.type = *t;
        }
        if (cl.isSet(QStringLiteral("mode"))) {
            auto m = core::fromId(core::meetingModes(), cl.value(QStringLiteral("mode")));
            if (!m)
                return ctx.usageError(
                    tr("Unknown meeting mode \"%1\".").arg(cl.value(QStringLiteral("mode"))));
            in.mode = *m;
        }
        if (cl.isSet(QStringLiteral("duration"))) {
            bool ok = false;
            in.durationMinutes = cl.value(QStringLiteral("duration")).toInt(&ok);
            if (!ok)
                return ctx.usageError(tr("--duration is a number of minutes."));
        }
        in.location = cl.value(QStringLiteral("location"));
        if (cl.isSet(QStringLiteral("chair"))) {
            auto chair = meetings.member(*user, cl.value(QStringLiteral("chair")));
            if (!chair.ok())
                return ctx.fail(chair.error());
            in.chairId = chair->id;
        }
        auto id = meetings.schedule(*user, in);
        if (!id.ok())
            return ctx.fail(id.error());
        if (json)
            return ctx.printJson(QJsonDocument(QJsonObject{{QStringLiteral("id"), *id}}));
        ctx.out() << tr("Meeting %1 scheduled.").arg(*id) << Qt::endl;
        return ExitOk;
    }

    const auto meetingId = idAt(pos, 0);
    if (!meetingId)
        return ctx.usageError(tr("Give the meeting's id (a positive number).\n") + usage());
    auto current = meetings.meeting(*user, *meetingId);
    if (!current.ok())
        return ctx.fail(current.error());

    if (sub == QLatin1String("show")) {
        if (json)
            return ctx.printJson(QJsonDocument(meetingJson(*current, now, true)));
        const auto& m = *current;
        ctx.out() << tr("Meeting %1: %2, %3 (%4 min), %5, %6")
                         .arg(m.id)
                         .arg(core::label(m.type),
                              m.startsAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm t")))
                         .arg(m.durationMinutes)
                         .arg(core::label(m.mode), m.location)
                  << Qt::endl;
        ctx.out()
            << tr("Chair: %1. Minutes: %2.").arg(m.chairName, m.minutesSignature ? tr("signed") : tr("draft"))
            << Qt::endl;
        for (const auto& i : m.agenda)
            ctx.out()
                << QStringLiteral("  %1. case %2 %3 — %4%5")
                       .arg(i.position)
                       .arg(i.caseId)
                       .arg(i.patientName, core::label(i.caseState),
                            i.readinessProblems.isEmpty()
                                ? QString()
                                : tr(" — not ready: %1").arg(i.readinessProblems.join(QStringLiteral("; "))))
                << Qt::endl;
        for (const auto& a : m.attendees)
            ctx.out() << QStringLiteral("  %1 (%2): %3")
                             .arg(a.printedName,
                                  a.discipline
                                      ? core::label(*a.discipline)
                                      : core::label(
                                            core::fromId(core::roles(), a.role).value_or(core::Role::Viewer)),
                                  core::label(a.presence))
                      << Qt::endl;
        return ExitOk;
    }
    if (sub == QLatin1String("suggest")) {
        auto list = meetings.suggestions(*user, *meetingId);
        if (!list.ok())
            return ctx.fail(list.error());
        QJsonArray arr;
        for (const auto& s : *list)
            arr.append(QJsonObject{{QStringLiteral("id"), s.caseId},
                                   {QStringLiteral("patient"), s.patientName},
                                   {QStringLiteral("state"), core::toId(s.state)},
                                   {QStringLiteral("reason"), s.reason}});
        if (json)
            return ctx.printJson(QJsonDocument(arr));
        for (const auto& s : *list)
            ctx.out() << QStringLiteral("case %1  %2 — %3").arg(s.caseId).arg(s.patientName, s.reason)
                      << Qt::endl;
        return ExitOk;
    }
    if (sub == QLatin1String("reschedule")) {
        const auto at = parseTime(cl.value(QStringLiteral("at")));
        if (!at)
            return ctx.usageError(
                tr("--at needs an ISO 8601 date and time, e.g. 2026-12-01T16:00:00+08:00."));
        const int duration = cl.isSet(QStringLiteral("duration"))
                                 ? cl.value(QStringLiteral("duration")).toInt()
                                 : current->durationMinutes;
        const QString location =
            cl.isSet(QStringLiteral("location")) ? cl.value(QStringLiteral("location")) : current->location;
        if (auto st = meetings.reschedule(*user, *meetingId, current->rowVersion, *at, duration, location,
                                          cl.value(QStringLiteral("reason")));
            !st.ok())
            return ctx.fail(st.error());
        ctx.out() << tr("Meeting %1 moved.").arg(*meetingId) << Qt::endl;
        return ExitOk;
    }
    if (sub == QLatin1String("cancel")) {
        if (auto st =
                meetings.cancel(*user, *meetingId, current->rowVersion, cl.value(QStringLiteral("reason")));
            !st.ok())
            return ctx.fail(st.error());
        ctx.out() << tr("Meeting %1 cancelled.").arg(*meetingId) << Qt::endl;
        return ExitOk;
    }
    if (sub == QLatin1String("sign-minutes")) {
        auto m = meetings.signMinutes(*user, *meetingId, ctx.readPasswordLine());
        if (!m.ok())
            return ctx.fail(m.error());
        ctx.out() << tr("Minutes of meeting %1 signed by %2.").arg(*meetingId).arg(user->printedName)
                  << Qt::endl;
        return ExitOk;
    }
    if (sub == QLatin1String("attend")) {
        if (pos.size() != 2)
            return ctx.usageError(usage());
        auto member = meetings.member(*user, pos.at(1));
        if (!member.ok())
            return ctx.fail(member.error());
        const auto presence = core::fromId(core::presences(), cl.value(QStringLiteral("presence")));
        if (!presence)
            return ctx.usageError(tr("--presence is one of: %1.")
                                      .arg(core::allIds(core::presences()).join(QStringLiteral(", "))));
        QDateTime arrived, left;
        if (cl.isSet(QStringLiteral("arrived"))) {
            auto t = parseTime(cl.value(QStringLiteral("arrived")));
            if (!t)
                return ctx.usageError(tr("--arrived needs an ISO 8601 date and time."));
            arrived = *t;
        }
        if (cl.isSet(QStringLiteral("left"))) {
            auto t = parseTime(cl.value(QStringLiteral("left")));
            if (!t)
                return ctx.usageError(tr("--left needs an ISO 8601 date and time."));
            left = *t;
        }
        if (auto st = meetings.setAttendance(*user, *meetingId, member->id, *presence, arrived, left);
            !st.ok())
            return ctx.fail(st.error());
        ctx.out() << tr("%1: %2.").arg(member->printedName, core::label(*presence)) << Qt::endl;
        return ExitOk;
    }
    const auto caseId = idAt(pos, 1);
    if (!caseId)
        return ctx.usageError(tr("Give the case id (a positive number) after the meeting's id.\n") + usage());
    if (sub == QLatin1String("agenda-add") || sub == QLatin1String("agenda-set")) {
        int slot = 10;
        QString presenter = cl.value(QStringLiteral("presenter"));
        if (sub == QLatin1String("agenda-set")) { // unchanged unless given
            auto m = meetings.meeting(*user, *meetingId);
            if (!m.ok())
                return ctx.fail(m.error());
            const core::AgendaItem* item = m->itemForCase(*caseId);
            if (!item)
                return ctx.fail(Error::notFound(tr("Case %1 is not on this meeting's agenda.").arg(*caseId)));
            slot = item->slotMinutes;
            if (!cl.isSet(QStringLiteral("presenter")))
                presenter = item->presenter;
        }
        if (cl.isSet(QStringLiteral("slot"))) {
            bool ok = false;
            slot = cl.value(QStringLiteral("slot")).toInt(&ok);
            if (!ok)
                return ctx.usageError(tr("--slot is a number of minutes."));
        }
        if (sub == QLatin1String("agenda-set")) {
            if (auto st = meetings.setPresenter(*user, *meetingId, *caseId, presenter, slot); !st.ok())
                return ctx.fail(st.error());
            ctx.out() << tr("Case %1 in meeting %2: presenter %3, %4 min.")
                             .arg(*caseId)
                             .arg(*meetingId)
                             .arg(presenter.isEmpty() ? tr("not named") : presenter)
                             .arg(slot)
                      << Qt::endl;
            return ExitOk;
        }
        auto id =
            meetings.addToAgenda(*user, *meetingId, *caseId, cl.value(QStringLiteral("presenter")), slot);
        if (!id.ok())
            return ctx.fail(id.error());
        ctx.out() << tr("Case %1 added to meeting %2.").arg(*caseId).arg(*meetingId) << Qt::endl;
        return ExitOk;
    }
    if (sub == QLatin1String("agenda-remove")) {
        if (auto st = meetings.removeFromAgenda(*user, *meetingId, *caseId); !st.ok())
            return ctx.fail(st.error());
        ctx.out() << tr("Case %1 removed from meeting %2.").arg(*caseId).arg(*meetingId) << Qt::endl;
        return ExitOk;
    }
    if (sub == QLatin1String("agenda-move")) {
        bool ok = false;
        const int by = cl.value(QStringLiteral("by")).toInt(&ok);
        if (!ok || by == 0)
            return ctx.usageError(tr("--by is a non-zero number of places (negative moves up)."));
        if (auto st = meetings.moveAgendaItem(*user, *meetingId, *caseId, by); !st.ok())
            return ctx.fail(st.error());
        return ExitOk;
    }
    // conflict MEETING CASE USER
    if (pos.size() != 3)
        return ctx.usageError(usage());
    auto member = meetings.member(*user, pos.at(2));
    if (!member.ok())
        return ctx.fail(member.error());
    const bool clear = cl.isSet(QStringLiteral("clear"));
    if (auto st = meetings.setConflict(*user, *meetingId, *caseId, member->id, !clear,
                                       cl.value(QStringLiteral("reason")));
        !st.ok())
        return ctx.fail(st.error());
    ctx.out() << (clear ? tr("%1 takes part in case %2 again.") : tr("%1 is excluded from case %2."))
                     .arg(member->printedName)
                     .arg(*caseId)
              << Qt::endl;
    return ExitOk;
}

} // namespace cb::cli
