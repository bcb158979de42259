// A monitoring assessment: the `grade` inputs plus time and interventions, graded as entered;
// the worst grade per day and overall.

#include "core/pathway/AssessmentJson.h"
#include "core/pathway/MonitoringSummary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace cb::core;

namespace {

QJsonObject parse(const QByteArray& json)
{
    return QJsonDocument::fromJson(json).object();
}

// An alert adult with a full ICE, febrile on low-flow oxygen.
const QByteArray kDay2 = R"({
  "time": "2026-11-12T08:00:00+01:00",
  "temperature_c": 38.9, "hypotension": false, "vasopressors": [],
  "oxygen": {"device": "nasal_cannula", "flow_l_min": 2},
  "arousable": true,
  "orientation": {"year": true, "month": true, "city": true, "hospital": false},
  "naming_correct_count": 3, "follows_commands": true, "writes_standard_sentence": true,
  "counts_back_from_100_by_10": true,
  "consciousness": "alert", "seizure": "none", "motor": "none", "cerebral_edema": "none",
  "interventions": {"tocilizumab_mg": 640}
})";

Assessment stored(int day, int crs, int icans, double t, const QJsonObject& interventions = {})
{
    Assessment a;
    a.day = day;
    a.crsGrade = crs;
    a.icansGrade = icans;
    a.temperatureC = t;
    a.interventions = interventions;
    return a;
}

} // namespace

class TestAssessmentJson : public QObject
{
    Q_OBJECT
private slots:
    void shouldGradeCrsAndIcansFromOneEntry()
    {
        const auto in = AssessmentJson::parse(parse(kDay2), {62.0, false});
        QVERIFY2(in.ok(), qPrintable(in.error().message));
        const AssessmentResult r = AssessmentJson::evaluate(*in);
        QCOMPARE(r.crs.grade, 2);   // fever + low-flow nasal cannula
        QCOMPARE(r.ice.score, 9);   // one orientation item missed
        QCOMPARE(r.icans.grade, 1); // ICE 7-9
        QCOMPARE(in->interventions.tocilizumabMg, 640.0);
        QCOMPARE(in->time.toUTC(), QDateTime(QDate(2026, 11, 12), QTime(7, 0), Qt::UTC));
        const QJsonObject out = AssessmentJson::outputsToJson(r, *in);
        QCOMPARE(out.value(QStringLiteral("rule_version")).toString(), QStringLiteral("ASTCT-2019"));
        QCOMPARE(out.value(QStringLiteral("icans")).toObject().value(QStringLiteral("age_years")).toDouble(),
                 62.0);
    }

    void shouldNotRequireFeverOnceCrsWasTreated()
    {
        QJsonObject o = parse(kDay2);
        o.insert(QStringLiteral("temperature_c"), 37.2);
        o.remove(QStringLiteral("interventions"));
        // GIVEN earlier tocilizumab for CRS, WHEN the patient is afebrile on oxygen, THEN still grade 2
        const auto treated = AssessmentJson::parse(o, {62.0, true});
        QCOMPARE(AssessmentJson::evaluate(*treated).crs.grade, 2);
        // and without that history no fever means no CRS
        const auto untreated = AssessmentJson::parse(o, {62.0, false});
        QCOMPARE(AssessmentJson::evaluate(*untreated).crs.grade, 0);
    }

    void shouldConvertFahrenheitAndKeepTheConversion()
    {
        QJsonObject o = parse(kDay2);
        o.remove(QStringLiteral("temperature_c"));
        o.insert(QStringLiteral("temperature_f"), 100.4);
        const auto in = AssessmentJson::parse(o, {62.0, false});
        QVERIFY(in.ok());
        const auto r = AssessmentJson::evaluate(*in);
        QCOMPARE(r.crs.temperatureC, 38.0);
        QVERIFY(AssessmentJson::outputsToJson(r, *in).value(QStringLiteral("conversions")).toArray().size() ==
                1);
    }

    void shouldRefuseBadEntriesNamingTheField_data()
    {
        QTest::addColumn<QString>("remove");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QByteArray>("value"); // JSON of the value to set, empty: none
        QTest::addColumn<QString>("field");
        QTest::newRow("no time") << "time"
                                 << "" << QByteArray() << "time";
        QTest::newRow("time not a time") << ""
                                         << "time" << QByteArray(R"("yesterday")") << "time";
        QTest::newRow("temperature 60") << ""
                                        << "temperature_c" << QByteArray("60") << "temperature_c";
        QTest::newRow("naming 4 of 3") << ""
                                       << "naming_correct_count" << QByteArray("4") << "naming_correct_count";
        QTest::newRow("typo in a field name") << ""
                                              << "temprature_c" << QByteArray("38") << "temprature_c";
        QTest::newRow("unknown intervention")
            << ""
            << "interventions" << QByteArray(R"({"toci": 1})") << "interventions.toci";
        QTest::newRow("tocilizumab over 800 mg")
            << ""
            << "interventions" << QByteArray(R"({"tocilizumab_mg": 1200})") << "interventions.tocilizumab_mg";
        QTest::newRow("no consciousness") << "consciousness"
                                          << "" << QByteArray() << "consciousness";
        QTest::newRow("ICE items and score") << ""
                                             << "ice_score" << QByteArray("9") << "ice_score";
    }
    void shouldRefuseBadEntriesNamingTheField()
    {
        QFETCH(QString, remove);
        QFETCH(QString, key);
        QFETCH(QByteArray, value);
        QFETCH(QString, field);
        QJsonObject o = parse(kDay2);
        if (!remove.isEmpty())
            o.remove(remove);
        if (!key.isEmpty())
            o.insert(key, QJsonDocument::fromJson("[" + value + "]").array().at(0));
        const auto r = AssessmentJson::parse(o, {62.0, false});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, cb::ErrorCode::BadInput);
        QVERIFY2(r.error().message.startsWith(field), qPrintable(r.error().message));
    }

    void shouldNeedTheAgeWhenTheBirthDateIsUnknown()
    {
        const auto r = AssessmentJson::parse(parse(kDay2), {-1.0, false});
        QVERIFY(r.error().message.startsWith(QLatin1String("age_years")));
    }

    void shouldKeepTheWorstGradePerDayAndOverall()
    {
        const QJsonObject toci{{QStringLiteral("tocilizumab_mg"), 640}};
        const auto s =
            MonitoringSummary::of({stored(0, 0, 0, 37.1), stored(1, 1, 0, 38.4), stored(2, 2, 0, 38.9, toci),
                                   stored(2, 1, 1, 38.1), stored(3, 0, 1, 37.0), stored(5, 0, 0, 36.8)});
        QCOMPARE(s.days.size(), 5);
        QCOMPARE(s.days.at(2).day, 2);
        QCOMPARE(s.days.at(2).worstCrs, 2);
        QCOMPARE(s.days.at(2).worstIcans, 1);
        QCOMPARE(s.days.at(2).maxTemperatureC, 38.9);
        QCOMPARE(s.days.at(2).assessments, 2);
        QCOMPARE(s.worstCrs, 2);
        QCOMPARE(s.worstCrsDay, 2);
        QCOMPARE(s.worstIcans, 1);
        QCOMPARE(s.worstIcansDay, 2);
        QCOMPARE(s.tocilizumabDoses, 1);
    }
};

QTEST_GUILESS_MAIN(TestAssessmentJson)
#include "TestAssessmentJson.moc"
