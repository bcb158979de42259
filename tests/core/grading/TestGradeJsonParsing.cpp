#include "core/grading/JsonCalculator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace cb::core;

namespace {

// Valid inputs; each bad-input row breaks one field of one of them.
const char* kCrs = R"({"temperature_c": 38.4, "hypotension": false, "vasopressors": [],
                       "oxygen": {"device": "none", "flow_l_min": 0}})";
const char* kIcans = R"({"age_years": 60, "ice_score": 10, "ice_unable_unarousable": false,
                         "consciousness": "alert", "seizure": "none", "motor": "none", "cerebral_edema": "none"})";
const char* kIce = R"({"orientation": {"year": true, "month": true, "city": true, "hospital": true},
                       "naming_correct_count": 3, "follows_commands": true, "writes_standard_sentence": true,
                       "counts_back_from_100_by_10": true, "arousable": true})";
const char* kHematotox = R"({"platelets_10e9_per_l": 250, "anc_per_ul": 3000, "hemoglobin_g_dl": 12.0,
                             "crp_mg_dl": 0.5, "ferritin_ng_ml": 300})";

QJsonObject parse(const char* json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

// `base` with one field (a dotted path) replaced, or removed when `value` is undefined.
QJsonObject with(QJsonObject root, const QString& path, const QJsonValue& value)
{
    const QStringList parts = path.split(QLatin1Char('.'));
    if (parts.size() == 1) {
        if (value.isUndefined())
            root.remove(path);
        else
            root.insert(path, value);
        return root;
    }
    QJsonObject inner = root.value(parts[0]).toObject();
    if (value.isUndefined())
        inner.remove(parts[1]);
    else
        inner.insert(parts[1], value);
    root.insert(parts[0], inner);
    return root;
}

QJsonObject with(const char* base, const QString& path, const QJsonValue& value)
{
    return with(parse(base), path, value);
}

const QJsonValue kRemove = QJsonValue(QJsonValue::Undefined);

JsonCalculator::Output runOk(const QString& calc, const QJsonObject& input)
{
    const auto out = JsonCalculator::run(calc, input);
    if (!out.ok())
        qWarning("%s", qPrintable(out.error().message));
    return out.ok() ? out.value() : JsonCalculator::Output{};
}

} // namespace

class TestGradeJsonParsing : public QObject
{
    Q_OBJECT

private slots:
    void shouldRejectBadInputNamingTheField_data();
    void shouldRejectBadInputNamingTheField();
    void shouldAcceptTheValidBaseInputs_data();
    void shouldAcceptTheValidBaseInputs();
    void shouldDefaultAbsentOptionalFieldsToFalse();
    void shouldAcceptEnumeratedValuesCaseInsensitivelyWithHyphens();
    void shouldListUnknownFieldsAsIgnoredInsteadOfFailing();
    void shouldConvertFahrenheitAndMentionTheConversion_data();
    void shouldConvertFahrenheitAndMentionTheConversion();
    void shouldConvertCrpInMgPerLiterAtTheCutOff_data();
    void shouldConvertCrpInMgPerLiterAtTheCutOff();
    void shouldReturnNormalisedInputsForAlternativeUnits();
    void shouldAllowOmittingIceItemsWhenUnarousable();
    void shouldAcceptNullIceScoreAndChildrenWithoutIce();
    void shouldWriteExactlyTheResultFieldNames_data();
    void shouldWriteExactlyTheResultFieldNames();
};

void TestGradeJsonParsing::shouldRejectBadInputNamingTheField_data()
{
    QTest::addColumn<QString>("calc");
    QTest::addColumn<QJsonObject>("input");
    QTest::addColumn<QString>("message"); // the start of the expected message

    const QString crs = QStringLiteral("crs");
    QTest::addRow("crs: temperature missing")
        << crs << with(kCrs, "temperature_c", kRemove) << "temperature_c: required field is missing";
    QTest::addRow("crs: temperature a string")
        << crs << with(kCrs, "temperature_c", "38.4") << "temperature_c: expected a number, got a string";
    QTest::addRow("crs: temperature null")
        << crs << with(kCrs, "temperature_c", QJsonValue::Null) << "temperature_c: required field is missing";
    QTest::addRow("crs: temperature 45.1 C")
        << crs << with(kCrs, "temperature_c", 45.1) << "temperature_c: 45.1 is not possible";
    QTest::addRow("crs: temperature 24.9 C")
        << crs << with(kCrs, "temperature_c", 24.9) << "temperature_c: 24.9 is not possible";
    QJsonObject both = parse(kCrs);
    both.insert(QStringLiteral("temperature_f"), 100.4);
    QTest::addRow("crs: both C and F") << crs << both << "temperature_c: give either";
    QJsonObject fahrenheit = with(kCrs, "temperature_c", kRemove);
    fahrenheit.insert(QStringLiteral("temperature_f"), 130);
    QTest::addRow("crs: 130 F") << crs << fahrenheit << "temperature_f: 130 is not possible";
    QTest::addRow("crs: hypotension a string")
        << crs << with(kCrs, "hypotension", "yes") << "hypotension: expected true or false, got a string";
    QTest::addRow("crs: hypotension 1")
        << crs << with(kCrs, "hypotension", 1) << "hypotension: expected true or false, got a number";
    QTest::addRow("crs: hypotension missing")
        << crs << with(kCrs, "hypotension", kRemove) << "hypotension: required field is missing";
    QTest::addRow("crs: vasopressors a string") << crs << with(kCrs, "vasopressors", "norepinephrine")
                                                << "vasopressors: expected an array, got a string";
    QTest::addRow("crs: vasopressors missing")
        << crs << with(kCrs, "vasopressors", kRemove) << "vasopressors: required field is missing";
    QTest::addRow("crs: unknown vasopressor")
        << crs << with(kCrs, "vasopressors", QJsonArray{"norepinephrine", "noradrenaline"})
        << "vasopressors[1]: unknown value 'noradrenaline'; expected one of norepinephrine";
    QTest::addRow("crs: vasopressor a number") << crs << with(kCrs, "vasopressors", QJsonArray{1})
                                               << "vasopressors[0]: expected a string, got a number";
    QTest::addRow("crs: oxygen missing")
        << crs << with(kCrs, "oxygen", kRemove) << "oxygen: required field is missing";
    QTest::addRow("crs: oxygen a string")
        << crs << with(kCrs, "oxygen", "none") << "oxygen: expected an object, got a string";
    QTest::addRow("crs: unknown device") << crs << with(kCrs, "oxygen.device", "x")
                                         << "oxygen.device: unknown value 'x'; expected one of none, blow_by";
    QTest::addRow("crs: device missing")
        << crs << with(kCrs, "oxygen.device", kRemove) << "oxygen.device: required field is missing";
    QTest::addRow("crs: negative flow")
        << crs << with(kCrs, "oxygen.flow_l_min", -1) << "oxygen.flow_l_min: -1 is not possible";
    QTest::addRow("crs: flow a string") << crs << with(kCrs, "oxygen.flow_l_min", "6")
                                        << "oxygen.flow_l_min: expected a number, got a string";
    QTest::addRow("crs: flow missing")
        << crs << with(kCrs, "oxygen.flow_l_min", kRemove) << "oxygen.flow_l_min: required field is missing";
    QTest::addRow("crs: death a string")
        << crs << with(kCrs, "death_due_to_crs", "no") << "death_due_to_crs: expected true or false";
    QTest::addRow("crs: prior treatment 0")
        << crs << with(kCrs, "prior_crs_treated_with_antipyretic_or_anticytokine", 0)
        << "prior_crs_treated_with_antipyretic_or_anticytokine: expected true or false";
    QTest::addRow("crs: attributable an array")
        << crs << with(kCrs, "fever_attributable_to_other_cause", QJsonArray{})
        << "fever_attributable_to_other_cause: expected true or false, got an array";
    QTest::addRow("crs: SpO2 101") << crs << with(kCrs, "spo2_percent", 101)
                                   << "spo2_percent: 101 is not possible";

    const QString icans = QStringLiteral("icans");
    QTest::addRow("icans: negative age")
        << icans << with(kIcans, "age_years", -1) << "age_years: -1 is not possible";
    QTest::addRow("icans: age missing")
        << icans << with(kIcans, "age_years", kRemove) << "age_years: required field is missing";
    QTest::addRow("icans: ICE 11") << icans << with(kIcans, "ice_score", 11)
                                   << "ice_score: 11 is not possible";
    QTest::addRow("icans: ICE -1") << icans << with(kIcans, "ice_score", -1)
                                   << "ice_score: -1 is not possible";
    QTest::addRow("icans: ICE 6.5") << icans << with(kIcans, "ice_score", 6.5)
                                    << "ice_score: expected a whole number, got 6.5";
    QTest::addRow("icans: ICE a string")
        << icans << with(kIcans, "ice_score", "6") << "ice_score: expected a whole number, got a string";
    QTest::addRow("icans: ICE missing for an adult")
        << icans << with(kIcans, "ice_score", kRemove) << "ice_score: required field is missing";
    QTest::addRow("icans: unarousable flag missing for an adult")
        << icans << with(kIcans, "ice_unable_unarousable", kRemove)
        << "ice_unable_unarousable: required field is missing";
    QJsonObject contradictory = with(kIcans, "ice_unable_unarousable", true);
    contradictory.insert(QStringLiteral("ice_score"), 5);
    QTest::addRow("icans: ICE 5 yet unarousable")
        << icans << contradictory << "ice_score: 5 is not possible when";
    QTest::addRow("icans: unknown consciousness")
        << icans << with(kIcans, "consciousness", "drowsy")
        << "consciousness: unknown value 'drowsy'; expected one of alert";
    QTest::addRow("icans: seizure missing")
        << icans << with(kIcans, "seizure", kRemove) << "seizure: required field is missing";
    QTest::addRow("icans: unknown motor")
        << icans << with(kIcans, "motor", "tremor") << "motor: unknown value 'tremor'";
    QTest::addRow("icans: edema a number")
        << icans << with(kIcans, "cerebral_edema", 3) << "cerebral_edema: expected a string, got a number";
    QTest::addRow("icans: hemorrhage a string")
        << icans << with(kIcans, "finding_is_intracranial_hemorrhage", "true")
        << "finding_is_intracranial_hemorrhage: expected true or false";
    QTest::addRow("icans: CAPD 33") << icans << with(kIcans, "capd_score", 33)
                                    << "capd_score: 33 is not possible";
    QTest::addRow("icans: CAPD -1") << icans << with(kIcans, "capd_score", -1)
                                    << "capd_score: -1 is not possible";
    QTest::addRow("icans: CAPD unable a number")
        << icans << with(kIcans, "capd_unable", 1) << "capd_unable: expected true or false";
    QTest::addRow("icans: death a string")
        << icans << with(kIcans, "death_due_to_icans", "yes") << "death_due_to_icans: expected true or false";

    const QString ice = QStringLiteral("ice");
    QTest::addRow("ice: arousable missing")
        << ice << with(kIce, "arousable", kRemove) << "arousable: required field is missing";
    QTest::addRow("ice: naming 4 of 3") << ice << with(kIce, "naming_correct_count", 4)
                                        << "naming_correct_count: 4 is not possible; expected 0 to 3";
    QTest::addRow("ice: naming -1") << ice << with(kIce, "naming_correct_count", -1)
                                    << "naming_correct_count: -1 is not possible";
    QTest::addRow("ice: naming 1.5") << ice << with(kIce, "naming_correct_count", 1.5)
                                     << "naming_correct_count: expected a whole number";
    QTest::addRow("ice: naming missing") << ice << with(kIce, "naming_correct_count", kRemove)
                                         << "naming_correct_count: required field is missing";
    QTest::addRow("ice: orientation missing")
        << ice << with(kIce, "orientation", kRemove) << "orientation: required field is missing";
    QTest::addRow("ice: orientation.year missing")
        << ice << with(kIce, "orientation.year", kRemove) << "orientation.year: required field is missing";
    QTest::addRow("ice: orientation.city a string")
        << ice << with(kIce, "orientation.city", "yes")
        << "orientation.city: expected true or false, got a string";
    QTest::addRow("ice: commands missing")
        << ice << with(kIce, "follows_commands", kRemove) << "follows_commands: required field is missing";
    QTest::addRow("ice: attention null") << ice << with(kIce, "counts_back_from_100_by_10", QJsonValue::Null)
                                         << "counts_back_from_100_by_10: required field is missing";
    QTest::addRow("ice: writing a number") << ice << with(kIce, "writes_standard_sentence", 1)
                                           << "writes_standard_sentence: expected true or false";

    const QString ht = QStringLiteral("hematotox");
    QTest::addRow("hematotox: negative platelets")
        << ht << with(kHematotox, "platelets_10e9_per_l", -5) << "platelets_10e9_per_l: -5 is not possible";
    QTest::addRow("hematotox: ANC missing")
        << ht << with(kHematotox, "anc_per_ul", kRemove)
        << "anc_per_ul: required field is missing (or give anc_10e9_per_l)";
    QTest::addRow("hematotox: negative ANC")
        << ht << with(kHematotox, "anc_per_ul", -1) << "anc_per_ul: -1 is not possible";
    QTest::addRow("hematotox: Hb a string") << ht << with(kHematotox, "hemoglobin_g_dl", "9")
                                            << "hemoglobin_g_dl: expected a number, got a string";
    QTest::addRow("hematotox: Hb 90 (g/L given as g/dL)")
        << ht << with(kHematotox, "hemoglobin_g_dl", 90) << "hemoglobin_g_dl: 90 is not possible";
    QTest::addRow("hematotox: CRP in both units")
        << ht << with(kHematotox, "crp_mg_l", 30) << "crp_mg_dl: give either crp_mg_dl or crp_mg_l, not both";
    QTest::addRow("hematotox: negative CRP mg/L")
        << ht << with(with(kHematotox, "crp_mg_dl", kRemove), "crp_mg_l", -3)
        << "crp_mg_l: -3 is not possible";
    QTest::addRow("hematotox: ferritin missing")
        << ht << with(kHematotox, "ferritin_ng_ml", kRemove) << "ferritin_ng_ml: required field is missing";

    QTest::addRow("unknown calculator") << "cytokine" << parse(kCrs) << "calculator: unknown 'cytokine'";
}

void TestGradeJsonParsing::shouldRejectBadInputNamingTheField()
{
    QFETCH(QString, calc);
    QFETCH(QJsonObject, input);
    QFETCH(QString, message);

    const auto out = JsonCalculator::run(calc, input);

    QVERIFY(!out.ok());
    QCOMPARE(out.error().code, cb::ErrorCode::BadInput);
    QVERIFY2(out.error().message.startsWith(message), qPrintable(out.error().message));
    QVERIFY(!out.error().message.contains(QLatin1Char('\n')));
}

void TestGradeJsonParsing::shouldAcceptTheValidBaseInputs_data()
{
    QTest::addColumn<QString>("calc");
    QTest::addColumn<QJsonObject>("input");
    QTest::addRow("crs") << "crs" << parse(kCrs);
    QTest::addRow("icans") << "icans" << parse(kIcans);
    QTest::addRow("ice") << "ice" << parse(kIce);
    QTest::addRow("hematotox") << "hematotox" << parse(kHematotox);
}

void TestGradeJsonParsing::shouldAcceptTheValidBaseInputs()
{
    QFETCH(QString, calc);
    QFETCH(QJsonObject, input);
    const auto out = JsonCalculator::run(calc, input);
    QVERIFY2(out.ok(), qPrintable(out.error().message));
    QVERIFY(out->ignoredFields.isEmpty());
}

void TestGradeJsonParsing::shouldDefaultAbsentOptionalFieldsToFalse()
{
    QJsonObject input = with(kCrs, "temperature_c", 37.0);
    input.insert(QStringLiteral("spo2_percent"), QJsonValue::Null);
    QCOMPARE(runOk(QStringLiteral("crs"), input).result.value(QStringLiteral("crs_grade")).toInt(), 0);

    input.insert(QStringLiteral("death_due_to_crs"), true);
    QCOMPARE(runOk(QStringLiteral("crs"), input).result.value(QStringLiteral("crs_grade")).toInt(), 5);
}

void TestGradeJsonParsing::shouldAcceptEnumeratedValuesCaseInsensitivelyWithHyphens()
{
    QJsonObject input = with(kCrs, "oxygen.device", "Nasal-Cannula");
    input.insert(QStringLiteral("vasopressors"), QJsonArray{"NOREPINEPHRINE"});
    QCOMPARE(runOk(QStringLiteral("crs"), input).result.value(QStringLiteral("crs_grade")).toInt(), 3);
    QVERIFY(JsonCalculator::run(QStringLiteral("ICANS"), parse(kIcans)).ok());
}

void TestGradeJsonParsing::shouldListUnknownFieldsAsIgnoredInsteadOfFailing()
{
    QJsonObject input = with(kCrs, "oxygen.mask_size", "M");
    input.insert(QStringLiteral("note"), QStringLiteral("night shift"));
    const auto out = JsonCalculator::run(QStringLiteral("crs"), input);
    QVERIFY(out.ok());
    QCOMPARE(out->ignoredFields, (QStringList{"note", "oxygen.mask_size"}));
}

void TestGradeJsonParsing::shouldConvertFahrenheitAndMentionTheConversion_data()
{
    QTest::addColumn<double>("fahrenheit");
    QTest::addColumn<int>("grade");
    QTest::addRow("100.3 F = 37.9 C") << 100.3 << 0;
    QTest::addRow("100.4 F = 38.0 C") << 100.4 << 1;
    QTest::addRow("100.5 F = 38.1 C") << 100.5 << 1;
}

void TestGradeJsonParsing::shouldConvertFahrenheitAndMentionTheConversion()
{
    QFETCH(double, fahrenheit);
    QFETCH(int, grade);
    QJsonObject input = with(kCrs, "temperature_c", kRemove);
    input.insert(QStringLiteral("temperature_f"), fahrenheit);
    const QJsonObject result = runOk(QStringLiteral("crs"), input).result;
    QCOMPARE(result.value(QStringLiteral("crs_grade")).toInt(), grade);
    QVERIFY2(result.value(QStringLiteral("explanation")).toString().contains(QStringLiteral("°F =")),
             qPrintable(result.value(QStringLiteral("explanation")).toString()));
}

void TestGradeJsonParsing::shouldConvertCrpInMgPerLiterAtTheCutOff_data()
{
    QTest::addColumn<double>("mgPerL");
    QTest::addColumn<int>("points");
    QTest::addRow("29 mg/L") << 29.0 << 0;
    QTest::addRow("30 mg/L = 3.0 mg/dL") << 30.0 << 1;
    QTest::addRow("31 mg/L") << 31.0 << 1;
}

void TestGradeJsonParsing::shouldConvertCrpInMgPerLiterAtTheCutOff()
{
    QFETCH(double, mgPerL);
    QFETCH(int, points);
    const QJsonObject input = with(with(kHematotox, "crp_mg_dl", kRemove), "crp_mg_l", mgPerL);
    const QJsonObject result = runOk(QStringLiteral("hematotox"), input).result;
    QCOMPARE(result.value(QStringLiteral("points")).toObject().value(QStringLiteral("crp")).toInt(), points);
    QCOMPARE(result.value(QStringLiteral("inputs")).toObject().value(QStringLiteral("crp_mg_dl")).toDouble(),
             mgPerL / 10.0);
}

void TestGradeJsonParsing::shouldReturnNormalisedInputsForAlternativeUnits()
{
    const QJsonObject input =
        parse(R"({"platelets_per_ul": 175000, "anc_10e9_per_l": 1.2, "hemoglobin_g_l": 90,
                                        "crp_mg_l": 30, "ferritin_ng_ml": 2000})");
    const QJsonObject result = runOk(QStringLiteral("hematotox"), input).result;
    const QJsonObject inputs = result.value(QStringLiteral("inputs")).toObject();
    QCOMPARE(inputs.value(QStringLiteral("platelets_10e9_per_l")).toDouble(), 175.0);
    QCOMPARE(inputs.value(QStringLiteral("anc_per_ul")).toDouble(), 1200.0);
    QCOMPARE(inputs.value(QStringLiteral("hemoglobin_g_dl")).toDouble(), 9.0);
    QCOMPARE(inputs.value(QStringLiteral("crp_mg_dl")).toDouble(), 3.0);
    QCOMPARE(inputs.value(QStringLiteral("ferritin_ng_ml")).toDouble(), 2000.0);
    QCOMPARE(result.value(QStringLiteral("score")).toInt(), 5);
    QCOMPARE(result.value(QStringLiteral("risk")).toString(), QStringLiteral("high"));
    const QString why = result.value(QStringLiteral("explanation")).toString();
    QVERIFY2(why.contains(QStringLiteral("CRP 30 mg/L = 3 mg/dL")), qPrintable(why));
    QVERIFY2(why.contains(QStringLiteral("Platelets 175000 /µL = 175 ×10⁹/L")), qPrintable(why));
}

void TestGradeJsonParsing::shouldAllowOmittingIceItemsWhenUnarousable()
{
    const QJsonObject result = runOk(QStringLiteral("ice"), parse(R"({"arousable": false})")).result;
    QCOMPARE(result.value(QStringLiteral("ice_score")).toInt(), 0);
    QCOMPARE(result.value(QStringLiteral("unable_to_perform")).toBool(), true);
    QCOMPARE(result.value(QStringLiteral("ice_domain_grade")).toInt(), 4);

    // Items that are given are still type-checked.
    QVERIFY(!JsonCalculator::run(QStringLiteral("ice"),
                                 parse(R"({"arousable": false, "naming_correct_count": 9})"))
                 .ok());
}

void TestGradeJsonParsing::shouldAcceptNullIceScoreAndChildrenWithoutIce()
{
    QJsonObject unarousable = with(kIcans, "ice_score", QJsonValue::Null);
    unarousable.insert(QStringLiteral("ice_unable_unarousable"), true);
    QCOMPARE(runOk(QStringLiteral("icans"), unarousable).result.value(QStringLiteral("icans_grade")).toInt(),
             4);

    QJsonObject child = with(with(kIcans, "ice_score", kRemove), "ice_unable_unarousable", kRemove);
    child.insert(QStringLiteral("age_years"), 12);
    child.insert(QStringLiteral("capd_score"), 9);
    QCOMPARE(runOk(QStringLiteral("icans"), child).result.value(QStringLiteral("icans_grade")).toInt(), 3);
}

void TestGradeJsonParsing::shouldWriteExactlyTheResultFieldNames_data()
{
    QTest::addColumn<QString>("calc");
    QTest::addColumn<QJsonObject>("input");
    QTest::addColumn<QStringList>("keys");
    QTest::addRow("crs") << "crs" << parse(kCrs) << QStringList{"crs_grade", "explanation", "rule_version"};
    QTest::addRow("icans") << "icans" << parse(kIcans)
                           << QStringList{"explanation", "icans_grade", "rule_version"};
    QTest::addRow("ice") << "ice" << parse(kIce)
                         << QStringList{"explanation", "ice_domain_grade", "ice_score", "rule_version",
                                        "unable_to_perform"};
    QTest::addRow("hematotox") << "hematotox" << parse(kHematotox)
                               << QStringList{"explanation", "inputs",       "points",
                                              "risk",        "rule_version", "score"};
}

void TestGradeJsonParsing::shouldWriteExactlyTheResultFieldNames()
{
    QFETCH(QString, calc);
    QFETCH(QJsonObject, input);
    QFETCH(QStringList, keys);
    const QJsonObject result = runOk(calc, input).result;
    QCOMPARE(result.keys(), keys);
    if (calc == QLatin1String("hematotox")) {
        QCOMPARE(result.value(QStringLiteral("points")).toObject().keys(),
                 (QStringList{"anc", "crp", "ferritin", "hemoglobin", "platelets"}));
        QCOMPARE(result.value(QStringLiteral("rule_version")).toString(),
                 QStringLiteral("CAR-HEMATOTOX-2021"));
    } else {
        QCOMPARE(result.value(QStringLiteral("rule_version")).toString(), QStringLiteral("ASTCT-2019"));
    }
}

QTEST_GUILESS_MAIN(TestGradeJsonParsing)
#include "TestGradeJsonParsing.moc"
