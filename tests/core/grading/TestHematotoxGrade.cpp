#include "core/grading/HematotoxScorer.h"

#include <QTest>

using namespace cb::core;

namespace {

// GIVEN helper: labs that score 0 on every variable; each row changes one.
HematotoxInput normalLabs()
{
    HematotoxInput in;
    in.platelets10e9PerL = 250;
    in.ancPerUl = 3000;
    in.hemoglobinGPerDl = 12.0;
    in.crpMgPerDl = 0.5;
    in.ferritinNgPerMl = 300;
    return in;
}

} // namespace

class TestHematotoxGrade : public QObject
{
    Q_OBJECT

private slots:
    void shouldScoreEachVariableAtAndAroundItsCutOffs_data();
    void shouldScoreEachVariableAtAndAroundItsCutOffs();
    void shouldClassifyZeroToOneAsLowAndTwoOrMoreAsHigh_data();
    void shouldClassifyZeroToOneAsLowAndTwoOrMoreAsHigh();
    void shouldReachTheMaximumOfSeven();
    void shouldFollowConfiguredTieBins();
    void shouldKeepTheInputsAndExplainThePoints();
};

void TestHematotoxGrade::shouldScoreEachVariableAtAndAroundItsCutOffs_data()
{
    QTest::addColumn<QString>("variable");
    QTest::addColumn<double>("value");
    QTest::addColumn<int>("points");

    const QString plt = QStringLiteral("platelets");
    QTest::addRow("platelets 74") << plt << 74.0 << 2;
    QTest::addRow("platelets 74.9") << plt << 74.9 << 2;
    QTest::addRow("platelets 75 (closed middle range)") << plt << 75.0 << 1;
    QTest::addRow("platelets 76") << plt << 76.0 << 1;
    QTest::addRow("platelets 174") << plt << 174.0 << 1;
    QTest::addRow("platelets 175 (closed middle range)") << plt << 175.0 << 1;
    QTest::addRow("platelets 176") << plt << 176.0 << 0;
    QTest::addRow("platelets 0") << plt << 0.0 << 2;

    const QString anc = QStringLiteral("anc");
    QTest::addRow("ANC 1199") << anc << 1199.0 << 1;
    QTest::addRow("ANC 1200 (tie to higher risk)") << anc << 1200.0 << 1;
    QTest::addRow("ANC 1201") << anc << 1201.0 << 0;

    const QString hb = QStringLiteral("hemoglobin");
    QTest::addRow("Hb 8.9") << hb << 8.9 << 1;
    QTest::addRow("Hb 9.0 (tie to higher risk)") << hb << 9.0 << 1;
    QTest::addRow("Hb 9.1") << hb << 9.1 << 0;

    const QString crp = QStringLiteral("crp");
    QTest::addRow("CRP 2.9") << crp << 2.9 << 0;
    QTest::addRow("CRP 3.0 (tie to higher risk)") << crp << 3.0 << 1;
    QTest::addRow("CRP 3.1") << crp << 3.1 << 1;

    const QString fer = QStringLiteral("ferritin");
    QTest::addRow("ferritin 649") << fer << 649.0 << 0;
    QTest::addRow("ferritin 650 (closed middle range)") << fer << 650.0 << 1;
    QTest::addRow("ferritin 651") << fer << 651.0 << 1;
    QTest::addRow("ferritin 1999") << fer << 1999.0 << 1;
    QTest::addRow("ferritin 2000 (closed middle range)") << fer << 2000.0 << 1;
    QTest::addRow("ferritin 2001") << fer << 2001.0 << 2;
}

void TestHematotoxGrade::shouldScoreEachVariableAtAndAroundItsCutOffs()
{
    QFETCH(QString, variable);
    QFETCH(double, value);
    QFETCH(int, points);

    HematotoxInput in = normalLabs();
    if (variable == QLatin1String("platelets"))
        in.platelets10e9PerL = value;
    else if (variable == QLatin1String("anc"))
        in.ancPerUl = value;
    else if (variable == QLatin1String("hemoglobin"))
        in.hemoglobinGPerDl = value;
    else if (variable == QLatin1String("crp"))
        in.crpMgPerDl = value;
    else
        in.ferritinNgPerMl = value;

    const HematotoxResult r = HematotoxScorer().score(in);

    QCOMPARE(r.score, points);
    const HematotoxPoints& p = r.points;
    const int got = variable == QLatin1String("platelets")    ? p.platelets
                    : variable == QLatin1String("anc")        ? p.anc
                    : variable == QLatin1String("hemoglobin") ? p.hemoglobin
                    : variable == QLatin1String("crp")        ? p.crp
                                                              : p.ferritin;
    QCOMPARE(got, points);
}

void TestHematotoxGrade::shouldClassifyZeroToOneAsLowAndTwoOrMoreAsHigh_data()
{
    QTest::addColumn<int>("score");
    QTest::addColumn<bool>("high");
    for (int s = 0; s <= 7; ++s)
        QTest::addRow("score %d", s) << s << (s >= 2);
}

void TestHematotoxGrade::shouldClassifyZeroToOneAsLowAndTwoOrMoreAsHigh()
{
    QFETCH(int, score);
    QFETCH(bool, high);
    QCOMPARE(HematotoxScorer::riskFor(score), high ? HematotoxRisk::High : HematotoxRisk::Low);
}

void TestHematotoxGrade::shouldReachTheMaximumOfSeven()
{
    HematotoxInput in;
    in.platelets10e9PerL = 40;
    in.ancPerUl = 400;
    in.hemoglobinGPerDl = 7.8;
    in.crpMgPerDl = 9.5;
    in.ferritinNgPerMl = 3200;
    const HematotoxResult r = HematotoxScorer().score(in);
    QCOMPARE(r.score, 7);
    QCOMPARE(r.risk, HematotoxRisk::High);
}

void TestHematotoxGrade::shouldFollowConfiguredTieBins()
{
    HematotoxTies ties;
    ties.plateletsAt75 = TieBin::HigherRisk;
    ties.plateletsAt175 = TieBin::LowerRisk;
    ties.ancAt1200 = TieBin::LowerRisk;
    ties.hemoglobinAt9 = TieBin::LowerRisk;
    ties.crpAt3 = TieBin::LowerRisk;
    ties.ferritinAt650 = TieBin::LowerRisk;
    ties.ferritinAt2000 = TieBin::HigherRisk;
    const HematotoxScorer scorer(ties);

    HematotoxInput in = normalLabs();
    in.platelets10e9PerL = 75;
    QCOMPARE(scorer.points(in).platelets, 2);
    in.platelets10e9PerL = 175;
    QCOMPARE(scorer.points(in).platelets, 0);
    in = normalLabs();
    in.ancPerUl = 1200;
    in.hemoglobinGPerDl = 9.0;
    in.crpMgPerDl = 3.0;
    in.ferritinNgPerMl = 650;
    QCOMPARE(scorer.score(in).score, 0);
    in.ferritinNgPerMl = 2000;
    QCOMPARE(scorer.points(in).ferritin, 2);
}

void TestHematotoxGrade::shouldKeepTheInputsAndExplainThePoints()
{
    HematotoxInput in = normalLabs();
    in.crpMgPerDl = 3.0;
    in.conversions << QStringLiteral("CRP 30 mg/L = 3 mg/dL");
    const HematotoxResult r = HematotoxScorer().score(in);
    QCOMPARE(r.ruleVersion, QStringLiteral("CAR-HEMATOTOX-2021"));
    QCOMPARE(r.inputs.crpMgPerDl, 3.0);
    QVERIFY2(r.explanation.contains(QStringLiteral("CRP 3 mg/dL → 1")), qPrintable(r.explanation));
    QVERIFY2(r.explanation.contains(QStringLiteral("CRP 30 mg/L = 3 mg/dL")), qPrintable(r.explanation));
    QVERIFY2(r.explanation.contains(QStringLiteral("low risk")), qPrintable(r.explanation));
}

QTEST_GUILESS_MAIN(TestHematotoxGrade)
#include "TestHematotoxGrade.moc"
