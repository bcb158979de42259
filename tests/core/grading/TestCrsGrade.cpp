#include "core/grading/CrsGrader.h"

#include <QTest>

using namespace cb::core;

namespace {

// GIVEN helpers: a CRS assessment from stable ids, as a nurse would enter it.
CrsInput assessment(double temperatureC, bool hypotension, const QStringList& pressors,
                    const QString& device = QStringLiteral("none"), double flow = 0.0)
{
    CrsInput in;
    in.temperatureC = temperatureC;
    in.hypotension = hypotension;
    for (const QString& id : pressors)
        in.vasopressors << fromId(vasoactiveAgents(), id).value();
    in.oxygenDevice = fromId(oxygenDevices(), device).value();
    in.oxygenFlowLPerMin = flow;
    return in;
}

} // namespace

class TestCrsGrade : public QObject
{
    Q_OBJECT

private slots:
    void shouldGradeByTheMoreSevereOfHypotensionAndHypoxia_data();
    void shouldGradeByTheMoreSevereOfHypotensionAndHypoxia();
    void shouldGradeHypoxiaByOxygenDevice_data();
    void shouldGradeHypoxiaByOxygenDevice();
    void shouldGradeVasopressorCombinations_data();
    void shouldGradeVasopressorCombinations();
    void shouldCountVasopressinAsSingleVasopressor();
    void shouldNeverCountVasopressinTowardsMultiple();
    void shouldApplyTheConfiguredVasopressinAloneGrade();
    void shouldNotCountInotropesAsVasopressorsByDefault();
    void shouldCountInotropesWhenConfigured();
    void shouldCountADuplicatedVasopressorOnce();
    void shouldNotGradeWithoutFeverUnlessMasked();
    void shouldGradeAfebrileHypotensionAfterAnticytokineTreatment();
    void shouldReturnZeroAndSayResolvingWhenMaskedWithoutFeatures();
    void shouldIgnoreFeverAttributableToAnotherCause();
    void shouldGradeDeathDueToCrsAsFive();
    void shouldIgnoreSpo2();
    void shouldCarryRuleVersionAndExplainTheDrivingDomain();
};

void TestCrsGrade::shouldGradeByTheMoreSevereOfHypotensionAndHypoxia_data()
{
    QTest::addColumn<double>("temperature");
    QTest::addColumn<bool>("hypotension");
    QTest::addColumn<QStringList>("pressors");
    QTest::addColumn<QString>("device");
    QTest::addColumn<double>("flow");
    QTest::addColumn<int>("grade");

    const QStringList none;
    QTest::addRow("37.9 C, nothing else: no fever, grade 0") << 37.9 << false << none << "none" << 0.0 << 0;
    QTest::addRow("37.94 C rounds to 37.9: grade 0") << 37.94 << false << none << "none" << 0.0 << 0;
    QTest::addRow("37.95 C rounds to 38.0: grade 1") << 37.95 << false << none << "none" << 0.0 << 1;
    QTest::addRow("38.0 C alone: grade 1") << 38.0 << false << none << "none" << 0.0 << 1;
    QTest::addRow("38.1 C alone: grade 1") << 38.1 << false << none << "none" << 0.0 << 1;
    QTest::addRow("fever + fluid-responsive hypotension: grade 2")
        << 38.5 << true << none << "none" << 0.0 << 2;
    QTest::addRow("fever + one vasopressor: grade 3")
        << 38.5 << true << QStringList{"norepinephrine"} << "none" << 0.0 << 3;
    QTest::addRow("fever + one vasopressor + low-flow cannula: grade 3 (worked example)")
        << 38.5 << true << QStringList{"norepinephrine"} << "nasal_cannula" << 4.0 << 3;
    QTest::addRow("fever + hypotension 2 + HFNC 3: grade 3")
        << 38.2 << true << none << "high_flow_nasal_cannula" << 30.0 << 3;
    QTest::addRow("fever + low-flow cannula + two vasopressors: grade 4")
        << 39.0 << true << QStringList{"norepinephrine", "epinephrine"} << "nasal_cannula" << 2.0 << 4;
    QTest::addRow("fever + fluid hypotension + BiPAP: grade 4")
        << 39.0 << true << none << "bipap" << 0.0 << 4;
    QTest::addRow("37.9 C + vasopressor, not masked: grade 0 (rule-literal)")
        << 37.9 << true << QStringList{"norepinephrine"} << "none" << 0.0 << 0;
}

void TestCrsGrade::shouldGradeByTheMoreSevereOfHypotensionAndHypoxia()
{
    QFETCH(double, temperature);
    QFETCH(bool, hypotension);
    QFETCH(QStringList, pressors);
    QFETCH(QString, device);
    QFETCH(double, flow);
    QFETCH(int, grade);

    const CrsResult r = CrsGrader().grade(assessment(temperature, hypotension, pressors, device, flow));

    QCOMPARE(r.grade, grade);
}

void TestCrsGrade::shouldGradeHypoxiaByOxygenDevice_data()
{
    QTest::addColumn<QString>("device");
    QTest::addColumn<double>("flow");
    QTest::addColumn<int>("grade");

    QTest::addRow("room air") << "none" << 0.0 << 1;
    QTest::addRow("blow-by") << "blow_by" << 2.0 << 2;
    QTest::addRow("nasal cannula 1 L/min") << "nasal_cannula" << 1.0 << 2;
    QTest::addRow("nasal cannula 5.9 L/min") << "nasal_cannula" << 5.9 << 2;
    QTest::addRow("nasal cannula 6.0 L/min is low flow") << "nasal_cannula" << 6.0 << 2;
    QTest::addRow("nasal cannula 6.1 L/min is high flow") << "nasal_cannula" << 6.1 << 3;
    QTest::addRow("nasal cannula 6.5 L/min") << "nasal_cannula" << 6.5 << 3;
    QTest::addRow("high-flow nasal cannula") << "high_flow_nasal_cannula" << 40.0 << 3;
    QTest::addRow("high-flow nasal cannula at a low setting") << "high_flow_nasal_cannula" << 5.0 << 3;
    QTest::addRow("simple face mask") << "simple_face_mask" << 5.0 << 3;
    QTest::addRow("non-rebreather mask") << "non_rebreather_mask" << 15.0 << 3;
    QTest::addRow("venturi mask") << "venturi_mask" << 10.0 << 3;
    QTest::addRow("CPAP") << "cpap" << 0.0 << 4;
    QTest::addRow("BiPAP") << "bipap" << 0.0 << 4;
    QTest::addRow("mechanical ventilation") << "mechanical_ventilation" << 0.0 << 4;
}

void TestCrsGrade::shouldGradeHypoxiaByOxygenDevice()
{
    QFETCH(QString, device);
    QFETCH(double, flow);
    QFETCH(int, grade);

    const CrsResult r = CrsGrader().grade(assessment(38.4, false, {}, device, flow));

    QCOMPARE(r.grade, grade);
    QCOMPARE(r.hypoxiaGrade, grade == 1 ? 0 : grade);
}

void TestCrsGrade::shouldGradeVasopressorCombinations_data()
{
    QTest::addColumn<QStringList>("pressors");
    QTest::addColumn<int>("grade");

    QTest::addRow("norepinephrine") << QStringList{"norepinephrine"} << 3;
    QTest::addRow("epinephrine") << QStringList{"epinephrine"} << 3;
    QTest::addRow("phenylephrine") << QStringList{"phenylephrine"} << 3;
    QTest::addRow("dopamine") << QStringList{"dopamine"} << 3;
    QTest::addRow("angiotensin II") << QStringList{"angiotensin_ii"} << 3;
    QTest::addRow("vasopressin alone") << QStringList{"vasopressin"} << 3;
    QTest::addRow("norepinephrine + vasopressin") << QStringList{"norepinephrine", "vasopressin"} << 3;
    QTest::addRow("vasopressin + dopamine") << QStringList{"vasopressin", "dopamine"} << 3;
    QTest::addRow("norepinephrine + phenylephrine") << QStringList{"norepinephrine", "phenylephrine"} << 4;
    QTest::addRow("epinephrine + angiotensin II") << QStringList{"epinephrine", "angiotensin_ii"} << 4;
    QTest::addRow("norepinephrine + phenylephrine + vasopressin")
        << QStringList{"norepinephrine", "phenylephrine", "vasopressin"} << 4;
    QTest::addRow("three vasopressors") << QStringList{"norepinephrine", "epinephrine", "dopamine"} << 4;
}

void TestCrsGrade::shouldGradeVasopressorCombinations()
{
    QFETCH(QStringList, pressors);
    QFETCH(int, grade);

    const CrsResult r = CrsGrader().grade(assessment(38.6, true, pressors));

    QCOMPARE(r.hypotensionGrade, grade);
    QCOMPARE(r.grade, grade);
}

void TestCrsGrade::shouldCountVasopressinAsSingleVasopressor()
{
    // GIVEN fever with norepinephrine plus vasopressin WHEN graded THEN only one vasopressor counts
    const CrsResult r = CrsGrader().grade(assessment(38.6, true, {"norepinephrine", "vasopressin"}));
    QCOMPARE(r.countedVasopressors, 1);
    QCOMPARE(r.grade, 3);
}

void TestCrsGrade::shouldNeverCountVasopressinTowardsMultiple()
{
    const CrsResult r = CrsGrader().grade(assessment(38.6, true, {"vasopressin", "vasopressin"}));
    QCOMPARE(r.countedVasopressors, 0);
    QCOMPARE(r.grade, 3);
}

void TestCrsGrade::shouldApplyTheConfiguredVasopressinAloneGrade()
{
    GradingOptions options;
    options.vasopressinAloneGrade = 2;
    QCOMPARE(CrsGrader(options).grade(assessment(38.6, true, {"vasopressin"})).grade, 2);
    QCOMPARE(CrsGrader(options).grade(assessment(38.6, true, {"vasopressin", "norepinephrine"})).grade, 3);
    QCOMPARE(GradingOptions().vasopressinAloneGrade, 3);
}

void TestCrsGrade::shouldNotCountInotropesAsVasopressorsByDefault()
{
    QCOMPARE(CrsGrader().grade(assessment(38.6, true, {"dobutamine"})).grade, 2);
    QCOMPARE(CrsGrader().grade(assessment(38.6, false, {"milrinone"})).grade, 1);
    QCOMPARE(CrsGrader().grade(assessment(38.6, true, {"norepinephrine", "dobutamine"})).grade, 3);
}

void TestCrsGrade::shouldCountInotropesWhenConfigured()
{
    GradingOptions options;
    options.countInotropesAsVasopressors = true;
    QCOMPARE(CrsGrader(options).grade(assessment(38.6, true, {"norepinephrine", "dobutamine"})).grade, 4);
}

void TestCrsGrade::shouldCountADuplicatedVasopressorOnce()
{
    const CrsResult r = CrsGrader().grade(assessment(38.6, true, {"norepinephrine", "norepinephrine"}));
    QCOMPARE(r.countedVasopressors, 1);
    QCOMPARE(r.grade, 3);
}

void TestCrsGrade::shouldNotGradeWithoutFeverUnlessMasked()
{
    const CrsResult r = CrsGrader().grade(assessment(37.2, true, {"norepinephrine"}, "bipap"));
    QCOMPARE(r.grade, 0);
    QVERIFY(r.explanation.contains(QStringLiteral("no fever")));
}

void TestCrsGrade::shouldGradeAfebrileHypotensionAfterAnticytokineTreatment()
{
    CrsInput in = assessment(37.0, true, {"norepinephrine"}, "nasal_cannula", 3.0);
    in.priorCrsTreatedWithAntipyreticOrAnticytokine = true;
    const CrsResult r = CrsGrader().grade(in);
    QCOMPARE(r.grade, 3);
    QVERIFY(r.feverMasked);
    QVERIFY(!r.fever);

    in = assessment(37.0, false, {}, "nasal_cannula", 3.0);
    in.priorCrsTreatedWithAntipyreticOrAnticytokine = true;
    QCOMPARE(CrsGrader().grade(in).grade, 2);
}

void TestCrsGrade::shouldReturnZeroAndSayResolvingWhenMaskedWithoutFeatures()
{
    CrsInput in = assessment(36.8, false, {});
    in.priorCrsTreatedWithAntipyreticOrAnticytokine = true;
    const CrsResult r = CrsGrader().grade(in);
    QCOMPARE(r.grade, 0);
    QVERIFY(r.explanation.contains(QStringLiteral("resolving")));
}

void TestCrsGrade::shouldIgnoreFeverAttributableToAnotherCause()
{
    CrsInput in = assessment(39.0, true, {});
    in.feverAttributableToOtherCause = true;
    QCOMPARE(CrsGrader().grade(in).grade, 0);

    in.priorCrsTreatedWithAntipyreticOrAnticytokine = true;
    QCOMPARE(CrsGrader().grade(in).grade, 2);
}

void TestCrsGrade::shouldGradeDeathDueToCrsAsFive()
{
    CrsInput in = assessment(36.5, false, {});
    in.deathDueToCrs = true;
    const CrsResult r = CrsGrader().grade(in);
    QCOMPARE(r.grade, 5);
    QVERIFY(r.explanation.contains(QStringLiteral("death")));
}

void TestCrsGrade::shouldIgnoreSpo2()
{
    CrsInput in = assessment(40.1, false, {});
    in.spo2Percent = 85.0;
    QCOMPARE(CrsGrader().grade(in).grade, 1);
}

void TestCrsGrade::shouldCarryRuleVersionAndExplainTheDrivingDomain()
{
    const CrsResult pressor = CrsGrader().grade(assessment(38.5, true, {"norepinephrine", "phenylephrine"}));
    QCOMPARE(pressor.ruleVersion, QStringLiteral("ASTCT-2019"));
    QVERIFY2(pressor.explanation.contains(QStringLiteral("vasopressors")), qPrintable(pressor.explanation));

    const CrsResult oxygen = CrsGrader().grade(assessment(38.5, false, {}, "nasal_cannula", 6.5));
    QVERIFY2(oxygen.explanation.contains(QStringLiteral("hypoxia")), qPrintable(oxygen.explanation));
    QVERIFY2(oxygen.explanation.contains(QStringLiteral("6.5 L/min")), qPrintable(oxygen.explanation));

    const CrsResult fever = CrsGrader().grade(assessment(38.0, false, {}));
    QVERIFY2(fever.explanation.contains(QStringLiteral("fever 38.0")), qPrintable(fever.explanation));
}

QTEST_GUILESS_MAIN(TestCrsGrade)
#include "TestCrsGrade.moc"
