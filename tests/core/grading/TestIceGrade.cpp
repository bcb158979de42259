#include "core/grading/IceScorer.h"

#include <QTest>

using namespace cb::core;

namespace {

// GIVEN helper: the item answers, orientation given as the number of correct items (in order).
IceInput answers(int orientation, int naming, bool commands, bool writing, bool attention)
{
    IceInput in;
    in.orientationYear = orientation >= 1;
    in.orientationMonth = orientation >= 2;
    in.orientationCity = orientation >= 3;
    in.orientationHospital = orientation >= 4;
    in.namingCorrectCount = naming;
    in.followsCommands = commands;
    in.writesStandardSentence = writing;
    in.countsBackFrom100By10 = attention;
    return in;
}

} // namespace

class TestIceGrade : public QObject
{
    Q_OBJECT

private slots:
    void shouldScoreTheTenIceItems_data();
    void shouldScoreTheTenIceItems();
    void shouldMapEveryIceScoreToItsDomainGrade_data();
    void shouldMapEveryIceScoreToItsDomainGrade();
    void shouldScoreZeroAndGradeFourWhenUnarousable();
    void shouldCountEachOrientationItemOnce();
    void shouldCarryRuleVersionAndExplainTheItems();
};

void TestIceGrade::shouldScoreTheTenIceItems_data()
{
    QTest::addColumn<int>("orientation");
    QTest::addColumn<int>("naming");
    QTest::addColumn<bool>("commands");
    QTest::addColumn<bool>("writing");
    QTest::addColumn<bool>("attention");
    QTest::addColumn<int>("score");
    QTest::addColumn<int>("grade");

    QTest::addRow("all correct: 10, normal") << 4 << 3 << true << true << true << 10 << 0;
    QTest::addRow("9: upper bound of grade 1") << 4 << 3 << true << true << false << 9 << 1;
    QTest::addRow("7: lower bound of grade 1") << 4 << 1 << true << true << false << 7 << 1;
    QTest::addRow("6: upper bound of grade 2") << 4 << 2 << false << false << false << 6 << 2;
    QTest::addRow("3: lower bound of grade 2") << 0 << 2 << true << false << false << 3 << 2;
    QTest::addRow("2: upper bound of grade 3") << 1 << 0 << false << false << true << 2 << 3;
    QTest::addRow("0 awake: grade 3") << 0 << 0 << false << false << false << 0 << 3;
}

void TestIceGrade::shouldScoreTheTenIceItems()
{
    QFETCH(int, orientation);
    QFETCH(int, naming);
    QFETCH(bool, commands);
    QFETCH(bool, writing);
    QFETCH(bool, attention);
    QFETCH(int, score);
    QFETCH(int, grade);

    const IceResult r = IceScorer::score(answers(orientation, naming, commands, writing, attention));

    QCOMPARE(r.score, score);
    QCOMPARE(r.domainGrade, grade);
    QVERIFY(!r.unableToPerform);
}

void TestIceGrade::shouldMapEveryIceScoreToItsDomainGrade_data()
{
    QTest::addColumn<int>("score");
    QTest::addColumn<int>("grade");
    const int expected[] = {3, 3, 3, 2, 2, 2, 2, 1, 1, 1, 0};
    for (int s = 0; s <= 10; ++s)
        QTest::addRow("ICE %d", s) << s << expected[s];
}

void TestIceGrade::shouldMapEveryIceScoreToItsDomainGrade()
{
    QFETCH(int, score);
    QFETCH(int, grade);
    QCOMPARE(IceScorer::domainGrade(score, false), grade);
    QCOMPARE(IceScorer::domainGrade(score, true), 4);
}

void TestIceGrade::shouldScoreZeroAndGradeFourWhenUnarousable()
{
    IceInput in = answers(4, 3, true, true, true); // answers left over from an earlier form are ignored
    in.arousable = false;
    const IceResult r = IceScorer::score(in);
    QCOMPARE(r.score, 0);
    QVERIFY(r.unableToPerform);
    QCOMPARE(r.domainGrade, 4);
}

void TestIceGrade::shouldCountEachOrientationItemOnce()
{
    IceInput in;
    in.orientationCity = true;
    in.orientationHospital = true;
    const IceResult r = IceScorer::score(in);
    QCOMPARE(r.orientationPoints, 2);
    QCOMPARE(r.score, 2);
}

void TestIceGrade::shouldCarryRuleVersionAndExplainTheItems()
{
    const IceResult r = IceScorer::score(answers(4, 2, true, false, true));
    QCOMPARE(r.ruleVersion, QStringLiteral("ASTCT-2019"));
    QVERIFY2(r.explanation.contains(QStringLiteral("ICE 8/10")), qPrintable(r.explanation));
    QVERIFY2(r.explanation.contains(QStringLiteral("naming 2/3")), qPrintable(r.explanation));
    QVERIFY2(r.explanation.contains(QStringLiteral("grade 1")), qPrintable(r.explanation));
}

QTEST_GUILESS_MAIN(TestIceGrade)
#include "TestIceGrade.moc"
