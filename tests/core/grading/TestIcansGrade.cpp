#include "core/grading/IcansGrader.h"

#include <QTest>
#include <optional>

using namespace cb::core;

namespace {

// GIVEN helper: an adult assessment with nothing abnormal, to which each row adds one finding.
IcansInput adult(std::optional<int> ice = 10)
{
    IcansInput in;
    in.ageYears = 60;
    in.iceScore = ice;
    return in;
}

IcansInput child(double age, std::optional<int> capd)
{
    IcansInput in;
    in.ageYears = age;
    in.capdScore = capd;
    return in;
}

} // namespace

class TestIcansGrade : public QObject
{
    Q_OBJECT

private slots:
    void shouldGradeTheIceDomainForAdults_data();
    void shouldGradeTheIceDomainForAdults();
    void shouldGradeEachConsciousnessLevel_data();
    void shouldGradeEachConsciousnessLevel();
    void shouldGradeEachSeizureKind_data();
    void shouldGradeEachSeizureKind();
    void shouldGradeEachMotorFinding_data();
    void shouldGradeEachMotorFinding();
    void shouldGradeEachEdemaFinding_data();
    void shouldGradeEachEdemaFinding();
    void shouldExcludeTheEdemaFindingWhenItIsIntracranialHemorrhage();
    void shouldGradeIceZeroAwakeAsThreeAndUnarousableAsFour();
    void shouldTakeTheMostSevereDomain();
    void shouldUseCapdAtTwelveAndIceAtThirteen_data();
    void shouldUseCapdAtTwelveAndIceAtThirteen();
    void shouldGradeCapd_data();
    void shouldGradeCapd();
    void shouldLetConsciousnessRaiseACapdGradeOneToTwo();
    void shouldGradeDeathDueToIcansAsFive();
    void shouldCarryRuleVersionAndExplainTheDrivingDomain();
};

void TestIcansGrade::shouldGradeTheIceDomainForAdults_data()
{
    QTest::addColumn<int>("ice");
    QTest::addColumn<int>("grade");

    QTest::addRow("ICE 10 is normal") << 10 << 0;
    QTest::addRow("ICE 9 upper bound of grade 1") << 9 << 1;
    QTest::addRow("ICE 7 lower bound of grade 1") << 7 << 1;
    QTest::addRow("ICE 6 upper bound of grade 2") << 6 << 2;
    QTest::addRow("ICE 3 lower bound of grade 2") << 3 << 2;
    QTest::addRow("ICE 2 upper bound of grade 3") << 2 << 3;
    QTest::addRow("ICE 0 awake") << 0 << 3;
}

void TestIcansGrade::shouldGradeTheIceDomainForAdults()
{
    QFETCH(int, ice);
    QFETCH(int, grade);
    const IcansResult r = IcansGrader::grade(adult(ice));
    QCOMPARE(r.grade, grade);
    QCOMPARE(r.encephalopathyGrade, grade);
    QVERIFY(!r.usedCapd);
}

void TestIcansGrade::shouldGradeEachConsciousnessLevel_data()
{
    QTest::addColumn<QString>("level");
    QTest::addColumn<int>("grade");
    QTest::addRow("alert") << "alert" << 0;
    QTest::addRow("awakens spontaneously") << "awakens_spontaneously" << 1;
    QTest::addRow("awakens to voice, even with ICE 10") << "awakens_to_voice" << 2;
    QTest::addRow("awakens only to touch") << "awakens_only_to_tactile" << 3;
    QTest::addRow("unarousable") << "unarousable_or_vigorous_repetitive_stimuli_or_stupor_coma" << 4;
}

void TestIcansGrade::shouldGradeEachConsciousnessLevel()
{
    QFETCH(QString, level);
    QFETCH(int, grade);
    IcansInput in = adult();
    in.consciousness = fromId(consciousnessLevels(), level).value();
    QCOMPARE(IcansGrader::grade(in).grade, grade);
}

void TestIcansGrade::shouldGradeEachSeizureKind_data()
{
    QTest::addColumn<QString>("seizure");
    QTest::addColumn<int>("grade");
    QTest::addRow("none") << "none" << 0;
    QTest::addRow("clinical, resolved rapidly") << "clinical_focal_or_generalized_resolved_rapidly" << 3;
    QTest::addRow("nonconvulsive on EEG") << "nonconvulsive_on_eeg_resolved_with_intervention" << 3;
    QTest::addRow("prolonged over 5 min") << "life_threatening_prolonged_over_5_min" << 4;
    QTest::addRow("repetitive without return") << "repetitive_without_return_to_baseline" << 4;
}

void TestIcansGrade::shouldGradeEachSeizureKind()
{
    QFETCH(QString, seizure);
    QFETCH(int, grade);
    IcansInput in = adult();
    in.seizure = fromId(seizures(), seizure).value();
    QCOMPARE(IcansGrader::grade(in).grade, grade);
}

void TestIcansGrade::shouldGradeEachMotorFinding_data()
{
    QTest::addColumn<QString>("motor");
    QTest::addColumn<int>("grade");
    QTest::addRow("none") << "none" << 0;
    QTest::addRow("tremor or myoclonus does not count") << "tremor_or_myoclonus" << 0;
    QTest::addRow("hemiparesis") << "deep_focal_weakness_hemiparesis_or_paraparesis" << 4;
}

void TestIcansGrade::shouldGradeEachMotorFinding()
{
    QFETCH(QString, motor);
    QFETCH(int, grade);
    IcansInput in = adult();
    in.motor = fromId(motorFindings(), motor).value();
    QCOMPARE(IcansGrader::grade(in).grade, grade);
}

void TestIcansGrade::shouldGradeEachEdemaFinding_data()
{
    QTest::addColumn<QString>("edema");
    QTest::addColumn<int>("grade");
    QTest::addRow("none") << "none" << 0;
    QTest::addRow("focal") << "focal_local_edema_on_imaging" << 3;
    QTest::addRow("diffuse") << "diffuse_cerebral_edema_on_imaging" << 4;
    QTest::addRow("posturing") << "decerebrate_or_decorticate_posturing" << 4;
    QTest::addRow("CN VI palsy") << "cranial_nerve_vi_palsy" << 4;
    QTest::addRow("papilledema") << "papilledema" << 4;
    QTest::addRow("Cushing's triad") << "cushings_triad" << 4;
}

void TestIcansGrade::shouldGradeEachEdemaFinding()
{
    QFETCH(QString, edema);
    QFETCH(int, grade);
    IcansInput in = adult();
    in.cerebralEdema = fromId(cerebralEdemaFindings(), edema).value();
    QCOMPARE(IcansGrader::grade(in).grade, grade);
}

void TestIcansGrade::shouldExcludeTheEdemaFindingWhenItIsIntracranialHemorrhage()
{
    IcansInput in = adult();
    in.cerebralEdema = CerebralEdema::Diffuse;
    in.findingIsIntracranialHemorrhage = true;
    IcansResult r = IcansGrader::grade(in);
    QCOMPARE(r.grade, 0);
    QVERIFY(r.edemaExcludedAsHemorrhage);
    QVERIFY(r.explanation.contains(QStringLiteral("hemorrhage")));

    // THEN the other domains still count
    in.seizure = Seizure::ClinicalResolvedRapidly;
    QCOMPARE(IcansGrader::grade(in).grade, 3);
}

void TestIcansGrade::shouldGradeIceZeroAwakeAsThreeAndUnarousableAsFour()
{
    QCOMPARE(IcansGrader::grade(adult(0)).grade, 3);

    IcansInput in = adult(0);
    in.iceUnableUnarousable = true;
    QCOMPARE(IcansGrader::grade(in).grade, 4);

    in.iceScore.reset();
    QCOMPARE(IcansGrader::grade(in).grade, 4);

    QCOMPARE(IcansGrader::grade(adult(std::nullopt)).grade, 0); // ICE not assessed
}

void TestIcansGrade::shouldTakeTheMostSevereDomain()
{
    // ICE 3 (grade 2) with a generalized seizure (grade 3): grade 3, as in the source's example
    IcansInput in = adult(3);
    in.seizure = Seizure::ClinicalResolvedRapidly;
    QCOMPARE(IcansGrader::grade(in).grade, 3);
}

void TestIcansGrade::shouldUseCapdAtTwelveAndIceAtThirteen_data()
{
    QTest::addColumn<double>("age");
    QTest::addColumn<bool>("capd");
    QTest::addRow("age 0") << 0.0 << true;
    QTest::addRow("age 11.9") << 11.9 << true;
    QTest::addRow("age 12") << 12.0 << true;
    QTest::addRow("age 12.5") << 12.5 << false;
    QTest::addRow("age 13") << 13.0 << false;
}

void TestIcansGrade::shouldUseCapdAtTwelveAndIceAtThirteen()
{
    QFETCH(double, age);
    QFETCH(bool, capd);
    // GIVEN an ICE of 2 (grade 3 if used) and a CAPD of 4 (grade 1 if used)
    IcansInput in = child(age, 4);
    in.iceScore = 2;
    const IcansResult r = IcansGrader::grade(in);
    QCOMPARE(r.usedCapd, capd);
    QCOMPARE(r.grade, capd ? 1 : 3);
}

void TestIcansGrade::shouldGradeCapd_data()
{
    QTest::addColumn<std::optional<int>>("capd");
    QTest::addColumn<bool>("unable");
    QTest::addColumn<int>("grade");
    QTest::addRow("not assessed") << std::optional<int>() << false << 0;
    QTest::addRow("CAPD 0") << std::optional<int>(0) << false << 0;
    QTest::addRow("CAPD 1") << std::optional<int>(1) << false << 1;
    QTest::addRow("CAPD 8") << std::optional<int>(8) << false << 1;
    QTest::addRow("CAPD 9") << std::optional<int>(9) << false << 3;
    QTest::addRow("CAPD 32") << std::optional<int>(32) << false << 3;
    QTest::addRow("unable to perform CAPD") << std::optional<int>() << true << 4;
}

void TestIcansGrade::shouldGradeCapd()
{
    QFETCH(std::optional<int>, capd);
    QFETCH(bool, unable);
    QFETCH(int, grade);
    IcansInput in = child(8, capd);
    in.capdUnable = unable;
    QCOMPARE(IcansGrader::grade(in).grade, grade);
}

void TestIcansGrade::shouldLetConsciousnessRaiseACapdGradeOneToTwo()
{
    IcansInput in = child(6, 5);
    in.consciousness = Consciousness::AwakensToVoice;
    QCOMPARE(IcansGrader::grade(in).grade, 2);
    in.consciousness = Consciousness::AwakensSpontaneously;
    QCOMPARE(IcansGrader::grade(in).grade, 1);
}

void TestIcansGrade::shouldGradeDeathDueToIcansAsFive()
{
    IcansInput in = adult();
    in.deathDueToIcans = true;
    QCOMPARE(IcansGrader::grade(in).grade, 5);
}

void TestIcansGrade::shouldCarryRuleVersionAndExplainTheDrivingDomain()
{
    IcansInput in = adult(8);
    in.consciousness = Consciousness::AwakensOnlyToTactile;
    in.motor = MotorFinding::TremorOrMyoclonus;
    const IcansResult r = IcansGrader::grade(in);
    QCOMPARE(r.ruleVersion, QStringLiteral("ASTCT-2019"));
    QVERIFY2(r.explanation.startsWith(QStringLiteral("Grade 3: driven by consciousness")),
             qPrintable(r.explanation));
    QVERIFY2(r.explanation.contains(QStringLiteral("Tremor")), qPrintable(r.explanation));
}

QTEST_GUILESS_MAIN(TestIcansGrade)
#include "TestIcansGrade.moc"
