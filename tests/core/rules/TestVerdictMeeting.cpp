// Where a verdict was taken, read back from the attendance check stored with its signature: in a
// meeting (date, chair, who was present, the attendance rule) or outside a meeting, in words.

#include "core/Meeting.h"
#include "core/VerdictMeeting.h"

#include <QTest>

using namespace cb::core;

namespace {

const QDateTime kStart(QDate(2026, 12, 1), QTime(8, 0), Qt::UTC);

Meeting meeting()
{
    Meeting m;
    m.id = 12;
    m.startsAt = kStart;
    m.durationMinutes = 90;
    m.chairName = QStringLiteral("Dr Helen Zhang");
    auto add = [&m](qint64 id, const QString& name, Discipline d, Presence p) {
        Attendee a;
        a.userId = id;
        a.printedName = name;
        a.discipline = d;
        a.presence = p;
        m.attendees << a;
    };
    add(1, QStringLiteral("Dr Helen Zhang"), Discipline::Hematology, Presence::Present);
    add(2, QStringLiteral("Wang Ping"), Discipline::Nursing, Presence::Present);
    add(3, QStringLiteral("Dr Ana Ribeiro"), Discipline::Cardiology, Presence::Present);
    add(4, QStringLiteral("Dr Markus Weber"), Discipline::Neurology, Presence::Absent);
    AgendaItem item;
    item.caseId = 7;
    m.agenda << item;
    return m;
}

AttendanceRule rule(int anyOf)
{
    return {{Discipline::Hematology, Discipline::Nursing},
            {Discipline::Cardiology, Discipline::Neurology},
            anyOf,
            false,
            false};
}

Decision signedWith(const AttendanceCheck& check, const QDateTime& signedAt)
{
    Decision d;
    d.isSigned = true;
    d.quorum = {{QStringLiteral("rule"), QStringLiteral("review")},
                {QStringLiteral("met"), true},
                {QStringLiteral("attendance"), check.toJson()}};
    Signature s;
    s.signedAt = signedAt;
    d.signature = s;
    return d;
}

} // namespace

class TestVerdictMeeting : public QObject
{
    Q_OBJECT

private slots:
    void shouldStateWhereTheVerdictWasTaken_data()
    {
        QTest::addColumn<int>("kind"); // 0 in a meeting, 1 outside, 2 draft, 3 signed before attendance
        QTest::addColumn<int>("anyOfNeeded");
        QTest::addColumn<int>("signedMinutesAfterStart");
        QTest::addColumn<QString>("statement");
        QTest::addColumn<QString>("attendance");
        QTest::addColumn<bool>("after");
        QTest::newRow("in a meeting, rule met")
            << 0 << 1 << 30
            << "Meeting of 2026-12-01 (chair Dr Helen Zhang; present: Dr Helen Zhang, Wang Ping, Dr Ana "
               "Ribeiro)"
            << "Present: Dr Helen Zhang, Wang Ping, Dr Ana Ribeiro. Attendance rule met." << false;
        QTest::newRow("in a meeting, rule not met")
            << 0 << 2 << 30
            << "Meeting of 2026-12-01 (chair Dr Helen Zhang; present: Dr Helen Zhang, Wang Ping, Dr Ana "
               "Ribeiro)"
            << "Present: Dr Helen Zhang, Wang Ping, Dr Ana Ribeiro. Attendance rule not met (recorded with "
               "the verdict): 1 of the 2 other specialties needed."
            << false;
        QTest::newRow("discussed in a meeting, signed the next day")
            << 0 << 1 << 24 * 60
            << "Meeting of 2026-12-01 (chair Dr Helen Zhang; present: Dr Helen Zhang, Wang Ping, Dr Ana "
               "Ribeiro)"
            << "Present: Dr Helen Zhang, Wang Ping, Dr Ana Ribeiro. Attendance rule met." << true;
        QTest::newRow("outside a meeting")
            << 1 << 1 << 0 << "Outside a meeting"
            << "None: no meeting attendance was checked for this verdict." << false;
        QTest::newRow("a draft") << 2 << 1 << 0 << "Recorded when the chair signs the verdict"
                                 << "Checked when the chair signs the verdict." << false;
        QTest::newRow("signed before attendance was stored")
            << 3 << 1 << 0 << "Not recorded with this verdict"
            << "Not recorded with this verdict." << false;
    }
    void shouldStateWhereTheVerdictWasTaken()
    {
        QFETCH(int, kind);
        QFETCH(int, anyOfNeeded);
        QFETCH(int, signedMinutesAfterStart);
        QFETCH(QString, statement);
        QFETCH(QString, attendance);
        QFETCH(bool, after);
        const QDateTime at = kStart.addSecs(qint64(signedMinutesAfterStart) * 60);
        Decision d;
        if (kind == 0) {
            d = signedWith(checkAttendance(rule(anyOfNeeded), meeting(), 7, at), at);
        } else if (kind == 1) {
            AttendanceCheck none;
            none.missingRequired = rule(anyOfNeeded).required;
            d = signedWith(none, at);
        } else if (kind == 3) {
            d = signedWith({}, at);
            d.quorum.remove(QStringLiteral("attendance"));
        }
        const VerdictMeeting vm = VerdictMeeting::of(d);
        QCOMPARE(vm.inMeeting(), kind == 0);
        QCOMPARE(vm.statement(QTimeZone::utc()), statement);
        QCOMPARE(vm.attendanceText(), attendance);
        QCOMPARE(vm.signedAfterMeeting(), after);
        QCOMPARE(vm.meetingText(QTimeZone::utc()).contains(QStringLiteral("after the meeting")), after);
        if (kind == 0) {
            QCOMPARE(vm.meetingId, 12);
            QCOMPARE(vm.startsAt, kStart);
            QCOMPARE(vm.chairName, QStringLiteral("Dr Helen Zhang"));
            QVERIFY(
                vm.meetingText(QTimeZone(8 * 3600))
                    .startsWith(QStringLiteral("Meeting of 2026-12-01 16:00, chaired by Dr Helen Zhang")));
            QCOMPARE(vm.shortMeetingText(QTimeZone::utc()), QStringLiteral("Meeting of 2026-12-01"));
            QVERIFY(vm.shortAttendanceText().startsWith(QStringLiteral("3 present")));
        }
        if (kind == 1)
            QCOMPARE(vm.shortMeetingText(QTimeZone::utc()), QStringLiteral("Outside a meeting"));
    }

    void shouldNameAConflictedMemberAsExcluded()
    {
        Meeting m = meeting();
        m.agenda[0].excludedUserIds = {3};
        const QDateTime at = kStart.addSecs(600);
        const VerdictMeeting vm = VerdictMeeting::of(signedWith(checkAttendance(rule(1), m, 7, at), at));
        QVERIFY(!vm.presentMembers.contains(QStringLiteral("Dr Ana Ribeiro")));
        QVERIFY2(vm.attendanceText().endsWith(
                     QStringLiteral("Excluded for a conflict of interest: Dr Ana Ribeiro.")),
                 qPrintable(vm.attendanceText()));
        QVERIFY(!vm.ruleMet);
    }

    void shouldKeepTheProgramRuleOfTheMoment()
    {
        AttendanceRule r = rule(1);
        r.meetingRequired = true;
        const QDateTime at = kStart.addSecs(600);
        const AttendanceCheck c = checkAttendance(r, meeting(), 7, at);
        QVERIFY(c.meetingRequired);
        QCOMPARE(c.toJson().value(QStringLiteral("meeting_starts_at")).toString(),
                 QStringLiteral("2026-12-01T08:00:00.000Z"));
        QCOMPARE(c.toJson().value(QStringLiteral("chair")).toString(), QStringLiteral("Dr Helen Zhang"));
        QVERIFY(VerdictMeeting::of(signedWith(c, at)).meetingRequired);
        // outside a meeting, nothing about a meeting is stored
        AttendanceCheck none;
        QVERIFY(!none.toJson().contains(QStringLiteral("meeting_starts_at")));
    }
};

QTEST_GUILESS_MAIN(TestVerdictMeeting)
#include "TestVerdictMeeting.moc"
