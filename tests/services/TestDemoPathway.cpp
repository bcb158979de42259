// The demo program's treated cases carry a realistic pathway (resources/demo/demo_pathway.json),
// loaded through the services on both backends: steps in order, two weeks of monitoring with a
// grade 2 CRS treated with tocilizumab and a grade 1 ICANS, follow-up visits with responses.

#include "services/CaseService.h"
#include "services/DemoProgram.h"
#include "services/FollowUpService.h"
#include "services/MonitoringService.h"
#include "services/PathwayService.h"
#include "storage/UserRepository.h"
#include "support/TestDatabase.h"
#include "support/TestWorkspace.h"

#include <QTest>

using cb::core::CaseState;

class TestDemoPathway : public QObject
{
    Q_OBJECT

private slots:
    void shouldGiveEveryTreatedDemoCaseItsPathway_data() { cb::test::addBackendRows(); }
    void shouldGiveEveryTreatedDemoCaseItsPathway();
};

void TestDemoPathway::shouldGiveEveryTreatedDemoCaseItsPathway()
{
    QFETCH(QString, backend);
    CB_TEST_DATABASE(db, backend);
    auto t = cb::test::openTestWorkspace(db.url());
    QVERIFY(t);
    // WHEN the demo program is loaded
    auto st = cb::services::DemoProgram(*t.ws).load(QStringLiteral("demo-password-for-tests"));
    QVERIFY2(st.ok(), qPrintable(st.error().message));
    auto found = cb::storage::UserRepository(t->database()).findByUsername(QStringLiteral("coordinator"));
    QVERIFY(found.ok() && found->has_value());
    const auto coordinator = (*found)->account.identity;

    // THEN every case in treatment or follow-up has steps in order, an infusion and monitoring
    auto cases = t->cases().listCases(coordinator, std::nullopt);
    QVERIFY(cases.ok());
    int treated = 0;
    int withCrs2AndToci = 0;
    for (const auto& c : *cases) {
        if (c.state != CaseState::Treatment && c.state != CaseState::FollowUp)
            continue;
        ++treated;
        auto pathway = t->pathway().pathway(coordinator, c.caseId);
        QVERIFY(pathway.ok());
        QVERIFY2(pathway->infusionDate.isValid(), qPrintable(QString::number(c.caseId)));
        QCOMPARE(pathway->events.first().type, cb::core::PathwayEventType::Apheresis);
        auto sheet = t->monitoring().monitoring(coordinator, c.caseId);
        QVERIFY(sheet.ok());
        QVERIFY(!sheet->assessments.isEmpty());
        QCOMPARE(sheet->assessments.first().day, 0);
        if (sheet->summary.worstCrs == 2 && sheet->summary.worstIcans == 1 &&
            sheet->summary.tocilizumabDoses > 0)
            ++withCrs2AndToci;
        if (c.state == CaseState::FollowUp) {
            auto plan = t->followUps().followUps(coordinator, c.caseId);
            QVERIFY(plan.ok());
            QVERIFY(!plan->visits.isEmpty());
            QVERIFY(plan->visits.first().isDone());
            QVERIFY(!plan->visits.first().response.isEmpty());
            QCOMPARE(sheet->summary.days.last().day, 13); // two weeks of monitoring
        }
    }
    QCOMPARE(treated, 5);
    QCOMPARE(withCrs2AndToci, 3);
    // AND the worklist has visits due and overdue
    auto due = t->followUps().listFollowUps(coordinator, true);
    QVERIFY(due.ok());
    const auto schedule = t->followUps().schedule();
    QSet<QString> statuses;
    for (const auto& e : *due)
        statuses << cb::core::toId(schedule.status(e.visit.dueDate, e.visit.doneDate, t->clock().todayUtc()));
    QVERIFY2(statuses.contains(QStringLiteral("due")) && statuses.contains(QStringLiteral("overdue")),
             qPrintable(QStringList(statuses.values()).join(QLatin1Char(','))));
}

QTEST_GUILESS_MAIN(TestDemoPathway)
#include "TestDemoPathway.moc"
