// GIVEN case facts and dated observations WHEN a checklist is prefilled THEN each item gets the
// latest usable value in the item's unit, marked prefilled, and stale when older than the item's
// freshness limit relative to the next meeting.

#include "ChecklistTestData.h"
#include "core/checklist/ChecklistEngine.h"
#include "core/checklist/ChecklistPrefill.h"
#include "core/checklist/ChecklistUnits.h"

#include <QtTest>

using namespace cb::core;

namespace {

const QDate kMeeting(2026, 12, 1);

ObservationValue obs(const char* code, double value, const char* unit, const QDate& date)
{
    return ObservationValue{QString::fromLatin1(code), value, QString::fromUtf8(unit), date};
}

const ChecklistTemplate& hematology()
{
    return cb::test::loadedTemplate(QStringLiteral("hematology"));
}
const ChecklistTemplate& cardiology()
{
    return cb::test::loadedTemplate(QStringLiteral("cardiology"));
}

// The index case of SPEC §4.0: RRMM with extramedullary disease, more than 5 prior lines and two
// autologous transplants.
CaseFacts indexCase()
{
    CaseFacts f;
    f.indication = QStringLiteral("multiple_myeloma");
    f.priorLines = 6;
    f.therapyHistoryRecorded = true;
    f.exposures = {QStringLiteral("pi"), QStringLiteral("imid"), QStringLiteral("anti_cd38")};
    f.lenalidomideRefractory = true;
    f.extramedullaryDisease = true;
    f.cnsDisease = QStringLiteral("none");
    f.intendedProduct = QStringLiteral("cilta-cel");
    f.ageYears = 61;
    return f;
}

} // namespace

class TestChecklistPrefill : public QObject
{
    Q_OBJECT

private slots:
    void shouldFlagAnEchoOlderThanItsFreshnessLimit_data();
    void shouldFlagAnEchoOlderThanItsFreshnessLimit();
    void shouldTakeTheLatestValueBeforeTheMeeting();
    void shouldConvertObservationUnits_data();
    void shouldConvertObservationUnits();
    void shouldReportWhatItCannotUse();
    void shouldMapEcogToItsChoice();
    void shouldPrefillCaseFacts();
    void shouldNotInventExposuresWithoutARecordedHistory();
    void shouldCarryStalenessIntoTheEvaluation();
    void shouldEvaluateTheIndexCaseAgainstTheLabel();
    void shouldSpellUnitsTolerantly_data();
    void shouldSpellUnitsTolerantly();
};

void TestChecklistPrefill::shouldFlagAnEchoOlderThanItsFreshnessLimit_data()
{
    QTest::addColumn<int>("ageDays");
    QTest::addColumn<bool>("stale");
    QTest::newRow("echo 31 days before the meeting is stale") << 31 << true;
    QTest::newRow("echo 30 days before the meeting is fresh") << 30 << false;
    QTest::newRow("echo 1 day before the meeting is fresh") << 1 << false;
    QTest::newRow("echo a year before the meeting is stale") << 365 << true;
}

void TestChecklistPrefill::shouldFlagAnEchoOlderThanItsFreshnessLimit()
{
    QFETCH(int, ageDays);
    QFETCH(bool, stale);

    const PrefillResult r = ChecklistPrefill::build(
        cardiology(), {}, {obs("lvef", 58, "%", kMeeting.addDays(-ageDays))}, kMeeting);
    QVERIFY(r.answers.contains(QStringLiteral("CAR-01")));
    const ChecklistAnswer& a = r.answers.value(QStringLiteral("CAR-01"));
    QCOMPARE(a.value.toDouble(), 58.0);
    QCOMPARE(a.valueDate, kMeeting.addDays(-ageDays));
    QVERIFY(a.prefilled);
    QCOMPARE(a.prefillSource, QStringLiteral("observation:lvef"));
    QCOMPARE(a.stale, stale);
    QCOMPARE(r.staleItemIds().contains(QStringLiteral("CAR-01")), stale);
}

void TestChecklistPrefill::shouldTakeTheLatestValueBeforeTheMeeting()
{
    const QList<ObservationValue> anc{obs("anc", 800, "cells/µL", kMeeting.addDays(-20)),
                                      obs("anc", 1500, "cells/µL", kMeeting.addDays(-3)),
                                      obs("anc", 400, "cells/µL", kMeeting.addDays(5))};
    const PrefillResult r = ChecklistPrefill::build(hematology(), {}, anc, kMeeting);
    QCOMPARE(r.answers.value(QStringLiteral("HEM-14")).value.toDouble(), 1500.0);

    // With only a value after the meeting date, that one is used.
    const PrefillResult later = ChecklistPrefill::build(
        hematology(), {}, {obs("anc", 400, "cells/µL", kMeeting.addDays(5))}, kMeeting);
    QCOMPARE(later.answers.value(QStringLiteral("HEM-14")).value.toDouble(), 400.0);
    QVERIFY(!later.answers.value(QStringLiteral("HEM-14")).stale);
}

void TestChecklistPrefill::shouldConvertObservationUnits_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("itemId");
    QTest::addColumn<double>("expected");

    QTest::newRow("bilirubin 2.0 mg/dL") << "bilirubin" << 2.0 << "mg/dL"
                                         << "HEM-23" << 34.208;
    QTest::newRow("bilirubin in umol/L") << "bilirubin" << 20.0 << "umol/L"
                                         << "HEM-23" << 20.0;
    QTest::newRow("CRP 3.0 mg/dL") << "crp" << 3.0 << "mg/dL"
                                   << "HEM-26" << 30.0;
    QTest::newRow("hemoglobin 90 g/L") << "hemoglobin" << 90.0 << "g/L"
                                       << "HEM-16" << 9.0;
    QTest::newRow("ANC 1.2 x10^9/L") << "anc" << 1.2 << "x10^9/L"
                                     << "HEM-14" << 1200.0;
    QTest::newRow("ALC 0.25 G/L") << "alc" << 0.25 << "G/L"
                                  << "HEM-13" << 250.0;
    QTest::newRow("platelets 175000 /µL") << "platelets" << 175000.0 << "/µL"
                                          << "HEM-15" << 175.0;
    QTest::newRow("platelets 80 K/µL") << "platelets" << 80.0 << "K/uL"
                                       << "HEM-15" << 80.0;
    QTest::newRow("AST 2 x ULN") << "ast_uln" << 2.0 << "x ULN"
                                 << "HEM-24.ast" << 2.0;
    QTest::newRow("ECOG-free unit left empty") << "crcl" << 45.0 << ""
                                               << "HEM-25" << 45.0;
}

void TestChecklistPrefill::shouldConvertObservationUnits()
{
    QFETCH(QString, code);
    QFETCH(double, value);
    QFETCH(QString, unit);
    QFETCH(QString, itemId);
    QFETCH(double, expected);

    const PrefillResult r = ChecklistPrefill::build(
        hematology(), {}, {ObservationValue{code, value, unit, kMeeting.addDays(-2)}}, kMeeting);
    QVERIFY2(r.issues.isEmpty(), r.issues.isEmpty() ? "" : qPrintable(r.issues.first().message.en));
    QVERIFY(r.answers.contains(itemId));
    QVERIFY(qAbs(r.answers.value(itemId).value.toDouble() - expected) < 1e-6);
}

void TestChecklistPrefill::shouldReportWhatItCannotUse()
{
    const PrefillResult r =
        ChecklistPrefill::build(hematology(), {},
                                {obs("crcl", 1.0, "furlongs", kMeeting), obs("anc", 900, "cells/µL", QDate()),
                                 obs("hemoglobin", 40, "g/dL", kMeeting)},
                                kMeeting);
    QVERIFY(!r.answers.contains(QStringLiteral("HEM-25")));
    QVERIFY(!r.answers.contains(QStringLiteral("HEM-14")));
    QStringList codes;
    for (const auto& i : r.issues) {
        codes << i.itemId + QLatin1Char(':') + i.code;
        QVERIFY(i.message.isComplete());
    }
    codes.sort();
    QCOMPARE(codes, QStringList({QStringLiteral("HEM-14:undated"), QStringLiteral("HEM-16:out_of_range"),
                                 QStringLiteral("HEM-25:unit_mismatch")}));
}

void TestChecklistPrefill::shouldMapEcogToItsChoice()
{
    const PrefillResult two =
        ChecklistPrefill::build(hematology(), {}, {obs("ecog", 2, "", kMeeting)}, kMeeting);
    QCOMPARE(two.answers.value(QStringLiteral("HEM-09")).value.toString(), QStringLiteral("2"));
    const PrefillResult half =
        ChecklistPrefill::build(hematology(), {}, {obs("ecog", 2.5, "", kMeeting)}, kMeeting);
    QVERIFY(!half.answers.contains(QStringLiteral("HEM-09")));
    QCOMPARE(half.issues.first().code, QStringLiteral("not_an_option"));
}

void TestChecklistPrefill::shouldPrefillCaseFacts()
{
    CaseFacts f = indexCase();
    f.lastAllogeneicTransplant = QDate(2026, 9, 1);
    const PrefillResult r = ChecklistPrefill::build(hematology(), f, {}, kMeeting);
    const auto value = [&r](const char* id) { return r.answers.value(QString::fromLatin1(id)).value; };
    QCOMPARE(value("HEM-01").toString(), QStringLiteral("multiple_myeloma"));
    QCOMPARE(value("HEM-02").toInt(), 6);
    QCOMPARE(value("HEM-03.pi").toBool(), true);
    QCOMPARE(value("HEM-03.anti_cd38").toBool(), true);
    QCOMPARE(value("HEM-03.btki").toBool(), false);
    QCOMPARE(value("HEM-03.lenalidomide_refractory").toBool(), true);
    QCOMPARE(value("HEM-04").toBool(), false);
    QCOMPARE(value("HEM-05").toBool(), false);
    QCOMPARE(value("HEM-06").toDate(), QDate(2026, 9, 1));
    QCOMPARE(value("HEM-11").toBool(), true);
    QCOMPARE(r.answers.value(QStringLiteral("HEM-01")).prefillSource, QStringLiteral("fact:indication"));

    const PrefillResult neu =
        ChecklistPrefill::build(cb::test::loadedTemplate(QStringLiteral("neurology")), f, {}, kMeeting);
    QCOMPARE(neu.answers.value(QStringLiteral("NEU-01")).value.toString(), QStringLiteral("none"));

    // No allogeneic transplant in a recorded history: HEM-06 is "not applicable".
    f.lastAllogeneicTransplant = QDate();
    const PrefillResult noAllo = ChecklistPrefill::build(hematology(), f, {}, kMeeting);
    QVERIFY(noAllo.answers.value(QStringLiteral("HEM-06")).notApplicable);

    // An indication the item does not offer is reported, not forced in.
    f.indication = QStringLiteral("waldenstrom");
    const PrefillResult odd = ChecklistPrefill::build(hematology(), f, {}, kMeeting);
    QVERIFY(!odd.answers.contains(QStringLiteral("HEM-01")));
    QCOMPARE(odd.issues.first().itemId, QStringLiteral("HEM-01"));
}

void TestChecklistPrefill::shouldNotInventExposuresWithoutARecordedHistory()
{
    CaseFacts f;
    f.exposures = {QStringLiteral("car_t")};
    const PrefillResult r = ChecklistPrefill::build(hematology(), f, {}, kMeeting);
    QCOMPARE(r.answers.value(QStringLiteral("HEM-05")).value.toBool(), true); // a known exposure is a fact
    QVERIFY(!r.answers.contains(QStringLiteral("HEM-03.pi")));                // a missing one is not yet
    QVERIFY(!r.answers.contains(QStringLiteral("HEM-03.lenalidomide_refractory")));
    QVERIFY(!r.answers.contains(QStringLiteral("HEM-06")));
    QVERIFY(!r.answers.contains(QStringLiteral("HEM-02")));
    QVERIFY(!r.answers.contains(QStringLiteral("HEM-11")));
}

void TestChecklistPrefill::shouldCarryStalenessIntoTheEvaluation()
{
    // GIVEN an echo 31 days before the next meeting WHEN prefilled and evaluated THEN CAR-01 is a
    // stale concern although the LVEF itself is normal.
    const PrefillResult r =
        ChecklistPrefill::build(cardiology(), {}, {obs("lvef", 60, "%", kMeeting.addDays(-31))}, kMeeting);
    ChecklistContext context;
    context.referenceDate = kMeeting;
    const ChecklistEvaluation ev = ChecklistEngine(context).evaluate(cardiology(), r.answers);
    const ItemEvaluation* car01 = ev.item(QStringLiteral("CAR-01"));
    QVERIFY(car01);
    QVERIFY(car01->stale);
    QVERIFY(car01->prefilled);
    QCOMPARE(car01->status, ChecklistStatus::Concern);
    QCOMPARE(ev.staleItemIds(), QStringList{QStringLiteral("CAR-01")});
}

void TestChecklistPrefill::shouldEvaluateTheIndexCaseAgainstTheLabel()
{
    // The index case meets the cilta-cel US label in force in 2026 (≥1 line, PI, IMiD,
    // lenalidomide-refractory): HEM-01/02/03 are ok; EMD is a concern to discuss.
    const CaseFacts f = indexCase();
    const PrefillResult r = ChecklistPrefill::build(hematology(), f, {}, kMeeting);
    const ChecklistContext context =
        ChecklistPrefill::contextFor(f, kMeeting, QStringLiteral("us_fda"), &cb::test::loadedLabels());
    QCOMPARE(context.product, QStringLiteral("cilta-cel"));
    QCOMPARE(context.ageYears, 61);
    const ChecklistEvaluation ev = ChecklistEngine(context).evaluate(hematology(), r.answers);
    for (const char* id : {"HEM-01", "HEM-02", "HEM-03.pi", "HEM-03.imid", "HEM-03.anti_cd38",
                           "HEM-03.lenalidomide_refractory"})
        QCOMPARE(toId(ev.item(QString::fromLatin1(id))->status), QStringLiteral("ok"));
    QCOMPARE(ev.item(QStringLiteral("HEM-11"))->status, ChecklistStatus::Concern);
    // HEM-03.btki and HEM-03.bcl2i (MCL, CLL/SLL) are not asked for myeloma.
    QVERIFY(!ev.item(QStringLiteral("HEM-03.btki")));
    QVERIFY(!ev.item(QStringLiteral("HEM-03.bcl2i")));
    QVERIFY(!r.answers.contains(QStringLiteral("HEM-03.btki")));

    // The same case without lenalidomide refractoriness misses the cilta-cel label.
    CaseFacts notRefractory = f;
    notRefractory.lenalidomideRefractory = false;
    const ChecklistEvaluation ev2 = ChecklistEngine(context).evaluate(
        hematology(), ChecklistPrefill::build(hematology(), notRefractory, {}, kMeeting).answers);
    QCOMPARE(ev2.item(QStringLiteral("HEM-03.lenalidomide_refractory"))->status,
             ChecklistStatus::Contraindication);
    QCOMPARE(ev2.overall(), ChecklistStatus::Contraindication);

    // In China (the program's default jurisdiction) the NMPA label of 2024-08-27 covers both:
    // three or more lines with a PI and an IMiD, no lenalidomide-refractory requirement.
    const ChecklistContext china = ChecklistPrefill::contextFor(
        notRefractory, kMeeting, QStringLiteral("cn_nmpa"), &cb::test::loadedLabels());
    const ChecklistEvaluation ev3 = ChecklistEngine(china).evaluate(
        hematology(), ChecklistPrefill::build(hematology(), notRefractory, {}, kMeeting).answers);
    QCOMPARE(ev3.count(ChecklistStatus::Contraindication), 0);
    for (const char* id : {"HEM-01", "HEM-02", "HEM-03.pi", "HEM-03.imid", "HEM-03.lenalidomide_refractory"})
        QCOMPARE(toId(ev3.item(QString::fromLatin1(id))->status), QStringLiteral("ok"));
}

void TestChecklistPrefill::shouldSpellUnitsTolerantly_data()
{
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<QString>("given");
    QTest::addColumn<bool>("same");
    QTest::newRow("µmol/L and umol/L") << "µmol/L"
                                       << "umol/l" << true;
    QTest::newRow("µmol/L and Greek mu") << "µmol/L"
                                         << "μmol/L" << true;
    QTest::newRow("×10^9/L and 10⁹/L") << "×10^9/L"
                                       << "10⁹/L" << true;
    QTest::newRow("cells/µL and /uL") << "cells/µL"
                                      << "/uL" << true;
    QTest::newRow("ng/L and pg/mL") << "ng/L"
                                    << "pg/mL" << true;
    QTest::newRow("empty means the item's unit") << "%"
                                                 << "" << true;
    QTest::newRow("g/dL is not g/L") << "g/dL"
                                     << "g/L" << false;
    QTest::newRow("g/L fibrinogen is not platelets") << "g/L"
                                                     << "×10^9/L" << false;
    QTest::newRow("mg/L is not mg/dL") << "mg/L"
                                       << "mg/dL" << false;
}

void TestChecklistPrefill::shouldSpellUnitsTolerantly()
{
    QFETCH(QString, canonical);
    QFETCH(QString, given);
    QFETCH(bool, same);
    QCOMPARE(ChecklistUnits::sameUnit(canonical, given), same);
}

QTEST_GUILESS_MAIN(TestChecklistPrefill)
#include "TestChecklistPrefill.moc"
