// When a recorded pathway step may be voided or corrected, and what no longer counts once it is
// (voided and superseded records stay readable but leave ordering checks and grade summaries).

#include "core/pathway/CorrectionRules.h"
#include "core/pathway/MonitoringSummary.h"
#include "core/pathway/PathwayRules.h"

#include <QTest>

using namespace cb::core;
using E = PathwayEventType;

namespace {

PathwayEvent step(qint64 id, E type, const QDate& date, const QDate& end = {})
{
    PathwayEvent e;
    e.id = id;
    e.type = type;
    e.date = date;
    e.endDate = end;
    e.rowVersion = 1;
    return e;
}

// apheresis 07-01 (1), bridging 07-05..07-20 (2), receipt 08-10 (3), LD 08-20..08-22 (4),
// infusion 08-24 (5), discharge 09-10 (6)
QList<PathwayEvent> wholePathway()
{
    return {
        step(1, E::Apheresis, {2026, 7, 1}),       step(2, E::Bridging, {2026, 7, 5}, {2026, 7, 20}),
        step(3, E::ProductReceipt, {2026, 8, 10}), step(4, E::Lymphodepletion, {2026, 8, 20}, {2026, 8, 22}),
        step(5, E::Infusion, {2026, 8, 24}),       step(6, E::Discharge, {2026, 9, 10})};
}

Assessment graded(qint64 id, int day, int crs, int icans)
{
    Assessment a;
    a.id = id;
    a.day = day;
    a.crsGrade = crs;
    a.icansGrade = icans;
    a.temperatureC = 38.0;
    return a;
}

} // namespace

class TestCorrectionRules : public QObject
{
    Q_OBJECT
private slots:
    void shouldNeedAReasonToVoid_data()
    {
        QTest::addColumn<QString>("reason");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("a reason") << QStringLiteral("entered on the wrong patient") << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("only spaces") << QStringLiteral("   ") << false;
        QTest::newRow("at the limit") << QString(CorrectionRules::kMaxReasonLength, QLatin1Char('x')) << true;
        QTest::newRow("over the limit")
            << QString(CorrectionRules::kMaxReasonLength + 1, QLatin1Char('x')) << false;
    }
    void shouldNeedAReasonToVoid()
    {
        QFETCH(QString, reason);
        QFETCH(bool, accepted);
        const cb::Status st = CorrectionRules::checkReason(reason);
        QCOMPARE(st.ok(), accepted);
        if (!accepted)
            QCOMPARE(st.error().code, cb::ErrorCode::BadInput);
    }

    void shouldVoidAStepOnlyWhenNothingDependsOnIt_data()
    {
        QTest::addColumn<int>("recorded");    // how many steps of wholePathway() are recorded
        QTest::addColumn<qint64>("target");   // the step to void
        QTest::addColumn<int>("assessments"); // current monitoring assessments
        QTest::addColumn<int>("results");     // follow-up visits with a result
        QTest::addColumn<bool>("allowed");
        QTest::newRow("bridging: nothing needs it") << 6 << qint64(2) << 3 << 1 << true;
        QTest::newRow("apheresis before anything else") << 1 << qint64(1) << 0 << 0 << true;
        QTest::newRow("apheresis under the bridging") << 2 << qint64(1) << 0 << 0 << false;
        QTest::newRow("product receipt under the lymphodepletion") << 4 << qint64(3) << 0 << 0 << false;
        QTest::newRow("lymphodepletion before the infusion") << 4 << qint64(4) << 0 << 0 << true;
        QTest::newRow("infusion with nothing after it") << 5 << qint64(5) << 0 << 0 << true;
        QTest::newRow("infusion with a discharge") << 6 << qint64(5) << 0 << 0 << false;
        QTest::newRow("infusion with an assessment") << 5 << qint64(5) << 1 << 0 << false;
        QTest::newRow("infusion with a follow-up result") << 5 << qint64(5) << 0 << 1 << false;
        QTest::newRow("discharge with follow-up results") << 6 << qint64(6) << 2 << 1 << true;
    }
    void shouldVoidAStepOnlyWhenNothingDependsOnIt()
    {
        QFETCH(int, recorded);
        QFETCH(qint64, target);
        QFETCH(int, assessments);
        QFETCH(int, results);
        QFETCH(bool, allowed);
        const QList<PathwayEvent> events = wholePathway().mid(0, recorded);
        const PathwayEvent& t = events.at(int(target) - 1);
        const cb::Status st = CorrectionRules::checkVoidStep(events, t, assessments, results);
        QVERIFY2(st.ok() == allowed, qPrintable(st.ok() ? QStringLiteral("allowed") : st.error().message));
        if (!allowed) {
            QCOMPARE(st.error().code, cb::ErrorCode::InvalidState);
            QVERIFY2(st.error().message.contains(QLatin1String("first")), qPrintable(st.error().message));
        }
    }

    void shouldRefuseToVoidOrCorrectWhatIsNoLongerCurrent()
    {
        QList<PathwayEvent> events = wholePathway().mid(0, 2);
        events[1].correction.voidedAt = QDateTime(QDate(2026, 7, 21), QTime(9, 0), Qt::UTC);
        QCOMPARE(CorrectionRules::checkVoidStep(events, events[1], 0, 0).error().code,
                 cb::ErrorCode::InvalidState);
        events[1].correction = {};
        events[1].correction.supersededBy = 9;
        const cb::Status st = CorrectionRules::checkCorrectStep(events, events[1], events[1], 0, 0);
        QCOMPARE(st.error().code, cb::ErrorCode::InvalidState);
        QVERIFY(st.error().message.contains(QLatin1String("9")));
    }

    void shouldMoveTheInfusionOnlyWhileNothingIsDatedFromIt()
    {
        const QList<PathwayEvent> events = wholePathway().mid(0, 5);
        PathwayEvent sameDay = events[4];
        PathwayEvent nextDay = events[4];
        nextDay.date = nextDay.date.addDays(1);
        QVERIFY(CorrectionRules::checkCorrectStep(events, events[4], sameDay, 2, 1).ok());
        QVERIFY(CorrectionRules::checkCorrectStep(events, events[4], nextDay, 0, 0).ok());
        QCOMPARE(CorrectionRules::checkCorrectStep(events, events[4], nextDay, 2, 0).error().code,
                 cb::ErrorCode::InvalidState);
        PathwayEvent other = events[4];
        other.type = E::Discharge;
        QCOMPARE(CorrectionRules::checkCorrectStep(events, events[4], other, 0, 0).error().code,
                 cb::ErrorCode::BadInput);
    }

    void shouldIgnoreVoidedStepsInTheOrderRules()
    {
        // GIVEN the apheresis and a voided second apheresis
        QList<PathwayEvent> events = wholePathway().mid(0, 1);
        PathwayEvent voided = step(7, E::ProductReceipt, {2026, 7, 2});
        voided.correction.voidedAt = QDateTime(QDate(2026, 7, 3), QTime(9, 0), Qt::UTC);
        events << voided;
        // WHEN the product receipt is recorded THEN the voided one does not make it a second one
        const PathwayRules::Context ctx{events, {}, {2026, 6, 1}, {2026, 11, 25}};
        QVERIFY(PathwayRules::check(ctx, step(0, E::ProductReceipt, {2026, 7, 4})).ok());
        // AND a voided infusion is no day 0
        PathwayEvent day0 = step(8, E::Infusion, {2026, 8, 24});
        day0.correction.supersededBy = 9;
        QVERIFY(PathwayRules::infusion({day0}) == nullptr);
    }

    void shouldLeaveVoidedAndSupersededAssessmentsOutOfTheSummary()
    {
        Assessment worst = graded(1, 2, 3, 0);
        worst.correction.voidedAt = QDateTime(QDate(2026, 8, 27), QTime(9, 0), Qt::UTC);
        Assessment corrected = graded(2, 2, 4, 2);
        corrected.correction.supersededBy = 3;
        Assessment replacement = graded(3, 2, 1, 1);
        replacement.correction.supersedes = 2;
        const MonitoringSummary s = MonitoringSummary::of({worst, corrected, replacement});
        QCOMPARE(s.worstCrs, 1);
        QCOMPARE(s.worstIcans, 1);
        QCOMPARE(s.days.size(), 1);
        QCOMPARE(s.days.first().assessments, 1);
    }
};

QTEST_GUILESS_MAIN(TestCorrectionRules)
#include "TestCorrectionRules.moc"
