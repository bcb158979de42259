// The treatment pathway, monitoring and follow-up through the real services on SQLite and
// PostgreSQL: the case moves with its steps, refusals write nothing, grades are stored with their
// inputs, rule version and assessor, visits take the response categories of the indication.

#include "PathwayScenario.h"
#include "ReviewWorld.h"
#include "services/CaseService.h"
#include "services/FollowUpService.h"
#include "services/MonitoringService.h"
#include "services/PathwayService.h"
#include "services/Workspace.h"
#include "support/TestDatabase.h"
#include "support/TestWorkspace.h"

#include <QTest>

using cb::ErrorCode;
using cb::core::CaseState;
using cb::core::PathwayEventType;
using cb::test::PathwayScenario;
using cb::test::ReviewWorld;

#define GIVEN_A_REVIEW_WORLD(world)                                                                          \
    QFETCH(QString, backend);                                                                                \
    CB_TEST_DATABASE(db, backend);                                                                           \
    ReviewWorld world(db.url());                                                                             \
    QVERIFY(world.ok())

namespace {

CaseState stateOf(ReviewWorld& w, qint64 caseId)
{
    auto rec = w.ws().cases().openCase(w.coordinator(), caseId);
    return rec.ok() ? rec->state : CaseState::Referred;
}

// Day 2 at 08:00 (+01:00): febrile on 2 L/min nasal cannula, ICE 9/10, tocilizumab given.
QJsonObject dayTwo()
{
    return QJsonDocument::fromJson(R"({
      "time": "2026-12-26T08:00:00+01:00",
      "temperature_c": 38.9, "hypotension": false, "vasopressors": [],
      "oxygen": {"device": "nasal_cannula", "flow_l_min": 2},
      "arousable": true,
      "orientation": {"year": true, "month": true, "city": true, "hospital": false},
      "naming_correct_count": 3, "follows_commands": true, "writes_standard_sentence": true,
      "counts_back_from_100_by_10": true,
      "consciousness": "alert", "seizure": "none", "motor": "none", "cerebral_edema": "none",
      "interventions": {"tocilizumab_mg": 640}
    })")
        .object();
}

} // namespace

class TestPathwayService : public QObject
{
    Q_OBJECT

private slots:
    void shouldCarryAnEligibleCaseFromApheresisToFollowUp_data() { cb::test::addBackendRows(); }
    void shouldCarryAnEligibleCaseFromApheresisToFollowUp();
    void shouldRefuseAnOutOfOrderStepAndWriteNothing_data() { cb::test::addBackendRows(); }
    void shouldRefuseAnOutOfOrderStepAndWriteNothing();
    void shouldRefuseThePathwayBeforeAnEligibleVerdict_data() { cb::test::addBackendRows(); }
    void shouldRefuseThePathwayBeforeAnEligibleVerdict();
    void shouldStoreGradesWithInputsRuleVersionAndAssessor_data() { cb::test::addBackendRows(); }
    void shouldStoreGradesWithInputsRuleVersionAndAssessor();
    void shouldRefuseAnEntryWithAFindingNotAssessedNamingIt_data();
    void shouldRefuseAnEntryWithAFindingNotAssessedNamingIt();
    void shouldRefuseMonitoringBeforeTheInfusion_data() { cb::test::addBackendRows(); }
    void shouldRefuseMonitoringBeforeTheInfusion();
    void shouldRecordAFollowUpVisitInTheSchemeOfTheIndication_data() { cb::test::addBackendRows(); }
    void shouldRecordAFollowUpVisitInTheSchemeOfTheIndication();
    void shouldLetViewersReadButNotRecord_data() { cb::test::addBackendRows(); }
    void shouldLetViewersReadButNotRecord();
};

void TestPathwayService::shouldCarryAnEligibleCaseFromApheresisToFollowUp()
{
    GIVEN_A_REVIEW_WORLD(w);
    // GIVEN an eligible case with its steps up to lymphodepletion
    const qint64 id = PathwayScenario::treatedCase(w, false);
    QVERIFY(id);
    QCOMPARE(stateOf(w, id), CaseState::Decided);
    const qint64 head = cb::test::auditHead(w.ws());

    // WHEN the infusion is recorded THEN the case is in treatment with its follow-up scheduled
    auto infused = w.ws().pathway().recordStep(w.coordinator(), id, PathwayScenario::infusion());
    QVERIFY2(infused.ok(), qPrintable(infused.error().message));
    QCOMPARE(infused->stateAfter, CaseState::Treatment);
    QCOMPARE(infused->followUpsScheduled, 18);
    QCOMPARE(stateOf(w, id), CaseState::Treatment);
    QCOMPARE(cb::test::auditActions(w.ws(), head),
             (QStringList{QStringLiteral("pathway.record"), QStringLiteral("case.move"),
                          QStringLiteral("follow_up.schedule"), QStringLiteral("case.view")}));

    // WHEN the patient is discharged THEN the case is in follow-up
    auto discharged = w.ws().pathway().recordStep(
        w.coordinator(), id,
        PathwayScenario::step(
            PathwayEventType::Discharge, PathwayScenario::day(1, 7),
            R"({"caregiver_confirmed": true, "prophylaxis": "aciclovir, co-trimoxazole"})"));
    QVERIFY2(discharged.ok(), qPrintable(discharged.error().message));
    QCOMPARE(stateOf(w, id), CaseState::FollowUp);

    // AND the pathway reads back in order with the CAR-HEMATOTOX kept on the lymphodepletion
    auto view = w.ws().pathway().pathway(w.coordinator(), id);
    QVERIFY(view.ok());
    QCOMPARE(view->events.size(), 6);
    QCOMPARE(view->events.first().type, PathwayEventType::Apheresis);
    QCOMPARE(view->events.last().type, PathwayEventType::Discharge);
    QCOMPARE(view->infusionDate, PathwayScenario::day(12, 24));
    const auto& ld = view->events.at(3);
    QCOMPARE(ld.type, PathwayEventType::Lymphodepletion);
    QCOMPARE(ld.endDate, PathwayScenario::day(12, 22));
    QCOMPARE(ld.details.value(QStringLiteral("hematotox_result"))
                 .toObject()
                 .value(QStringLiteral("risk"))
                 .toString(),
             QStringLiteral("low"));
    QCOMPARE(ld.recordedByName, w.coordinator().printedName);
}

void TestPathwayService::shouldRefuseAnOutOfOrderStepAndWriteNothing()
{
    GIVEN_A_REVIEW_WORLD(w);
    const qint64 id = PathwayScenario::treatedCase(w, false);
    QVERIFY(id);
    const qint64 head = cb::test::auditHead(w.ws());
    const qint64 events = db.count(QStringLiteral("pathway_event"));

    // WHEN the infusion is dated the day after lymphodepletion ends (the minimum is 2 days)
    auto early = w.ws().pathway().recordStep(w.coordinator(), id,
                                             PathwayScenario::step(PathwayEventType::Infusion,
                                                                   PathwayScenario::day(12, 23),
                                                                   R"({"lot": "L", "dose": "d"})"));
    // THEN it is refused naming the dates, and nothing is written
    QCOMPARE(early.error().code, ErrorCode::BadInput);
    QVERIFY2(early.error().message.contains(QLatin1String("2026-12-22")), qPrintable(early.error().message));
    // WHEN a second apheresis is recorded THEN it is not allowed in this state
    auto again = w.ws().pathway().recordStep(w.coordinator(), id,
                                             PathwayScenario::step(PathwayEventType::Apheresis,
                                                                   PathwayScenario::day(12, 1),
                                                                   R"({"washouts_met": true})"));
    QCOMPARE(again.error().code, ErrorCode::InvalidState);
    // WHEN the details lack the lot THEN the field is named
    auto noLot = w.ws().pathway().recordStep(
        w.coordinator(), id,
        PathwayScenario::step(PathwayEventType::Infusion, PathwayScenario::day(12, 24), R"({"dose": "d"})"));
    QCOMPARE(noLot.error().code, ErrorCode::BadInput);
    QVERIFY(noLot.error().message.contains(QLatin1String("\"lot\"")));
    QCOMPARE(db.count(QStringLiteral("pathway_event")), events);
    QCOMPARE(cb::test::auditHead(w.ws()), head);
    QCOMPARE(stateOf(w, id), CaseState::Decided);
}

void TestPathwayService::shouldRefuseThePathwayBeforeAnEligibleVerdict()
{
    GIVEN_A_REVIEW_WORLD(w);
    const qint64 id = w.newCase();
    auto r = w.ws().pathway().recordStep(w.coordinator(), id, PathwayScenario::stepsBeforeInfusion().first());
    QCOMPARE(r.error().code, ErrorCode::InvalidState);
    QVERIFY(r.error().message.contains(QLatin1String("eligible verdict")));
    auto missing =
        w.ws().pathway().recordStep(w.coordinator(), 999999, PathwayScenario::stepsBeforeInfusion().first());
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
}

void TestPathwayService::shouldStoreGradesWithInputsRuleVersionAndAssessor()
{
    GIVEN_A_REVIEW_WORLD(w);
    const qint64 id = PathwayScenario::treatedCase(w);
    QVERIFY(id);
    const auto nurse = w.specialist(cb::core::Discipline::Nursing);

    // WHEN the nurse records day 2
    auto a = w.ws().monitoring().recordAssessment(nurse, id, dayTwo());
    QVERIFY2(a.ok(), qPrintable(a.error().message));
    // THEN the grades are computed and kept with what they came from
    QCOMPARE(a->day, 2);
    QCOMPARE(a->crsGrade, 2);
    QCOMPARE(a->icansGrade, 1);
    QCOMPARE(a->iceScore, 9);

    // WHEN day 3 is afebrile on the same oxygen after tocilizumab THEN CRS is still graded 2
    QJsonObject day3 = dayTwo();
    day3.insert(QStringLiteral("time"), QStringLiteral("2026-12-27T08:00:00+01:00"));
    day3.insert(QStringLiteral("temperature_c"), 37.1);
    day3.remove(QStringLiteral("interventions"));
    auto b = w.ws().monitoring().recordAssessment(nurse, id, day3);
    QVERIFY2(b.ok(), qPrintable(b.error().message));
    QCOMPARE(b->crsGrade, 2);

    auto view = w.ws().monitoring().monitoring(w.coordinator(), id);
    QVERIFY(view.ok());
    QCOMPARE(view->assessments.size(), 2);
    const auto& stored = view->assessments.first();
    QCOMPARE(stored.ruleVersion, QStringLiteral("ASTCT-2019"));
    QCOMPARE(stored.assessorId, nurse.id);
    QCOMPARE(stored.assessorName, nurse.printedName);
    QCOMPARE(stored.inputs.value(QStringLiteral("temperature_c")).toDouble(), 38.9);
    QCOMPARE(
        stored.outputs.value(QStringLiteral("icans")).toObject().value(QStringLiteral("age_years")).toInt(),
        65);
    QCOMPARE(stored.interventions.value(QStringLiteral("tocilizumab_mg")).toDouble(), 640.0);
    QCOMPARE(stored.assessedAt, QDateTime(QDate(2026, 12, 26), QTime(7, 0), Qt::UTC));
    QCOMPARE(view->summary.worstCrs, 2);
    QCOMPARE(view->summary.worstIcans, 1);
    QCOMPARE(view->summary.tocilizumabDoses, 1);
    QCOMPARE(db.count(QStringLiteral("audit_event WHERE action = 'assessment.record'")), qint64(2));

    // AND an impossible entry is refused naming the field, without a row
    QJsonObject bad = dayTwo();
    bad.insert(QStringLiteral("naming_correct_count"), 4);
    auto refused = w.ws().monitoring().recordAssessment(nurse, id, bad);
    QCOMPARE(refused.error().code, ErrorCode::BadInput);
    QVERIFY(refused.error().message.startsWith(QLatin1String("naming_correct_count")));
    QCOMPARE(db.count(QStringLiteral("assessment")), qint64(2));
}

void TestPathwayService::shouldRefuseAnEntryWithAFindingNotAssessedNamingIt_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("finding"); // left out of the entry, as the form leaves out "not assessed"
    QTest::addColumn<QString>("field");   // the field the refusal names
    for (const QString& b : cb::test::backendNames())
        for (const auto& [finding, field] :
             {std::pair{"temperature_c", "temperature_c"}, std::pair{"hypotension", "hypotension"},
              std::pair{"oxygen", "oxygen"}, std::pair{"consciousness", "consciousness"},
              std::pair{"seizure", "seizure"}, std::pair{"motor", "motor"},
              std::pair{"cerebral_edema", "cerebral_edema"}, std::pair{"time", "time"}})
            QTest::newRow(qPrintable(b + QLatin1Char('/') + QLatin1String(finding)))
                << b << QString::fromLatin1(finding) << QString::fromLatin1(field);
}

void TestPathwayService::shouldRefuseAnEntryWithAFindingNotAssessedNamingIt()
{
    QFETCH(QString, finding);
    QFETCH(QString, field);
    GIVEN_A_REVIEW_WORLD(w);
    const qint64 id = PathwayScenario::treatedCase(w);
    QVERIFY(id);
    // GIVEN day 2's entry without one finding WHEN the nurse records it
    QJsonObject entry = dayTwo();
    entry.remove(finding);
    auto refused =
        w.ws().monitoring().recordAssessment(w.specialist(cb::core::Discipline::Nursing), id, entry);
    // THEN it is refused, naming the finding, and nothing is stored
    QCOMPARE(refused.error().code, ErrorCode::BadInput);
    QCOMPARE(refused.error().field, field);
    QVERIFY2(refused.error().message.contains(field), qPrintable(refused.error().message));
    QCOMPARE(db.count(QStringLiteral("assessment")), qint64(0));
}

void TestPathwayService::shouldRefuseMonitoringBeforeTheInfusion()
{
    GIVEN_A_REVIEW_WORLD(w);
    const qint64 id = PathwayScenario::treatedCase(w, false);
    QVERIFY(id);
    auto before = w.ws().monitoring().recordAssessment(w.coordinator(), id, dayTwo());
    QCOMPARE(before.error().code, ErrorCode::InvalidState);
    QVERIFY(w.ws().pathway().recordStep(w.coordinator(), id, PathwayScenario::infusion()).ok());
    QJsonObject early = dayTwo();
    early.insert(QStringLiteral("time"), QStringLiteral("2026-12-23T22:00:00Z"));
    QCOMPARE(w.ws().monitoring().recordAssessment(w.coordinator(), id, early).error().code,
             ErrorCode::BadInput);
    QJsonObject future = dayTwo();
    future.insert(QStringLiteral("time"), QStringLiteral("2027-01-25T08:00:00Z"));
    QCOMPARE(w.ws().monitoring().recordAssessment(w.coordinator(), id, future).error().code,
             ErrorCode::BadInput);
}

void TestPathwayService::shouldRecordAFollowUpVisitInTheSchemeOfTheIndication()
{
    GIVEN_A_REVIEW_WORLD(w);
    const qint64 id = PathwayScenario::treatedCase(w);
    QVERIFY(id);
    auto& fu = w.ws().followUps();

    // GIVEN the schedule made at infusion, WHEN today is day 31 THEN day 28 is due
    auto due = fu.listFollowUps(w.coordinator(), true);
    QVERIFY(due.ok());
    QCOMPARE(due->size(), 1);
    QCOMPARE(due->first().visit.visit, QStringLiteral("day_28"));
    QCOMPARE(due->first().visit.dueDate, PathwayScenario::day(1, 21));

    // WHEN no response is chosen THEN it is refused, naming the response
    cb::services::FollowUpInput in;
    in.visit = QStringLiteral("day_28");
    auto empty = fu.recordVisit(w.coordinator(), id, in);
    QCOMPARE(empty.error().code, ErrorCode::BadInput);
    QCOMPARE(empty.error().field, QStringLiteral("response"));
    // (MRD is not recorded for lymphoma: not choosing it is no refusal)
    in.mrd = std::nullopt;

    // WHEN a myeloma category is given to this lymphoma THEN it is refused with the Lugano list
    in.response = QStringLiteral("vgpr");
    auto wrong = fu.recordVisit(w.coordinator(), id, in);
    QCOMPARE(wrong.error().code, ErrorCode::BadInput);
    QVERIFY(wrong.error().message.contains(QLatin1String("cmr")));
    in.visit = QStringLiteral("day_29");
    QCOMPARE(fu.recordVisit(w.coordinator(), id, in).error().code, ErrorCode::BadInput);

    // WHEN the PET-CT shows a complete metabolic response THEN the visit is done and the case in follow-up
    in.visit = QStringLiteral("day-28");
    in.response = QStringLiteral("CMR");
    in.details =
        QJsonDocument::fromJson(R"({"igg_mg_dl": 420, "cytopenias": "grade 1 thrombocytopenia"})").object();
    auto done = fu.recordVisit(w.specialist(cb::core::Discipline::Hematology), id, in);
    QVERIFY2(done.ok(), qPrintable(done.error().message));
    QCOMPARE(done->response, QStringLiteral("cmr"));
    QCOMPARE(done->ruleVersion, QStringLiteral("Lugano-2014"));
    QCOMPARE(done->doneDate, PathwayScenario::day(1, 24));
    QCOMPARE(stateOf(w, id), CaseState::FollowUp);
    QCOMPARE(fu.listFollowUps(w.coordinator(), true)->size(), 0);

    // AND recording it again needs its row version (a correction), not a silent overwrite
    auto again = fu.recordVisit(w.coordinator(), id, in);
    QCOMPARE(again.error().code, ErrorCode::InvalidState);
    in.expectedRowVersion = done->rowVersion;
    in.response = QStringLiteral("pmr");
    QVERIFY(fu.recordVisit(w.coordinator(), id, in).ok());

    auto plan = fu.followUps(w.coordinator(), id);
    QVERIFY(plan.ok());
    QCOMPARE(plan->visits.size(), 18);
    QCOMPARE(plan->statusOf(plan->visits.first()), cb::core::VisitStatus::Done);
    QCOMPARE(plan->statusOf(plan->visits.at(1)), cb::core::VisitStatus::Scheduled);

    // AND the case can be closed through the existing close path: lost to follow-up
    QVERIFY(w.ws().cases().closeCase(w.coordinator(), id, cb::core::CloseReason::LostToFollowUp, {}).ok());
    QCOMPARE(fu.recordVisit(w.coordinator(), id, in).error().code, ErrorCode::InvalidState);
}

void TestPathwayService::shouldLetViewersReadButNotRecord()
{
    GIVEN_A_REVIEW_WORLD(w);
    const qint64 id = PathwayScenario::treatedCase(w);
    QVERIFY(id);
    const auto viewer = w.addUser(QStringLiteral("viewer1"), {cb::core::Role::Viewer});
    const auto admin = w.addUser(QStringLiteral("admin1"), {cb::core::Role::Administrator});
    QVERIFY(w.ws().pathway().pathway(viewer, id).ok());
    QVERIFY(w.ws().monitoring().monitoring(viewer, id).ok());
    QVERIFY(w.ws().followUps().followUps(viewer, id).ok());
    for (const auto& who : {viewer, admin}) {
        QCOMPARE(w.ws().monitoring().recordAssessment(who, id, dayTwo()).error().code,
                 ErrorCode::PermissionDenied);
        QCOMPARE(w.ws().pathway().recordStep(who, id, PathwayScenario::infusion()).error().code,
                 ErrorCode::PermissionDenied);
    }
    QCOMPARE(w.ws().pathway().pathway(admin, id).error().code, ErrorCode::PermissionDenied);
    QCOMPARE(db.count(QStringLiteral("audit_event WHERE action = 'permission.denied'")), qint64(5));
}

QTEST_GUILESS_MAIN(TestPathwayService)
#include "TestPathwayService.moc"
