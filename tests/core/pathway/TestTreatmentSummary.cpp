// GIVEN a case's pathway steps, monitoring assessments and follow-up visits WHEN the treatment is
// summarised for its documents THEN it counts the current records only: the steps in pathway order,
// the worst CRS and ICANS grades with the day first reached, what was given, the CAR-HEMATOTOX of
// the lymphodepletion and the visits done; a patient without a current infusion has none.

#include "core/pathway/TreatmentSummary.h"

#include <QJsonArray>
#include <QTest>
#include <QTimeZone>

using namespace cb::core;

namespace {

const QDate kDay0(2026, 11, 1);

PathwayEvent step(qint64 id, PathwayEventType type, int day, const QJsonObject& details = {})
{
    PathwayEvent e;
    e.id = id;
    e.type = type;
    e.date = kDay0.addDays(day);
    e.details = details;
    return e;
}

PathwayEvent voided(PathwayEvent e)
{
    e.correction.voidedAt = QDateTime(kDay0, QTime(12, 0), QTimeZone::utc());
    e.correction.voidReason = QStringLiteral("entered on the wrong patient");
    return e;
}

Assessment assessment(qint64 id, int day, int hour, int crs, int icans, const QJsonObject& given = {})
{
    Assessment a;
    a.id = id;
    a.day = day;
    a.assessedAt = QDateTime(kDay0.addDays(day), QTime(hour, 0), QTimeZone::utc());
    a.crsGrade = crs;
    a.icansGrade = icans;
    a.interventions = given;
    return a;
}

FollowUpVisit visit(const char* id, int day, int doneDay, const char* response, MrdStatus mrd)
{
    FollowUpVisit v;
    v.visit = QString::fromLatin1(id);
    v.day = day;
    v.dueDate = kDay0.addDays(day);
    if (doneDay >= 0)
        v.doneDate = kDay0.addDays(doneDay);
    v.response = QString::fromLatin1(response);
    v.mrd = mrd;
    return v;
}

QList<PathwayEvent> treatedSteps()
{
    const QJsonObject ht{
        {"score", 3},
        {"risk", "high"},
        {"rule_version", "CAR-HEMATOTOX-2021"},
        {"points",
         QJsonObject{{"platelets", 1}, {"anc", 0}, {"hemoglobin", 1}, {"crp", 1}, {"ferritin", 0}}}};
    PathwayEvent ld = step(4, PathwayEventType::Lymphodepletion, -5,
                           {{"hematotox_result", ht}, {"labs_date", "2026-10-25"}});
    ld.endDate = kDay0.addDays(-3);
    // recorded out of order, with a voided bridging line
    return {step(5, PathwayEventType::Infusion, 0, {{"lot", "L-1"}}),
            step(1, PathwayEventType::Apheresis, -40),
            voided(step(2, PathwayEventType::Bridging, -38)),
            step(3, PathwayEventType::ProductReceipt, -9),
            ld,
            step(6, PathwayEventType::Discharge, 14)};
}

} // namespace

class TestTreatmentSummary : public QObject
{
    Q_OBJECT

private slots:
    void shouldHaveNothingWithoutACurrentInfusion_data();
    void shouldHaveNothingWithoutACurrentInfusion();
    void shouldSummariseTheCurrentRecordsOfATreatedPatient();
    void shouldChangeTheFingerprintJsonWhenAGradeChanges();
};

void TestTreatmentSummary::shouldHaveNothingWithoutACurrentInfusion_data()
{
    QTest::addColumn<int>("scenario");
    QTest::newRow("nothing recorded") << 0;
    QTest::newRow("apheresis and bridging only") << 1;
    QTest::newRow("the infusion voided") << 2;
}

void TestTreatmentSummary::shouldHaveNothingWithoutACurrentInfusion()
{
    QFETCH(int, scenario);
    QList<PathwayEvent> events;
    if (scenario >= 1)
        events << step(1, PathwayEventType::Apheresis, -40);
    if (scenario == 1)
        events << step(2, PathwayEventType::Bridging, -38);
    if (scenario == 2)
        events << voided(step(5, PathwayEventType::Infusion, 0));
    QVERIFY(!TreatmentSummary::of(Indication::MultipleMyeloma, events, {assessment(1, 0, 8, 1, 0)}, {}));
}

void TestTreatmentSummary::shouldSummariseTheCurrentRecordsOfATreatedPatient()
{
    // GIVEN grade 1 CRS on day 1, grade 2 on days 2 and 3 with tocilizumab twice and dexamethasone,
    // grade 3 ICANS on day 4 with an ICU transfer, and a voided grade 4 entry on day 5
    const QJsonObject toci{{"tocilizumab_mg", 560}};
    const QJsonObject dex{{"tocilizumab_mg", 560}, {"steroid", "dexamethasone 10 mg IV"}};
    QList<Assessment> sheet{
        assessment(1, 0, 14, 0, 0),
        assessment(2, 1, 8, 1, 0),
        assessment(3, 2, 8, 2, 0, toci),
        assessment(4, 3, 8, 2, 1, dex),
        assessment(5, 4, 8, 1, 3, {{"steroid", "dexamethasone 10 mg IV"}, {"icu_transfer", true}}),
        assessment(6, 5, 8, 4, 4)};
    sheet[5].correction.voidedAt = QDateTime(kDay0.addDays(5), QTime(9, 0), QTimeZone::utc());
    const QList<FollowUpVisit> visits{visit("day_90", 90, -1, "", MrdStatus::NotDone),
                                      visit("day_28", 28, 29, "vgpr", MrdStatus::NotDone),
                                      visit("day_180", 180, -1, "", MrdStatus::NotDone)};

    // WHEN summarised
    const auto t = TreatmentSummary::of(Indication::MultipleMyeloma, treatedSteps(), sheet, visits);

    // THEN the current steps come in pathway order, day 0 being the infusion
    QVERIFY(t);
    QCOMPARE(t->infusionDate, kDay0);
    QList<PathwayEventType> order;
    for (const auto& e : t->steps)
        order << e.type;
    QCOMPARE(order, (QList<PathwayEventType>{PathwayEventType::Apheresis, PathwayEventType::ProductReceipt,
                                             PathwayEventType::Lymphodepletion, PathwayEventType::Infusion,
                                             PathwayEventType::Discharge}));
    QVERIFY(!t->step(PathwayEventType::Bridging));
    QCOMPARE(t->dayOf(t->step(PathwayEventType::Apheresis)->date), -40);

    // AND the worst grades of the current assessments with the first day reached
    QCOMPARE(t->assessments, 5);
    QCOMPARE(t->lastDay, 4);
    QCOMPARE(t->crs.grade, 2);
    QCOMPARE(t->crs.day, 2);
    QCOMPARE(t->crs.date, kDay0.addDays(2));
    QCOMPARE(t->icans.grade, 3);
    QCOMPARE(t->icans.day, 4);

    // AND what was given, each steroid once
    QCOMPARE(t->tocilizumabDoses, 2);
    QCOMPARE(t->tocilizumabTotalMg, 1120.0);
    QCOMPARE(t->steroids, QStringList{QStringLiteral("dexamethasone 10 mg IV")});
    QCOMPARE(t->icuTransferDay, std::optional<int>(4));
    QCOMPARE(t->given.size(), 3);
    QCOMPARE(t->given.first().day, 2);

    // AND the CAR-HEMATOTOX of the lymphodepletion with its labs' date
    QVERIFY(t->hematotox);
    QCOMPARE(t->hematotox->score, 3);
    QCOMPARE(t->hematotox->risk, QStringLiteral("high"));
    QCOMPARE(t->hematotox->labsDate, QDate(2026, 10, 25));

    // AND the visits done by due date, the next open one, in the myeloma scheme
    QCOMPARE(t->responseRuleVersion, QStringLiteral("IMWG-2016"));
    QCOMPARE(t->responses.size(), 1);
    QCOMPARE(t->responses.first().response, QStringLiteral("vgpr"));
    QVERIFY(t->nextVisit);
    QCOMPARE(t->nextVisit->visit, QStringLiteral("day_90"));
}

void TestTreatmentSummary::shouldChangeTheFingerprintJsonWhenAGradeChanges()
{
    QList<Assessment> sheet{assessment(1, 0, 14, 0, 0), assessment(2, 1, 8, 1, 0)};
    const auto a = TreatmentSummary::of(Indication::LargeBCellLymphoma, treatedSteps(), sheet, {});
    sheet[1].crsGrade = 2;
    const auto b = TreatmentSummary::of(Indication::LargeBCellLymphoma, treatedSteps(), sheet, {});
    QVERIFY(a && b);
    QCOMPARE(a->toJson(), a->toJson());
    QVERIFY(a->toJson() != b->toJson());
    QCOMPARE(a->toJson().value(QStringLiteral("crs")).toObject().value(QStringLiteral("day")).toInt(), 1);
}

QTEST_GUILESS_MAIN(TestTreatmentSummary)
#include "TestTreatmentSummary.moc"
