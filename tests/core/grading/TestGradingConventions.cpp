// The grading conventions as the setting grading.conventions holds them: the SPEC defaults when a
// key is left out, each [CONV] choice read back, a malformed value refused naming what is wrong.

#include "core/grading/GradingOptionsJson.h"
#include "core/grading/HematotoxScorer.h"

#include <QTest>

using namespace cb::core;

class TestGradingConventions : public QObject
{
    Q_OBJECT
private slots:
    void shouldRoundTripTheSpecDefaults()
    {
        auto parsed = GradingOptionsJson::parse(GradingOptionsJson::toText(GradingOptions{}));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
        QCOMPARE(parsed->vasopressinAloneGrade, 3);
        QCOMPARE(parsed->countInotropesAsVasopressors, false);
        QCOMPARE(parsed->hematotoxTies.plateletsAt75, TieBin::LowerRisk);
        QCOMPARE(parsed->hematotoxTies.ancAt1200, TieBin::HigherRisk);
        QCOMPARE(GradingOptionsJson::parse(QStringLiteral("{}"))->vasopressinAloneGrade, 3);
    }

    void shouldReadEachConvention()
    {
        auto parsed = GradingOptionsJson::parse(QStringLiteral(
            R"({"vasopressin_alone_grade": 2, "inotropes_count_as_vasopressors": true,
                "hematotox_ties": {"anc_at_1200": "lower_risk", "platelets_at_75": "higher_risk"}})"));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
        QCOMPARE(parsed->vasopressinAloneGrade, 2);
        QCOMPARE(parsed->countInotropesAsVasopressors, true);
        QCOMPARE(parsed->hematotoxTies.ancAt1200, TieBin::LowerRisk);
        QCOMPARE(parsed->hematotoxTies.plateletsAt75, TieBin::HigherRisk);
        QCOMPARE(parsed->hematotoxTies.crpAt3, TieBin::HigherRisk); // left out: the default
        // AND the scorer follows them: ANC exactly 1200 now scores 0
        HematotoxInput in;
        in.platelets10e9PerL = 200;
        in.ancPerUl = 1200;
        in.hemoglobinGPerDl = 12;
        in.crpMgPerDl = 1;
        in.ferritinNgPerMl = 100;
        QCOMPARE(HematotoxScorer(parsed->hematotoxTies).score(in).score, 0);
        QCOMPARE(HematotoxScorer().score(in).score, 1);
    }

    void shouldRefuseAMalformedValue_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("named"); // what the message names
        QTest::newRow("not JSON") << QStringLiteral("grade 3") << QStringLiteral("JSON object");
        QTest::newRow("an array") << QStringLiteral("[3]") << QStringLiteral("JSON object");
        QTest::newRow("unknown key") << QStringLiteral(R"({"vasopresin_alone_grade": 3})")
                                     << QStringLiteral("vasopresin_alone_grade");
        QTest::newRow("grade 4") << QStringLiteral(R"({"vasopressin_alone_grade": 4})")
                                 << QStringLiteral("vasopressin_alone_grade");
        QTest::newRow("grade as text") << QStringLiteral(R"({"vasopressin_alone_grade": "3"})")
                                       << QStringLiteral("vasopressin_alone_grade");
        QTest::newRow("inotropes as text") << QStringLiteral(R"({"inotropes_count_as_vasopressors": "no"})")
                                           << QStringLiteral("inotropes_count_as_vasopressors");
        QTest::newRow("unknown cut-off")
            << QStringLiteral(R"({"hematotox_ties": {"ldh_at_250": "higher_risk"}})")
            << QStringLiteral("ldh_at_250");
        QTest::newRow("unknown bin") << QStringLiteral(R"({"hematotox_ties": {"crp_at_3": "high"}})")
                                     << QStringLiteral("crp_at_3");
    }
    void shouldRefuseAMalformedValue()
    {
        QFETCH(QString, text);
        QFETCH(QString, named);
        auto parsed = GradingOptionsJson::parse(text);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, cb::ErrorCode::BadInput);
        QVERIFY2(parsed.error().message.contains(named), qPrintable(parsed.error().message));
    }
};

QTEST_GUILESS_MAIN(TestGradingConventions)
#include "TestGradingConventions.moc"
