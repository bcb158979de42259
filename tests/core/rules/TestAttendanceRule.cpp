// The meeting attendance rule (SPEC §7.2 item 2) checked for one case at one moment: required
// specialties, "at least N of" the others, arrival and departure times, conflicts of interest.

#include "core/Meeting.h"

#include <QTest>

using namespace cb::core;

namespace {

const QDateTime kStart(QDate(2026, 11, 25), QTime(8, 0), Qt::UTC);

Attendee member(qint64 id, Discipline d, Presence p = Presence::Present, int arrivedMin = -1,
                int leftMin = -1)
{
    Attendee a;
    a.userId = id;
    a.printedName = QStringLiteral("Member %1").arg(id);
    a.discipline = d;
    a.presence = p;
    if (arrivedMin >= 0)
        a.arrivedAt = kStart.addSecs(arrivedMin * 60);
    if (leftMin >= 0)
        a.leftAt = kStart.addSecs(leftMin * 60);
    return a;
}

AttendanceRule defaultRule(bool blocks = false)
{
    return {{Discipline::Hematology, Discipline::Nursing},
            {Discipline::Cardiology, Discipline::Neurology, Discipline::Pulmonology, Discipline::Icu,
             Discipline::InfectiousDisease, Discipline::Pharmacy},
            2,
            blocks};
}

} // namespace

class TestAttendanceRule : public QObject
{
    Q_OBJECT

private slots:
    void checksTheRuleForOneCaseAtOneMoment_data()
    {
        QTest::addColumn<QList<Attendee>>("attendees");
        QTest::addColumn<QList<qint64>>("excluded");
        QTest::addColumn<int>("atMinute");
        QTest::addColumn<bool>("met");
        QTest::addColumn<QStringList>("missing");
        QTest::addColumn<int>("anyOfPresent");

        const QList<Attendee> full{member(1, Discipline::Hematology), member(2, Discipline::Nursing),
                                   member(3, Discipline::Cardiology), member(4, Discipline::Icu)};
        QTest::newRow("all needed present") << full << QList<qint64>{} << 30 << true << QStringList{} << 2;
        QTest::newRow("nursing absent")
            << QList<Attendee>{member(1, Discipline::Hematology),
                               member(2, Discipline::Nursing, Presence::Absent),
                               member(3, Discipline::Cardiology), member(4, Discipline::Icu)}
            << QList<qint64>{} << 30 << false << QStringList{QStringLiteral("nursing")} << 2;
        QTest::newRow("nursing excused is still missing")
            << QList<Attendee>{member(1, Discipline::Hematology),
                               member(2, Discipline::Nursing, Presence::Excused),
                               member(3, Discipline::Cardiology), member(4, Discipline::Icu)}
            << QList<qint64>{} << 30 << false << QStringList{QStringLiteral("nursing")} << 2;
        QTest::newRow("only one other specialty")
            << QList<Attendee>{member(1, Discipline::Hematology), member(2, Discipline::Nursing),
                               member(3, Discipline::Cardiology)}
            << QList<qint64>{} << 30 << false << QStringList{} << 1;
        QTest::newRow("two of the same specialty count once")
            << QList<Attendee>{member(1, Discipline::Hematology), member(2, Discipline::Nursing),
                               member(3, Discipline::Cardiology), member(5, Discipline::Cardiology)}
            << QList<qint64>{} << 30 << false << QStringList{} << 1;
        QTest::newRow("cardiologist arrives after the verdict")
            << QList<Attendee>{member(1, Discipline::Hematology), member(2, Discipline::Nursing),
                               member(3, Discipline::Cardiology, Presence::Present, 45),
                               member(4, Discipline::Icu)}
            << QList<qint64>{} << 30 << false << QStringList{} << 1;
        QTest::newRow("cardiologist arrives exactly at the verdict")
            << QList<Attendee>{member(1, Discipline::Hematology), member(2, Discipline::Nursing),
                               member(3, Discipline::Cardiology, Presence::Present, 30),
                               member(4, Discipline::Icu)}
            << QList<qint64>{} << 30 << true << QStringList{} << 2;
        QTest::newRow("hematologist left before the verdict")
            << QList<Attendee>{member(1, Discipline::Hematology, Presence::Present, 0, 20),
                               member(2, Discipline::Nursing), member(3, Discipline::Cardiology),
                               member(4, Discipline::Icu)}
            << QList<qint64>{} << 30 << false << QStringList{QStringLiteral("hematology")} << 2;
        QTest::newRow("ICU physician excluded for a conflict of interest")
            << full << QList<qint64>{4} << 30 << false << QStringList{} << 1;
        QTest::newRow("expected but not marked")
            << QList<Attendee>{member(1, Discipline::Hematology, Presence::Expected)} << QList<qint64>{} << 30
            << false << QStringList{QStringLiteral("hematology"), QStringLiteral("nursing")} << 0;
    }

    void checksTheRuleForOneCaseAtOneMoment()
    {
        QFETCH(QList<Attendee>, attendees);
        QFETCH(QList<qint64>, excluded);
        QFETCH(int, atMinute);
        QFETCH(bool, met);
        QFETCH(QStringList, missing);
        QFETCH(int, anyOfPresent);

        Meeting m;
        m.id = 7;
        m.startsAt = kStart;
        m.attendees = attendees;
        AgendaItem item;
        item.caseId = 42;
        item.excludedUserIds = excluded;
        m.agenda << item;
        const auto check = checkAttendance(defaultRule(), m, 42, kStart.addSecs(atMinute * 60));
        QCOMPARE(check.met, met);
        QStringList missingIds;
        for (const auto d : check.missingRequired)
            missingIds << toId(d);
        QCOMPARE(missingIds, missing);
        QCOMPARE(check.anyOfPresent, anyOfPresent);
        QCOMPARE(check.meetingId, qint64(7));
        QCOMPARE(check.excludedMembers.size(), excluded.size());
        QCOMPARE(check.toJson().value(QStringLiteral("met")).toBool(), met);
    }

    void exclusionAppliesOnlyToItsOwnCase()
    {
        Meeting m;
        m.startsAt = kStart;
        m.attendees = {member(1, Discipline::Hematology), member(2, Discipline::Nursing),
                       member(3, Discipline::Cardiology), member(4, Discipline::Icu)};
        AgendaItem a;
        a.caseId = 1;
        a.excludedUserIds = {4};
        AgendaItem b;
        b.caseId = 2;
        m.agenda = {a, b};
        QVERIFY(!checkAttendance(defaultRule(), m, 1, kStart).met);
        QVERIFY(checkAttendance(defaultRule(), m, 2, kStart).met);
    }

    void summarySaysWhetherItBlocks()
    {
        Meeting m;
        m.startsAt = kStart;
        const auto recorded = checkAttendance(defaultRule(false), m, 1, kStart);
        const auto blocking = checkAttendance(defaultRule(true), m, 1, kStart);
        QVERIFY(recorded.summary().contains(QStringLiteral("Recorded")));
        QVERIFY(blocking.summary().contains(QStringLiteral("blocks")));
        QVERIFY(blocking.summary().contains(QStringLiteral("Hematology")));
    }

    void minutesContentChangesWithAttendance()
    {
        Meeting m;
        m.id = 3;
        m.startsAt = kStart;
        m.attendees = {member(1, Discipline::Hematology)};
        const QByteArray before = m.minutesContent();
        m.attendees[0].presence = Presence::Absent;
        QVERIFY(m.minutesContent() != before);
    }
};

QTEST_APPLESS_MAIN(TestAttendanceRule)
#include "TestAttendanceRule.moc"
