// Tumor board meetings through MeetingService on SQLite and PostgreSQL: scheduling and who may
// do it, the agenda and its suggestions, attendance and conflicts of interest checked at the
// verdict (recorded or blocking), and signed minutes that neither the service nor SQL can change.

#include "ReviewWorld.h"
#include "services/AuditService.h"
#include "services/CaseService.h"
#include "services/DecisionService.h"
#include "services/MeetingService.h"
#include "services/ReportService.h"
#include "services/SettingsService.h"
#include "services/Workspace.h"
#include "support/TestDatabase.h"
#include "support/TestWorkspace.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using cb::ErrorCode;
using cb::core::CaseState;
using cb::core::Discipline;
using cb::core::Presence;
using cb::services::MeetingInput;
using cb::test::ReviewWorld;

#define GIVEN_A_MEETING_WORLD(world)                                                                         \
    QFETCH(QString, backend);                                                                                \
    CB_TEST_DATABASE(db, backend);                                                                           \
    ReviewWorld world(db.url());                                                                             \
    QVERIFY(world.ok())

namespace {

MeetingInput at(const QDateTime& start)
{
    MeetingInput in;
    in.startsAt = start;
    in.durationMinutes = 60;
    in.location = QStringLiteral("Room 4.12");
    return in;
}

qint64 scheduled(ReviewWorld& w, const QDateTime& start)
{
    w.chair(); // the cast exists before the invitations go out
    for (const auto d : cb::core::coreDisciplines())
        w.specialist(d);
    auto id = w.ws().meetings().schedule(w.coordinator(), at(start));
    if (!id.ok())
        qWarning("schedule: %s", qPrintable(id.error().message));
    return id.ok() ? *id : 0;
}

bool everyonePresent(ReviewWorld& w, qint64 meetingId, const QList<QString>& except = {})
{
    auto m = w.ws().meetings().meeting(w.coordinator(), meetingId);
    if (!m.ok())
        return false;
    for (const auto& a : m->attendees)
        if (!w.ws()
                 .meetings()
                 .setAttendance(w.coordinator(), meetingId, a.userId,
                                except.contains(a.username) ? Presence::Absent : Presence::Present)
                 .ok())
            return false;
    return true;
}

} // namespace

class TestMeetingService : public QObject
{
    Q_OBJECT

private slots:
    void shouldInviteTheBoardAndLetOnlyCoordinatorsAndChairsSchedule_data() { cb::test::addBackendRows(); }
    void shouldInviteTheBoardAndLetOnlyCoordinatorsAndChairsSchedule()
    {
        GIVEN_A_MEETING_WORLD(w);
        const qint64 id = scheduled(w, ReviewWorld::now().addDays(2));
        QVERIFY(id);
        auto m = w.ws().meetings().meeting(w.coordinator(), id);
        QVERIFY(m.ok());
        QVERIFY(m->attendees.size() >= 8); // chair, six specialists, coordinator
        for (const auto& a : m->attendees)
            QCOMPARE(a.presence, Presence::Expected);

        // A cardiologist may read the meeting but not schedule one; the refusal is audited.
        const auto cardio = w.specialist(Discipline::Cardiology);
        QVERIFY(w.ws().meetings().meeting(cardio, id).ok());
        const qint64 auditBefore = db.count(QStringLiteral("audit_event"));
        auto denied = w.ws().meetings().schedule(cardio, at(ReviewWorld::now()));
        QCOMPARE(denied.error().code, ErrorCode::PermissionDenied);
        QCOMPARE(db.count(QStringLiteral("audit_event WHERE action = 'permission.denied'")) > 0, true);
        QVERIFY(db.count(QStringLiteral("audit_event")) > auditBefore);

        // Bad input is named.
        MeetingInput bad = at(ReviewWorld::now());
        bad.durationMinutes = 2;
        QCOMPARE(w.ws().meetings().schedule(w.coordinator(), bad).error().code, ErrorCode::BadInput);
        QCOMPARE(w.ws().meetings().schedule(w.coordinator(), MeetingInput{}).error().code,
                 ErrorCode::BadInput);
    }

    void shouldKeepTheAgendaInOrderAndSuggestReadyCases_data() { cb::test::addBackendRows(); }
    void shouldKeepTheAgendaInOrderAndSuggestReadyCases()
    {
        GIVEN_A_MEETING_WORLD(w);
        const qint64 id = scheduled(w, ReviewWorld::now().addDays(3));
        const qint64 ready = w.readyCase();
        const qint64 other = w.newCase();
        const qint64 third = w.newCase();
        auto& meetings = w.ws().meetings();

        // THEN the ready case is suggested, the work-up ones are not
        auto suggested = meetings.suggestions(w.coordinator(), id);
        QVERIFY(suggested.ok());
        QCOMPARE(suggested->size(), 1);
        QCOMPARE(suggested->first().caseId, ready);

        QVERIFY(meetings.addToAgenda(w.coordinator(), id, ready, QStringLiteral("Dr Hem")).ok());
        QVERIFY(meetings.addToAgenda(w.coordinator(), id, other).ok());
        QVERIFY(meetings.addToAgenda(w.coordinator(), id, third).ok());
        QCOMPARE(meetings.addToAgenda(w.coordinator(), id, ready).error().code, ErrorCode::InvalidState);
        QCOMPARE(meetings.addToAgenda(w.coordinator(), id, 999999).error().code, ErrorCode::NotFound);
        // once on the agenda it is no longer suggested
        QVERIFY(meetings.suggestions(w.coordinator(), id)->isEmpty());

        // WHEN the third moves to the top and the first leaves
        QVERIFY(meetings.moveAgendaItem(w.coordinator(), id, third, -5).ok());
        QVERIFY(meetings.removeFromAgenda(w.coordinator(), id, ready).ok());
        auto m = meetings.meeting(w.coordinator(), id);
        QCOMPARE(m->agenda.size(), 2);
        QCOMPARE(m->agenda.at(0).caseId, third);
        QCOMPARE(m->agenda.at(0).position, 1);
        QCOMPARE(m->agenda.at(1).caseId, other);
        QCOMPARE(m->agenda.at(1).position, 2);
        // an unready case shows what it lacks
        QVERIFY(!m->agenda.at(0).readinessProblems.isEmpty());
    }

    void shouldRecordAttendanceWithTheVerdict_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<bool>("blocks");
        QTest::addColumn<bool>("nursingPresent");
        QTest::addColumn<bool>("signs");
        QTest::addColumn<bool>("met");
        for (const QString& b : cb::test::backendNames()) {
            QTest::newRow(qPrintable(b + QStringLiteral(": quorate"))) << b << true << true << true << true;
            QTest::newRow(qPrintable(b + QStringLiteral(": not quorate, recorded")))
                << b << false << false << true << false;
            QTest::newRow(qPrintable(b + QStringLiteral(": not quorate, blocking")))
                << b << true << false << false << false;
        }
    }

    void shouldRecordAttendanceWithTheVerdict()
    {
        QFETCH(bool, blocks);
        QFETCH(bool, nursingPresent);
        QFETCH(bool, signs);
        QFETCH(bool, met);
        GIVEN_A_MEETING_WORLD(w);
        QVERIFY(w.ws()
                    .settings()
                    .setValue(w.addUser(QStringLiteral("admin1"), {cb::core::Role::Administrator}),
                              cb::services::SettingsService::Key::AttendanceBlocks,
                              blocks ? QStringLiteral("1") : QStringLiteral("0"))
                    .ok());
        const qint64 id = scheduled(w, ReviewWorld::now().addSecs(-1800));
        const qint64 caseId = w.readyCase();
        QVERIFY(w.ws().meetings().addToAgenda(w.coordinator(), id, caseId).ok());
        const QString nurse = w.specialist(Discipline::Nursing).username;
        QVERIFY(everyonePresent(w, id, nursingPresent ? QList<QString>{} : QList<QString>{nurse}));

        QVERIFY(w.recordDecision(caseId));
        auto signedVerdict = w.ws().decisions().signDecision(w.chair(), caseId, ReviewWorld::password());
        QCOMPARE(signedVerdict.ok(), signs);
        if (!signs) {
            QCOMPARE(signedVerdict.error().code, ErrorCode::InvalidState);
            QVERIFY2(signedVerdict.error().message.contains(QStringLiteral("Nursing")),
                     qPrintable(signedVerdict.error().message));
            return;
        }
        const QJsonObject attendance = signedVerdict->quorum.value(QStringLiteral("attendance")).toObject();
        QCOMPARE(attendance.value(QStringLiteral("meeting_id")).toInteger(), id);
        QCOMPARE(attendance.value(QStringLiteral("met")).toBool(), met);
    }

    // Where the verdict is taken (issue 14 item 8): in a meeting that has started and holds the case,
    // or outside a meeting; the setting meeting.required_for_verdict refuses the second, audited.
    void shouldRecordWhereTheVerdictWasTakenAndRequireAMeetingWhenSet_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<int>("meeting"); // 0 none, 1 started and holding the case, 2 still to come
        QTest::addColumn<bool>("required");
        QTest::addColumn<bool>("signs");
        for (const QString& b : cb::test::backendNames()) {
            QTest::newRow(qPrintable(b + QStringLiteral(": in a meeting, recorded")))
                << b << 1 << false << true;
            QTest::newRow(qPrintable(b + QStringLiteral(": outside a meeting, recorded")))
                << b << 0 << false << true;
            QTest::newRow(qPrintable(b + QStringLiteral(": in a meeting, required")))
                << b << 1 << true << true;
            QTest::newRow(qPrintable(b + QStringLiteral(": outside a meeting, required")))
                << b << 0 << true << false;
            QTest::newRow(qPrintable(b + QStringLiteral(": before its meeting starts, required")))
                << b << 2 << true << false;
        }
    }
    void shouldRecordWhereTheVerdictWasTakenAndRequireAMeetingWhenSet()
    {
        QFETCH(int, meeting);
        QFETCH(bool, required);
        QFETCH(bool, signs);
        GIVEN_A_MEETING_WORLD(w);
        using Key = cb::services::SettingsService::Key;
        const auto admin = w.addUser(QStringLiteral("admin1"), {cb::core::Role::Administrator});
        QVERIFY(w.ws().settings().setValue(admin, Key::MeetingRequired, required ? u"yes"_s : u"0"_s).ok());
        QCOMPARE(w.ws().settings().value(Key::MeetingRequired), required ? u"true"_s : u"false"_s);
        const qint64 caseId = w.readyCase();
        qint64 id = 0;
        if (meeting > 0) {
            id = scheduled(w, ReviewWorld::now().addSecs(meeting == 1 ? -1800 : 2 * 86400));
            QVERIFY(w.ws().meetings().addToAgenda(w.coordinator(), id, caseId).ok());
            QVERIFY(everyonePresent(w, id));
        }
        QVERIFY(w.recordDecision(caseId));
        // the chair sees beforehand where the verdict would be taken
        auto before = w.ws().decisions().verdictMeetingNow(w.chair(), caseId);
        QVERIFY(before.ok());
        QCOMPARE(before->inMeeting(), meeting == 1);
        QCOMPARE(before->meetingRequired, required);

        const qint64 mark = cb::test::auditHead(w.ws());
        auto signedVerdict = w.ws().decisions().signDecision(w.chair(), caseId, ReviewWorld::password());
        QCOMPARE(signedVerdict.ok(), signs);
        if (!signs) {
            // THEN it is refused with the reason, the case stays ready, and the refusal is audited
            QCOMPARE(signedVerdict.error().code, ErrorCode::InvalidState);
            const QString message = signedVerdict.error().message;
            QVERIFY2(message.contains(u"meeting.required_for_verdict"_s), qPrintable(message));
            if (meeting == 2)
                QVERIFY2(message.contains(u"on the agenda of the meeting of "_s), qPrintable(message));
            const auto entries = cb::test::auditEntries(w.ws(), mark);
            QCOMPARE(entries.size(), 1);
            QCOMPARE(entries.first().action, u"permission.denied"_s);
            QCOMPARE(entries.first().entityId, QString::number(caseId));
            QCOMPARE(QJsonDocument::fromJson(entries.first().after.toUtf8())
                         .object()
                         .value(u"action"_s)
                         .toString(),
                     u"decision.sign"_s);
            auto decisions = w.ws().decisions().decisions(w.chair(), caseId);
            QVERIFY(decisions.ok() && !decisions->last().isSigned);
            QCOMPARE(w.ws().decisions().verdictMeeting(decisions->last()).where,
                     cb::core::VerdictMeeting::Where::NotSigned);
            return;
        }
        // THEN the verdict keeps where it was taken, and every reader states it the same way
        const cb::core::VerdictMeeting where = w.ws().decisions().verdictMeeting(*signedVerdict);
        QCOMPARE(where.inMeeting(), meeting == 1);
        QCOMPARE(where.meetingRequired, required);
        if (meeting == 1) {
            QCOMPARE(where.meetingId, id);
            QCOMPARE(where.chairName, w.chair().printedName);
            QVERIFY(where.presentMembers.contains(w.specialist(Discipline::Nursing).printedName));
            QVERIFY(where.ruleMet);
            QVERIFY(where.statement(QTimeZone::utc()).startsWith(u"Meeting of "_s));
        } else {
            QCOMPARE(where.where, cb::core::VerdictMeeting::Where::Outside);
            QCOMPARE(where.statement(QTimeZone::utc()), u"Outside a meeting"_s);
        }
        cb::core::DecisionAction a;
        a.description = u"Book apheresis"_s;
        a.owner = u"Coordinator"_s;
        QVERIFY(w.ws().decisions().addAction(w.chair(), caseId, a).ok());
        auto actions = w.ws().meetings().actions(w.coordinator());
        QVERIFY(actions.ok() && actions->size() == 1);
        QCOMPARE(actions->first().verdict.where, where.where);
        QCOMPARE(actions->first().verdict.statement(QTimeZone::utc()), where.statement(QTimeZone::utc()));
        auto dossier = w.ws().reports().dossier(w.coordinator(), caseId, QTimeZone::utc());
        QVERIFY(dossier.ok() && dossier->verdictMeeting);
        QCOMPARE(dossier->verdictMeeting->statement(QTimeZone::utc()), where.statement(QTimeZone::utc()));
        QVERIFY(w.ws().audit().verify()->ok());
    }

    void shouldListActionsAcrossMeetingsWithTheirStatus_data() { cb::test::addBackendRows(); }
    void shouldListActionsAcrossMeetingsWithTheirStatus()
    {
        // GIVEN a verdict signed in a meeting, with three actions: overdue, on time, and done
        GIVEN_A_MEETING_WORLD(w);
        const qint64 id = scheduled(w, ReviewWorld::now().addSecs(-1800));
        const qint64 caseId = w.readyCase();
        QVERIFY(w.ws().meetings().addToAgenda(w.coordinator(), id, caseId).ok());
        QVERIFY(everyonePresent(w, id));
        QVERIFY(w.recordDecision(caseId));
        QVERIFY(w.ws().decisions().signDecision(w.chair(), caseId, ReviewWorld::password()).ok());
        const QDate today = ReviewWorld::now().toLocalTime().date();
        auto add = [&](const QString& what, const QDate& due) {
            cb::core::DecisionAction a;
            a.description = what;
            a.owner = QStringLiteral("Coordinator");
            a.dueDate = due;
            auto r = w.ws().decisions().addAction(w.chair(), caseId, a);
            return r.ok() ? *r : 0;
        };
        // the overdue one was recorded three days ago, due yesterday-but-one (a past due date is refused)
        w.clock().advanceSeconds(-3 * 86400);
        const qint64 late = add(QStringLiteral("Repeat echo"), today.addDays(-2));
        w.clock().advanceSeconds(3 * 86400);
        const qint64 onTime = add(QStringLiteral("Book apheresis"), today.addDays(5));
        const qint64 done = add(QStringLiteral("Letter to referrer"), today.addDays(1));
        QVERIFY(onTime && late && done);
        QVERIFY(w.ws()
                    .decisions()
                    .setActionStatus(w.coordinator(), caseId, done, 1, QStringLiteral("done"))
                    .ok());

        // WHEN the open ones are listed THEN the overdue one comes first and the done one is absent
        auto open = w.ws().meetings().actions(w.coordinator());
        QVERIFY(open.ok());
        QCOMPARE(open->size(), 2);
        QCOMPARE(open->at(0).action.id, late);
        QVERIFY(open->at(0).overdue);
        QCOMPARE(open->at(1).action.id, onTime);
        QVERIFY(!open->at(1).overdue);
        // AND each names the meeting its verdict was taken in
        for (const auto& a : *open) {
            QCOMPARE(a.meetingId, id);
            QCOMPARE(a.caseId, caseId);
            QVERIFY(a.decisionId > 0);
        }
        // WHEN all are listed THEN the done one follows, not overdue
        auto all = w.ws().meetings().actions(w.coordinator(), cb::services::ActionScope::All);
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 3);
        QCOMPARE(all->at(2).action.id, done);
        QCOMPARE(all->at(2).action.status, QStringLiteral("done"));
        QVERIFY(!all->at(2).overdue);
        // AND an administrator (no case access) is refused
        const auto admin = w.addUser(QStringLiteral("admin2"), {cb::core::Role::Administrator});
        QCOMPARE(w.ws().meetings().actions(admin).error().code, ErrorCode::PermissionDenied);
    }

    void shouldExcludeAConflictedMemberFromOneCase_data() { cb::test::addBackendRows(); }
    void shouldExcludeAConflictedMemberFromOneCase()
    {
        GIVEN_A_MEETING_WORLD(w);
        const qint64 id = scheduled(w, ReviewWorld::now().addSecs(-600));
        const qint64 caseId = w.readyCase();
        auto& meetings = w.ws().meetings();
        QVERIFY(meetings.addToAgenda(w.coordinator(), id, caseId).ok());
        QVERIFY(everyonePresent(w, id));
        const auto icu = w.specialist(Discipline::Icu);
        QCOMPARE(meetings.setConflict(w.coordinator(), id, caseId, icu.id, true, {}).error().code,
                 ErrorCode::BadInput);
        QVERIFY(
            meetings
                .setConflict(w.coordinator(), id, caseId, icu.id, true, QStringLiteral("Treating relative"))
                .ok());
        auto check = meetings.attendanceAtVerdict(caseId, ReviewWorld::now());
        QVERIFY(check.ok());
        QVERIFY(check->excludedMembers.contains(icu.printedName));
        QVERIFY(!check->presentDisciplines.contains(Discipline::Icu));
        QVERIFY(meetings.setConflict(w.coordinator(), id, caseId, icu.id, false, {}).ok());
        QVERIFY(meetings.attendanceAtVerdict(caseId, ReviewWorld::now())
                    ->presentDisciplines.contains(Discipline::Icu));
    }

    void shouldFreezeAMeetingOnceItsMinutesAreSigned_data() { cb::test::addBackendRows(); }
    void shouldFreezeAMeetingOnceItsMinutesAreSigned()
    {
        GIVEN_A_MEETING_WORLD(w);
        auto& meetings = w.ws().meetings();
        const qint64 future = scheduled(w, ReviewWorld::now().addDays(1));
        QCOMPARE(meetings.signMinutes(w.chair(), future, ReviewWorld::password()).error().code,
                 ErrorCode::InvalidState);
        QCOMPARE(meetings.signMinutes(w.coordinator(), future, ReviewWorld::password()).error().code,
                 ErrorCode::PermissionDenied);

        const qint64 id = scheduled(w, ReviewWorld::now().addSecs(-3600));
        QVERIFY(everyonePresent(w, id));
        QCOMPARE(meetings.signMinutes(w.chair(), id, QStringLiteral("wrong")).error().code,
                 ErrorCode::NotAuthenticated);
        auto m = meetings.signMinutes(w.chair(), id, ReviewWorld::password());
        QVERIFY2(m.ok(), qPrintable(m.error().message));
        QVERIFY(m->minutesSignature);
        QVERIFY(w.ws().audit().verify()->ok());

        // THEN the service refuses every change
        QCOMPARE(meetings.cancel(w.coordinator(), id, m->rowVersion, QStringLiteral("x")).error().code,
                 ErrorCode::InvalidState);
        QCOMPARE(meetings.setAttendance(w.coordinator(), id, w.chair().id, Presence::Absent).error().code,
                 ErrorCode::InvalidState);
        // AND so does the database
        QString error;
        QVERIFY(!db.exec(
            QStringLiteral("UPDATE attendance SET presence = 'absent' WHERE meeting_id = %1").arg(id),
            &error));
        QVERIFY(!db.exec(QStringLiteral("UPDATE meeting SET location = 'elsewhere' WHERE id = %1").arg(id),
                         &error));
        QVERIFY(!db.exec(QStringLiteral("DELETE FROM meeting WHERE id = %1").arg(id), &error));

        // WHEN someone drops the trigger and rewrites the attendance THEN verify fails
        const QString drop = db.isPostgres()
                                 ? QStringLiteral("DROP TRIGGER attendance_signed_immutable ON attendance")
                                 : QStringLiteral("DROP TRIGGER attendance_signed_no_update");
        QVERIFY2(db.exec(drop, &error), qPrintable(error));
        QVERIFY2(
            db.exec(QStringLiteral("UPDATE attendance SET presence = 'absent' WHERE meeting_id = %1").arg(id),
                    &error),
            qPrintable(error));
        auto verify = w.ws().audit().verify();
        QVERIFY(verify.ok());
        QVERIFY(!verify->ok());
        QVERIFY(verify->signatureProblem.contains(QStringLiteral("minutes")));
    }

    void shouldCancelAndRescheduleWithAReason_data() { cb::test::addBackendRows(); }
    void shouldCancelAndRescheduleWithAReason()
    {
        GIVEN_A_MEETING_WORLD(w);
        auto& meetings = w.ws().meetings();
        const qint64 id = scheduled(w, ReviewWorld::now().addDays(4));
        auto m = meetings.meeting(w.coordinator(), id);
        const QDateTime later = ReviewWorld::now().addDays(5);
        QCOMPARE(meetings.reschedule(w.coordinator(), id, m->rowVersion, later, 60, {}, {}).error().code,
                 ErrorCode::BadInput);
        QVERIFY(meetings
                    .reschedule(w.coordinator(), id, m->rowVersion, later, 45, QStringLiteral("Room 2"),
                                QStringLiteral("Chair at a congress"))
                    .ok());
        // a second workstation with the old row version gets a conflict
        QCOMPARE(meetings.cancel(w.coordinator(), id, m->rowVersion, QStringLiteral("x")).error().code,
                 ErrorCode::Conflict);
        m = meetings.meeting(w.coordinator(), id);
        QCOMPARE(m->startsAt, later);
        QCOMPARE(m->durationMinutes, 45);
        QVERIFY(meetings.cancel(w.coordinator(), id, m->rowVersion, QStringLiteral("Holiday")).ok());
        QCOMPARE(meetings.meeting(w.coordinator(), id)->status, cb::core::MeetingStatus::Cancelled);
        QCOMPARE(meetings.addToAgenda(w.coordinator(), id, w.newCase()).error().code,
                 ErrorCode::InvalidState);
        QCOMPARE(
            db.count(QStringLiteral("audit_event WHERE action IN ('meeting.reschedule', 'meeting.cancel')")),
            qint64(2));
    }
};

QTEST_GUILESS_MAIN(TestMeetingService)
#include "TestMeetingService.moc"
