// Correcting and voiding recorded pathway steps and monitoring assessments through the real
// services on SQLite and PostgreSQL: nothing is deleted or overwritten, what is voided or
// superseded stops counting, every change is audited with its reason in the same transaction,
// a stale writer gets a conflict, and the database itself refuses deletes and rewrites.

#include "PathwayScenario.h"
#include "ReviewWorld.h"
#include "services/CaseService.h"
#include "services/FollowUpService.h"
#include "services/MonitoringService.h"
#include "services/PathwayService.h"
#include "services/SettingsService.h"
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

// An assessment at `time`: febrile, on the given vasopressors, ICE 10/10 given as a score.
QJsonObject entry(const QString& time, double temperature, const QStringList& vasopressors = {})
{
    QJsonObject o = QJsonDocument::fromJson(R"({
      "hypotension": true, "oxygen": {"device": "none", "flow_l_min": 0},
      "ice_score": 10, "consciousness": "alert", "seizure": "none", "motor": "none", "cerebral_edema": "none"
    })")
                        .object();
    o.insert(QStringLiteral("time"), time);
    o.insert(QStringLiteral("temperature_c"), temperature);
    o.insert(QStringLiteral("vasopressors"), QJsonArray::fromStringList(vasopressors));
    if (vasopressors.isEmpty())
        o.insert(QStringLiteral("hypotension"), false);
    return o;
}

const cb::core::PathwayEvent* find(const QList<cb::core::PathwayEvent>& events, qint64 id)
{
    for (const auto& e : events)
        if (e.id == id)
            return &e;
    return nullptr;
}

qint64 idOf(const QList<cb::core::PathwayEvent>& events, PathwayEventType type)
{
    for (const auto& e : events)
        if (e.type == type && e.isCurrent())
            return e.id;
    return 0;
}

} // namespace

class TestPathwayCorrections : public QObject
{
    Q_OBJECT

private slots:
    void shouldVoidAnAssessmentAndLeaveItOutOfTheGrades_data() { cb::test::addBackendRows(); }
    void shouldVoidAnAssessmentAndLeaveItOutOfTheGrades();
    void shouldCorrectAnAssessmentAndKeepTheOriginal_data() { cb::test::addBackendRows(); }
    void shouldCorrectAnAssessmentAndKeepTheOriginal();
    void shouldVoidAStepThatNothingNeedsAndKeepItReadable_data() { cb::test::addBackendRows(); }
    void shouldVoidAStepThatNothingNeedsAndKeepItReadable();
    void shouldRefuseVoidingTheInfusionOnceSomethingIsDatedFromIt_data() { cb::test::addBackendRows(); }
    void shouldRefuseVoidingTheInfusionOnceSomethingIsDatedFromIt();
    void shouldVoidAnInfusionWithNothingAfterItAndGoBackToDecided_data() { cb::test::addBackendRows(); }
    void shouldVoidAnInfusionWithNothingAfterItAndGoBackToDecided();
    void shouldCorrectAStepDateWithinTheOrderOfTheOthers_data() { cb::test::addBackendRows(); }
    void shouldCorrectAStepDateWithinTheOrderOfTheOthers();
    void shouldRefuseAStaleCorrectionOrVoid_data() { cb::test::addBackendRows(); }
    void shouldRefuseAStaleCorrectionOrVoid();
    void shouldRefuseCorrectionsWithoutTheRecordingPermission_data() { cb::test::addBackendRows(); }
    void shouldRefuseCorrectionsWithoutTheRecordingPermission();
    void shouldHaveTheDatabaseRefuseDeletesAndRewrites_data() { cb::test::addBackendRows(); }
    void shouldHaveTheDatabaseRefuseDeletesAndRewrites();
    void shouldGradeWithTheConfiguredConventionsAndRecordThem_data() { cb::test::addBackendRows(); }
    void shouldGradeWithTheConfiguredConventionsAndRecordThem();
};

void TestPathwayCorrections::shouldVoidAnAssessmentAndLeaveItOutOfTheGrades()
{
    GIVEN_A_REVIEW_WORLD(w);
    const qint64 id = PathwayScenario::treatedCase(w);
    QVERIFY(id);
    auto& monitoring = w.ws().monitoring();
    // GIVEN day 2 graded 1 and, by mistake, a grade 4 (two vasopressors) on the same day
    auto mild =
        monitoring.recordAssessment(w.coordinator(), id, entry(QStringLiteral("2026-12-26T08:00:00Z"), 38.4));
    auto wrong =
        monitoring.recordAssessment(w.coordinator(), id,
                                    entry(QStringLiteral("2026-12-26T12:00:00Z"), 38.6,
                                          {QStringLiteral("norepinephrine"), QStringLiteral("epinephrine")}));
    QVERIFY(mild.ok() && wrong.ok());
    QCOMPARE(wrong->crsGrade, 4);
    QCOMPARE(monitoring.monitoring(w.coordinator(), id)->summary.worstCrs, 4);
    const qint64 head = cb::test::auditHead(w.ws());

    // WHEN it is voided with a reason
    auto voided = monitoring.voidAssessment(
        w.coordinator(), id, wrong->id, QStringLiteral("entered on the wrong patient"), wrong->rowVersion);
    QVERIFY2(voided.ok(), qPrintable(voided.error().message));

    // THEN it stays on the sheet, marked, and the day's worst grade is the other one again
    auto view = monitoring.monitoring(w.coordinator(), id);
    QVERIFY(view.ok());
    QCOMPARE(view->assessments.size(), 2);
    const auto& kept = view->assessments.at(1);
    QCOMPARE(kept.id, wrong->id);
    QCOMPARE(kept.crsGrade, 4);
    QVERIFY(kept.correction.isVoided());
    QCOMPARE(kept.correction.voidReason, QStringLiteral("entered on the wrong patient"));
    QCOMPARE(kept.correction.voidedByName, w.coordinator().printedName);
    QCOMPARE(kept.correction.voidedAt, w.clock().nowUtc());
    QCOMPARE(view->summary.worstCrs, 1);
    QCOMPARE(view->summary.days.first().assessments, 1);
    QCOMPARE(view->current().size(), 1);
    // AND the void is audited with its reason
    const auto entries = cb::test::auditEntries(w.ws(), head);
    QVERIFY(!entries.isEmpty());
    QCOMPARE(entries.first().action, QStringLiteral("monitoring.void"));
    QCOMPARE(entries.first().reason, QStringLiteral("entered on the wrong patient"));
    // AND a second void, or one without a reason, is refused
    QCOMPARE(monitoring.voidAssessment(w.coordinator(), id, wrong->id, QStringLiteral("again")).error().code,
             ErrorCode::InvalidState);
    QCOMPARE(monitoring.voidAssessment(w.coordinator(), id, mild->id, QStringLiteral("  ")).error().code,
             ErrorCode::BadInput);
    QCOMPARE(monitoring.voidAssessment(w.coordinator(), id, 999999, QStringLiteral("x")).error().code,
             ErrorCode::NotFound);
    QCOMPARE(db.count(QStringLiteral("assessment")), qint64(2));
}

void TestPathwayCorrections::shouldCorrectAnAssessmentAndKeepTheOriginal()
{
    GIVEN_A_REVIEW_WORLD(w);
    const qint64 id = PathwayScenario::treatedCase(w);
    QVERIFY(id);
    auto& monitoring = w.ws().monitoring();
    // GIVEN an assessment typed as 39.8 °C on norepinephrine (grade 3)
    auto original = monitoring.recordAssessment(
        w.coordinator(), id,
        entry(QStringLiteral("2026-12-26T08:00:00Z"), 39.8, {QStringLiteral("norepinephrine")}));
    QVERIFY(original.ok());
    QCOMPARE(original->crsGrade, 3);
    const qint64 head = cb::test::auditHead(w.ws());

    // WHEN it is corrected: no vasopressor was given
    auto corrected = monitoring.correctAssessment(w.coordinator(), id, original->id,
                                                  entry(QStringLiteral("2026-12-26T08:00:00Z"), 39.8),
                                                  original->rowVersion);
    QVERIFY2(corrected.ok(), qPrintable(corrected.error().message));
    // THEN the replacement is graded anew and names the original
    QCOMPARE(corrected->crsGrade, 1);
    QCOMPARE(corrected->correction.supersedes, original->id);
    auto view = monitoring.monitoring(w.coordinator(), id);
    QVERIFY(view.ok());
    QCOMPARE(view->assessments.size(), 2);
    const auto& old =
        view->assessments.first().id == original->id ? view->assessments.first() : view->assessments.last();
    QCOMPARE(old.correction.supersededBy, corrected->id);
    QCOMPARE(old.crsGrade, 3); // keeps its data
    QCOMPARE(view->summary.worstCrs, 1);
    QCOMPARE(cb::test::auditActions(w.ws(), head).first(), QStringLiteral("monitoring.correct"));
    // AND the original cannot be corrected a second time
    auto twice = monitoring.correctAssessment(w.coordinator(), id, original->id,
                                              entry(QStringLiteral("2026-12-26T08:00:00Z"), 38.0));
    QCOMPARE(twice.error().code, ErrorCode::InvalidState);
    // AND a replacement with bad input writes nothing
    QJsonObject bad = entry(QStringLiteral("2026-12-26T08:00:00Z"), 38.0);
    bad.insert(QStringLiteral("ice_scor"), 3);
    QCOMPARE(monitoring.correctAssessment(w.coordinator(), id, corrected->id, bad).error().code,
             ErrorCode::BadInput);
    QCOMPARE(db.count(QStringLiteral("assessment")), qint64(2));
}

void TestPathwayCorrections::shouldVoidAStepThatNothingNeedsAndKeepItReadable()
{
    GIVEN_A_REVIEW_WORLD(w);
    const qint64 id = PathwayScenario::treatedCase(w, false);
    QVERIFY(id);
    auto& pathway = w.ws().pathway();
    auto before = pathway.pathway(w.coordinator(), id);
    QVERIFY(before.ok());
    const qint64 bridging = idOf(before->events, PathwayEventType::Bridging);
    const qint64 receipt = idOf(before->events, PathwayEventType::ProductReceipt);

    // WHEN the product receipt is voided while the lymphodepletion needs it THEN it is refused
    auto refused = pathway.voidStep(w.coordinator(), id, receipt, QStringLiteral("wrong lot"));
    QCOMPARE(refused.error().code, ErrorCode::InvalidState);
    QVERIFY2(refused.error().message.contains(QLatin1String("lymphodepletion"), Qt::CaseInsensitive),
             qPrintable(refused.error().message));

    // WHEN the bridging is voided THEN it stays listed, marked, and the case keeps its state
    auto voided = pathway.voidStep(w.coordinator(), id, bridging, QStringLiteral("bridging was never given"));
    QVERIFY2(voided.ok(), qPrintable(voided.error().message));
    auto after = pathway.pathway(w.coordinator(), id);
    QVERIFY(after.ok());
    QCOMPARE(after->events.size(), before->events.size());
    QVERIFY(find(after->events, bridging)->correction.isVoided());
    QCOMPARE(stateOf(w, id), CaseState::Decided);
    QCOMPARE(db.count(QStringLiteral("audit_event WHERE action = 'pathway.void'")), qint64(1));

    // AND the infusion can still be recorded (the order checks ignore the voided step)
    auto infused = pathway.recordStep(w.coordinator(), id, PathwayScenario::infusion());
    QVERIFY2(infused.ok(), qPrintable(infused.error().message));
}

void TestPathwayCorrections::shouldRefuseVoidingTheInfusionOnceSomethingIsDatedFromIt()
{
    GIVEN_A_REVIEW_WORLD(w);
    const qint64 id = PathwayScenario::treatedCase(w);
    QVERIFY(id);
    auto& pathway = w.ws().pathway();
    const qint64 day0 = idOf(pathway.pathway(w.coordinator(), id)->events, PathwayEventType::Infusion);
    // GIVEN an assessment after day 0 and the day-28 result
    auto a = w.ws().monitoring().recordAssessment(w.coordinator(), id,
                                                  entry(QStringLiteral("2026-12-26T08:00:00Z"), 38.4));
    QVERIFY(a.ok());
    cb::services::FollowUpInput visit;
    visit.visit = QStringLiteral("day_28");
    visit.response = QStringLiteral("cmr");
    QVERIFY(w.ws().followUps().recordVisit(w.coordinator(), id, visit).ok());
    const qint64 head = cb::test::auditHead(w.ws());

    // WHEN the infusion is voided THEN it is refused, saying what is dated from it and what to do
    auto refused = pathway.voidStep(w.coordinator(), id, day0, QStringLiteral("wrong day"));
    QCOMPARE(refused.error().code, ErrorCode::InvalidState);
    QVERIFY2(refused.error().message.contains(QLatin1String("follow-up")),
             qPrintable(refused.error().message));
    // AND voiding the assessment does not free it while the follow-up result exists
    QVERIFY(w.ws().monitoring().voidAssessment(w.coordinator(), id, a->id, QStringLiteral("duplicate")).ok());
    QCOMPARE(pathway.voidStep(w.coordinator(), id, day0, QStringLiteral("wrong day")).error().code,
             ErrorCode::InvalidState);
    // AND moving it to another day is refused the same way; nothing else was written
    auto moved = PathwayScenario::infusion();
    moved.date = PathwayScenario::day(12, 25);
    QCOMPARE(pathway.correctStep(w.coordinator(), id, day0, moved).error().code, ErrorCode::InvalidState);
    QCOMPARE(cb::test::auditActions(w.ws(), head), QStringList{QStringLiteral("monitoring.void")});
    QCOMPARE(stateOf(w, id), CaseState::FollowUp);
}

void TestPathwayCorrections::shouldVoidAnInfusionWithNothingAfterItAndGoBackToDecided()
{
    GIVEN_A_REVIEW_WORLD(w);
    const qint64 id = PathwayScenario::treatedCase(w);
    QVERIFY(id);
    auto& pathway = w.ws().pathway();
    QCOMPARE(stateOf(w, id), CaseState::Treatment);
    QCOMPARE(db.count(QStringLiteral("follow_up")), qint64(18));
    const qint64 day0 = idOf(pathway.pathway(w.coordinator(), id)->events, PathwayEventType::Infusion);
    const qint64 head = cb::test::auditHead(w.ws());

    // WHEN the infusion, recorded on the wrong case, is voided
    auto voided = pathway.voidStep(w.coordinator(), id, day0, QStringLiteral("recorded on the wrong case"));
    QVERIFY2(voided.ok(), qPrintable(voided.error().message));
    // THEN the case is decided again, without day 0 or its schedule, audited in one go
    QCOMPARE(voided->stateAfter, CaseState::Decided);
    QCOMPARE(stateOf(w, id), CaseState::Decided);
    QVERIFY(!pathway.pathway(w.coordinator(), id)->infusionDate.isValid());
    QCOMPARE(db.count(QStringLiteral("follow_up")), qint64(0));
    const QStringList actions = cb::test::auditActions(w.ws(), head);
    QCOMPARE(actions.mid(0, 3), (QStringList{QStringLiteral("pathway.void"), QStringLiteral("case.move"),
                                             QStringLiteral("follow_up.unschedule")}));
    // AND the infusion can be recorded again, scheduling the visits anew
    auto again = pathway.recordStep(w.coordinator(), id, PathwayScenario::infusion());
    QVERIFY2(again.ok(), qPrintable(again.error().message));
    QCOMPARE(again->followUpsScheduled, 18);
    QCOMPARE(stateOf(w, id), CaseState::Treatment);
}

void TestPathwayCorrections::shouldCorrectAStepDateWithinTheOrderOfTheOthers()
{
    GIVEN_A_REVIEW_WORLD(w);
    const qint64 id = PathwayScenario::treatedCase(w);
    QVERIFY(id);
    auto& pathway = w.ws().pathway();
    const auto events = pathway.pathway(w.coordinator(), id)->events;
    const qint64 apheresis = idOf(events, PathwayEventType::Apheresis);
    const qint64 day0 = idOf(events, PathwayEventType::Infusion);
    const qint64 head = cb::test::auditHead(w.ws());

    // WHEN the apheresis is moved after the bridging started THEN the order rule refuses it
    auto late = PathwayScenario::step(PathwayEventType::Apheresis, PathwayScenario::day(11, 30),
                                      R"({"washouts_met": true})");
    auto refused = pathway.correctStep(w.coordinator(), id, apheresis, late);
    QCOMPARE(refused.error().code, ErrorCode::BadInput);
    QCOMPARE(cb::test::auditHead(w.ws()), head);

    // WHEN it is corrected to the day before (after the infusion was recorded)
    auto fixed = PathwayScenario::step(PathwayEventType::Apheresis, PathwayScenario::day(11, 25),
                                       R"({"washouts_met": true, "alc_per_ul": 610})");
    auto corrected = pathway.correctStep(w.coordinator(), id, apheresis, fixed);
    QVERIFY2(corrected.ok(), qPrintable(corrected.error().message));
    QCOMPARE(corrected->event.correction.supersedes, apheresis);
    // THEN both stay listed: the original superseded, with its data
    auto view = pathway.pathway(w.coordinator(), id);
    QCOMPARE(view->events.size(), events.size() + 1);
    QCOMPARE(find(view->events, apheresis)->correction.supersededBy, corrected->event.id);
    QCOMPARE(find(view->events, apheresis)->date, PathwayScenario::day(11, 26));
    QCOMPARE(find(view->events, corrected->event.id)->date, PathwayScenario::day(11, 25));
    QCOMPARE(cb::test::auditActions(w.ws(), head).first(), QStringLiteral("pathway.correct"));

    // WHEN the infusion lot is corrected on the same day THEN the follow-up schedule stays
    auto lot = PathwayScenario::step(PathwayEventType::Infusion, PathwayScenario::day(12, 24),
                                     R"({"lot": "LOT-4472", "dose": "2e6 CAR+ cells/kg"})");
    auto relot = pathway.correctStep(w.coordinator(), id, day0, lot);
    QVERIFY2(relot.ok(), qPrintable(relot.error().message));
    QCOMPARE(relot->followUpsScheduled, 0);
    QCOMPARE(pathway.pathway(w.coordinator(), id)->infusionDate, PathwayScenario::day(12, 24));
    QCOMPARE(db.count(QStringLiteral("follow_up")), qint64(18));
    // AND moving day 0 with nothing dated from it re-dates the open visits
    lot.date = PathwayScenario::day(12, 25);
    auto moved = pathway.correctStep(w.coordinator(), id, relot->event.id, lot);
    QVERIFY2(moved.ok(), qPrintable(moved.error().message));
    QCOMPARE(moved->followUpsScheduled, 18);
    QCOMPARE(w.ws().followUps().followUps(w.coordinator(), id)->visits.first().dueDate,
             PathwayScenario::day(1, 22));
}

void TestPathwayCorrections::shouldRefuseAStaleCorrectionOrVoid()
{
    GIVEN_A_REVIEW_WORLD(w);
    const qint64 id = PathwayScenario::treatedCase(w);
    QVERIFY(id);
    // GIVEN two workstations showing the same assessment
    auto a = w.ws().monitoring().recordAssessment(w.coordinator(), id,
                                                  entry(QStringLiteral("2026-12-26T08:00:00Z"), 38.4));
    QVERIFY(a.ok());
    auto second = ReviewWorld::open(db.url(), std::make_shared<cb::core::ManualClock>(w.clock().nowUtc()));
    QVERIFY(second);
    // WHEN the first corrects it and the second, still at the old version, voids it
    QVERIFY(w.ws()
                .monitoring()
                .correctAssessment(w.coordinator(), id, a->id,
                                   entry(QStringLiteral("2026-12-26T08:00:00Z"), 38.9), a->rowVersion)
                .ok());
    auto stale = second->monitoring().voidAssessment(w.coordinator(), id, a->id, QStringLiteral("typo"),
                                                     a->rowVersion);
    // THEN the second gets the conflict error and the first one's correction stands
    QCOMPARE(stale.error().code, ErrorCode::Conflict);
    QVERIFY(stale.error().message.contains(QLatin1String("Reload")));
    // AND the same for a pathway step
    const auto events = w.ws().pathway().pathway(w.coordinator(), id)->events;
    const qint64 bridging = idOf(events, PathwayEventType::Bridging);
    const qint64 seen = find(events, bridging)->rowVersion;
    QVERIFY(w.ws().pathway().voidStep(w.coordinator(), id, bridging, QStringLiteral("not given"), seen).ok());
    QCOMPARE(second->pathway()
                 .voidStep(w.coordinator(), id, bridging, QStringLiteral("not given"), seen)
                 .error()
                 .code,
             ErrorCode::Conflict);
    QCOMPARE(db.count(QStringLiteral("audit_event WHERE action = 'pathway.void'")), qint64(1));
}

void TestPathwayCorrections::shouldRefuseCorrectionsWithoutTheRecordingPermission()
{
    GIVEN_A_REVIEW_WORLD(w);
    const qint64 id = PathwayScenario::treatedCase(w);
    QVERIFY(id);
    auto a = w.ws().monitoring().recordAssessment(w.coordinator(), id,
                                                  entry(QStringLiteral("2026-12-26T08:00:00Z"), 38.4));
    QVERIFY(a.ok());
    const auto viewer = w.addUser(QStringLiteral("viewer1"), {cb::core::Role::Viewer});
    const qint64 day0 =
        idOf(w.ws().pathway().pathway(w.coordinator(), id)->events, PathwayEventType::Infusion);
    // a user who may not record gets "not permitted" whatever the arguments
    QCOMPARE(w.ws().monitoring().voidAssessment(viewer, id, a->id, {}).error().code,
             ErrorCode::PermissionDenied);
    QCOMPARE(w.ws().monitoring().correctAssessment(viewer, id, a->id, {}).error().code,
             ErrorCode::PermissionDenied);
    QCOMPARE(w.ws().pathway().voidStep(viewer, id, day0, QStringLiteral("x")).error().code,
             ErrorCode::PermissionDenied);
    QCOMPARE(w.ws().pathway().correctStep(viewer, id, day0, {}).error().code, ErrorCode::PermissionDenied);
    QCOMPARE(db.count(QStringLiteral("audit_event WHERE action = 'permission.denied'")), qint64(4));
}

void TestPathwayCorrections::shouldHaveTheDatabaseRefuseDeletesAndRewrites()
{
    GIVEN_A_REVIEW_WORLD(w);
    const qint64 id = PathwayScenario::treatedCase(w);
    QVERIFY(id);
    auto a = w.ws().monitoring().recordAssessment(w.coordinator(), id,
                                                  entry(QStringLiteral("2026-12-26T08:00:00Z"), 38.4));
    QVERIFY(a.ok());
    QString error;
    QVERIFY(!db.exec(QStringLiteral("DELETE FROM assessment"), &error));
    QVERIFY(!db.exec(QStringLiteral("DELETE FROM pathway_event"), &error));
    QVERIFY(!db.exec(QStringLiteral("UPDATE assessment SET crs_grade = 0"), &error));
    QVERIFY(!db.exec(QStringLiteral("UPDATE pathway_event SET event_date = '2026-12-01'"), &error));
    QVERIFY2(error.contains(QLatin1String("keeps its data")), qPrintable(error));
    // a voided row is frozen altogether
    QVERIFY(w.ws().monitoring().voidAssessment(w.coordinator(), id, a->id, QStringLiteral("duplicate")).ok());
    QVERIFY(!db.exec(QStringLiteral("UPDATE assessment SET void_reason = 'rewritten'"), &error));
    QCOMPARE(db.count(QStringLiteral("assessment")), qint64(1));
}

void TestPathwayCorrections::shouldGradeWithTheConfiguredConventionsAndRecordThem()
{
    GIVEN_A_REVIEW_WORLD(w);
    const auto admin = w.addUser(QStringLiteral("admin1"), {cb::core::Role::Administrator});
    auto& settings = w.ws().settings();
    using Key = cb::services::SettingsService::Key;
    // GIVEN a malformed value, THEN it is refused and the defaults stay
    QCOMPARE(
        settings.setValue(admin, Key::GradingConventions, QStringLiteral(R"({"vasopressin_alone_grade": 5})"))
            .error()
            .code,
        ErrorCode::BadInput);
    QCOMPARE(settings.gradingOptions().vasopressinAloneGrade, 3);
    const qint64 changes = db.count(QStringLiteral("audit_event WHERE action = 'setting.change'"));
    // WHEN the program grades vasopressin alone as 2 and puts an ANC of exactly 1200 in the low bin
    QVERIFY(settings
                .setValue(admin, Key::GradingConventions, QStringLiteral(R"({"vasopressin_alone_grade": 2,
                                             "hematotox_ties": {"anc_at_1200": "lower_risk"}})"))
                .ok());
    QCOMPARE(db.count(QStringLiteral("audit_event WHERE action = 'setting.change'")), changes + 1);
    QVERIFY(settings.value(Key::GradingConventions).contains(QLatin1String("\"crp_at_3\":\"higher_risk\"")));
    const qint64 id = PathwayScenario::treatedCase(w);
    QVERIFY(id);
    // THEN an assessment on vasopressin alone is grade 2, and the outputs say why
    auto a = w.ws().monitoring().recordAssessment(
        w.coordinator(), id,
        entry(QStringLiteral("2026-12-26T08:00:00Z"), 38.6, {QStringLiteral("vasopressin")}));
    QVERIFY2(a.ok(), qPrintable(a.error().message));
    QCOMPARE(a->crsGrade, 2);
    QCOMPARE(a->outputs.value(QStringLiteral("conventions"))
                 .toObject()
                 .value(QStringLiteral("vasopressin_alone_grade")),
             QJsonValue(2));
    // AND the lymphodepletion's CAR-HEMATOTOX recorded the ties it used
    const auto events = w.ws().pathway().pathway(w.coordinator(), id)->events;
    const auto* ld = find(events, idOf(events, PathwayEventType::Lymphodepletion));
    const QJsonObject ties = ld->details.value(QStringLiteral("hematotox_result"))
                                 .toObject()
                                 .value(QStringLiteral("conventions"))
                                 .toObject()
                                 .value(QStringLiteral("hematotox_ties"))
                                 .toObject();
    QCOMPARE(ties.value(QStringLiteral("anc_at_1200")).toString(), QStringLiteral("lower_risk"));
}

QTEST_GUILESS_MAIN(TestPathwayCorrections)
#include "TestPathwayCorrections.moc"
