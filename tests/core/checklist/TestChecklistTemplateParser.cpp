// GIVEN the checklist templates of resources/checklists THEN each parses, covers every row of its
// SPEC §4 table, carries English and Simplified Chinese for every text and tags every rule; and
// GIVEN a malformed template THEN the parser says what is wrong, naming the template and item.

#include "ChecklistTestData.h"
#include "core/checklist/ChecklistTemplateParser.h"
#include "core/checklist/PrefillCodes.h"

#include <QJsonArray>
#include <QtTest>

using namespace cb::core;

namespace {

QStringList range(const QString& prefix, int count)
{
    QStringList ids;
    for (int i = 1; i <= count; ++i)
        ids << QStringLiteral("%1-%2").arg(prefix).arg(i, 2, 10, QLatin1Char('0'));
    return ids;
}

// A small valid template the malformed rows start from.
QJsonObject minimalTemplate()
{
    const QJsonObject text{{"en", "Left ventricular ejection fraction"}, {"zh_CN", "左室射血分数"}};
    const QJsonObject reason{{"en", "LVEF below 40%"}, {"zh_CN", "LVEF <40%"}};
    const QJsonObject rule{{"status", "contraindication"},
                           {"op", "<"},
                           {"value", 40},
                           {"reason", reason},
                           {"source", "S7"},
                           {"evidence", "V"}};
    const QJsonObject number{{"id", "CAR-01"},
                             {"question", text},
                             {"type", "number"},
                             {"unit", "%"},
                             {"rules", QJsonArray{rule}},
                             {"source", "S7"},
                             {"evidence", "V"},
                             {"prefill", QJsonObject{{"source", "observation"}, {"code", "lvef"}}},
                             {"freshness_days", 30},
                             {"freshness_evidence", "CONV"}};
    const QJsonObject choice{
        {"id", "CAR-05"},
        {"question", QJsonObject{{"en", "NYHA class"}, {"zh_CN", "NYHA心功能分级"}}},
        {"type", "choice"},
        {"options",
         QJsonArray{QJsonObject{{"id", "i"}, {"label", QJsonObject{{"en", "I"}, {"zh_CN", "I级"}}}},
                    QJsonObject{{"id", "iv"}, {"label", QJsonObject{{"en", "IV"}, {"zh_CN", "IV级"}}}}}},
        {"rules", QJsonArray{QJsonObject{{"status", "contraindication"},
                                         {"op", "in"},
                                         {"values", QJsonArray{"iv"}},
                                         {"reason", QJsonObject{{"en", "NYHA IV"}, {"zh_CN", "NYHA IV级"}}},
                                         {"source", "SPEC"},
                                         {"evidence", "U"},
                                         {"unverified", true}}}},
        {"source", "SPEC"},
        {"evidence", "U"},
        {"unverified", true}};
    return QJsonObject{{"schema_version", 1},
                       {"discipline", "cardiology"},
                       {"version", "2026.1"},
                       {"effective_date", "2026-11-25"},
                       {"optional", false},
                       {"title", QJsonObject{{"en", "Cardiology"}, {"zh_CN", "心内科"}}},
                       {"items", QJsonArray{number, choice}}};
}

using Mutation = std::function<void(QJsonObject&)>;

// Edits item `index` of the template in place.
Mutation onItem(int index, const std::function<void(QJsonObject&)>& edit)
{
    return [index, edit](QJsonObject& t) {
        QJsonArray items = t.value(QLatin1String("items")).toArray();
        QJsonObject item = items.at(index).toObject();
        edit(item);
        items[index] = item;
        t.insert(QStringLiteral("items"), items);
    };
}

Mutation onRule(int index, const std::function<void(QJsonObject&)>& edit)
{
    return onItem(index, [edit](QJsonObject& item) {
        QJsonArray rules = item.value(QLatin1String("rules")).toArray();
        QJsonObject rule = rules.at(0).toObject();
        edit(rule);
        rules[0] = rule;
        item.insert(QStringLiteral("rules"), rules);
    });
}

void checkText(const LocalizedText& t, const QString& where)
{
    QVERIFY2(!t.en.trimmed().isEmpty(), qPrintable(where + QStringLiteral(": English missing")));
    QVERIFY2(cb::test::hasHan(t.zhCN), qPrintable(where + QStringLiteral(": no Chinese text: ") + t.zhCN));
}

} // namespace

Q_DECLARE_METATYPE(Mutation)

class TestChecklistTemplateParser : public QObject
{
    Q_OBJECT

private slots:
    void shouldParseEveryShippedTemplate_data();
    void shouldParseEveryShippedTemplate();
    void shouldCoverEverySpecRow_data();
    void shouldCoverEverySpecRow();
    void shouldCarryBothLanguagesForEveryText_data();
    void shouldCarryBothLanguagesForEveryText();
    void shouldTagEveryRuleWithSourceAndEvidence_data();
    void shouldTagEveryRuleWithSourceAndEvidence();
    void shouldPrefillFromTheAgreedObservationCodes();
    void shouldKeepFreshnessLimitsAsConventions();
    void shouldRejectMalformedTemplates_data();
    void shouldRejectMalformedTemplates();
    void shouldRejectInvalidJson();
};

void TestChecklistTemplateParser::shouldParseEveryShippedTemplate_data()
{
    QTest::addColumn<QString>("discipline");
    QTest::addColumn<bool>("optional");
    for (const QString& d : cb::test::disciplineIds())
        QTest::newRow(qPrintable(d)) << d
                                     << (d == QLatin1String("infectious_disease") ||
                                         d == QLatin1String("pharmacy"));
}

void TestChecklistTemplateParser::shouldParseEveryShippedTemplate()
{
    QFETCH(QString, discipline);
    QFETCH(bool, optional);

    const QString file = discipline + QStringLiteral(".json");
    const QByteArray bytes = cb::test::readChecklistFile(file);
    QVERIFY2(!bytes.isEmpty(), qPrintable(cb::test::checklistPath(file)));
    const auto parsed = ChecklistTemplateParser::parse(bytes, file);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
    QCOMPARE(parsed->discipline, discipline);
    QCOMPARE(parsed->optional, optional);
    QVERIFY(!parsed->version.isEmpty());
    QVERIFY(parsed->effectiveDate.isValid());
    QVERIFY(!parsed->items.isEmpty());
}

void TestChecklistTemplateParser::shouldCoverEverySpecRow_data()
{
    QTest::addColumn<QString>("discipline");
    QTest::addColumn<QStringList>("specIds");
    QTest::newRow("hematology §4.1") << "hematology" << range(QStringLiteral("HEM"), 26);
    QTest::newRow("cardiology §4.2") << "cardiology" << range(QStringLiteral("CAR"), 8);
    QTest::newRow("neurology §4.3") << "neurology" << range(QStringLiteral("NEU"), 8);
    QTest::newRow("pulmonology §4.4") << "pulmonology" << range(QStringLiteral("PUL"), 5);
    QTest::newRow("icu §4.5") << "icu" << range(QStringLiteral("ICU"), 5);
    QTest::newRow("nursing §4.6") << "nursing" << range(QStringLiteral("NUR"), 8);
    QTest::newRow("infectious disease §4.7") << "infectious_disease" << range(QStringLiteral("ID"), 9);
    QTest::newRow("pharmacy §4.8") << "pharmacy" << range(QStringLiteral("PHA"), 10);
}

void TestChecklistTemplateParser::shouldCoverEverySpecRow()
{
    QFETCH(QString, discipline);
    QFETCH(QStringList, specIds);
    QCOMPARE(cb::test::loadedTemplate(discipline).specIds(), specIds);
}

void TestChecklistTemplateParser::shouldCarryBothLanguagesForEveryText_data()
{
    shouldParseEveryShippedTemplate_data();
}

void TestChecklistTemplateParser::shouldCarryBothLanguagesForEveryText()
{
    QFETCH(QString, discipline);
    const ChecklistTemplate& t = cb::test::loadedTemplate(discipline);
    QVERIFY(!t.items.isEmpty());
    checkText(t.title, QStringLiteral("title"));
    checkText(t.shortTitle, QStringLiteral("short title"));
    for (const auto& item : t.items) {
        checkText(item.question, item.id);
        for (const auto& o : item.options)
            checkText(o.label, item.id + QStringLiteral(" option ") + o.id);
        for (const auto& r : item.rules) {
            checkText(r.reason, item.id + QStringLiteral(" rule reason"));
            if (!r.note.isEmpty())
                checkText(r.note, item.id + QStringLiteral(" rule note"));
        }
        if (!item.note.isEmpty())
            checkText(item.note, item.id + QStringLiteral(" note"));
        if (!item.detailPrompt.isEmpty())
            checkText(item.detailPrompt, item.id + QStringLiteral(" detail"));
        QCOMPARE(item.question.text(QStringLiteral("zh_CN.UTF-8")), item.question.zhCN);
        QCOMPARE(item.question.text(QStringLiteral("en_GB")), item.question.en);
    }
}

void TestChecklistTemplateParser::shouldTagEveryRuleWithSourceAndEvidence_data()
{
    shouldParseEveryShippedTemplate_data();
}

void TestChecklistTemplateParser::shouldTagEveryRuleWithSourceAndEvidence()
{
    QFETCH(QString, discipline);
    const QStringList tags{QStringLiteral("V"), QStringLiteral("V2"), QStringLiteral("U"),
                           QStringLiteral("CONV")};
    for (const auto& item : cb::test::loadedTemplate(discipline).items) {
        QVERIFY2(tags.contains(item.evidence), qPrintable(item.id));
        QVERIFY2(!item.source.isEmpty(), qPrintable(item.id));
        QCOMPARE(item.unverified, item.evidence == QLatin1String("U"));
        for (const auto& r : item.rules) {
            QVERIFY2(tags.contains(r.evidence), qPrintable(item.id));
            QVERIFY2(!r.source.isEmpty(), qPrintable(item.id));
            QCOMPARE(r.unverified, r.evidence == QLatin1String("U"));
            QVERIFY(r.status == ChecklistStatus::Concern || r.status == ChecklistStatus::Contraindication);
        }
    }
}

void TestChecklistTemplateParser::shouldPrefillFromTheAgreedObservationCodes()
{
    QSet<QString> used;
    for (const QString& d : cb::test::disciplineIds())
        for (const auto& item : cb::test::loadedTemplate(d).items)
            if (item.prefill.kind == ChecklistPrefillSource::Kind::Observation) {
                QVERIFY(PrefillCodes::isObservationCode(item.prefill.code));
                used.insert(item.prefill.code);
            }
    for (const char* code : {"ecog", "lvef", "spo2", "bilirubin", "ast_uln", "alt_uln", "crcl", "anc",
                             "platelets", "hemoglobin", "alc", "crp", "marrow_plasma_cells", "troponin",
                             "nt_probnp", "igg", "ice_baseline", "life_expectancy_weeks", "hematotox"})
        QVERIFY2(used.contains(QString::fromLatin1(code)), code);
    QCOMPARE(PrefillCodes::observationCodes().size(), 20);

    const ChecklistTemplate& hem = cb::test::loadedTemplate(QStringLiteral("hematology"));
    QCOMPARE(hem.item(QStringLiteral("HEM-02"))->prefill.id(), QStringLiteral("fact:prior_lines"));
    QCOMPARE(hem.item(QStringLiteral("HEM-03.pi"))->prefill.id(), QStringLiteral("exposure:pi"));
    QCOMPARE(hem.item(QStringLiteral("HEM-03.pi"))->specId, QStringLiteral("HEM-03"));
}

void TestChecklistTemplateParser::shouldKeepFreshnessLimitsAsConventions()
{
    const ChecklistTemplate& car = cb::test::loadedTemplate(QStringLiteral("cardiology"));
    QCOMPARE(car.item(QStringLiteral("CAR-01"))->freshnessDays, 30);
    const ChecklistTemplate& hem = cb::test::loadedTemplate(QStringLiteral("hematology"));
    for (const char* lab : {"HEM-14", "HEM-15", "HEM-16", "HEM-23", "HEM-24.ast", "HEM-25"})
        QCOMPARE(hem.item(QString::fromLatin1(lab))->freshnessDays, 14);
    for (const QString& d : cb::test::disciplineIds())
        for (const auto& item : cb::test::loadedTemplate(d).items)
            if (item.freshnessDays)
                QCOMPARE(item.freshnessEvidence, QStringLiteral("CONV"));
}

void TestChecklistTemplateParser::shouldRejectMalformedTemplates_data()
{
    QTest::addColumn<Mutation>("mutation");
    QTest::addColumn<QString>("message");

    QTest::newRow("the minimal template is valid") << Mutation([](QJsonObject&) {}) << QString();
    QTest::newRow("no discipline") << Mutation([](QJsonObject& t) { t.remove("discipline"); })
                                   << "Checklist template test.json: \"discipline\" is missing";
    QTest::newRow("unknown discipline") << Mutation([](QJsonObject& t) { t["discipline"] = "dermatology"; })
                                        << "unknown discipline \"dermatology\"";
    QTest::newRow("bad effective date")
        << Mutation([](QJsonObject& t) { t["effective_date"] = "2026-13-01"; })
        << "\"effective_date\" must be a date";
    QTest::newRow("future schema") << Mutation([](QJsonObject& t) { t["schema_version"] = 2; })
                                   << "schema_version 2 is not supported";
    QTest::newRow("misspelt key") << Mutation([](QJsonObject& t) { t["verison"] = "x"; })
                                  << "unknown key \"verison\"";
    QTest::newRow("no items") << Mutation([](QJsonObject& t) { t["items"] = QJsonArray(); })
                              << "has no items";
    QTest::newRow("title without Chinese") << Mutation([](QJsonObject& t) {
        t["title"] = QJsonObject{{"en", "Cardiology"}};
    }) << "title: the Simplified Chinese text (\"zh_CN\") is missing";
    QTest::newRow("question without Chinese") << onItem(0, [](QJsonObject& i) {
        i["question"] = QJsonObject{{"en", "LVEF"}, {"zh_CN", ""}};
    }) << "item CAR-01, question: the Simplified Chinese text";
    QTest::newRow("question as a plain string") << onItem(0, [](QJsonObject& i) { i["question"] = "LVEF"; })
                                                << "item CAR-01, question: a text must be an object";
    QTest::newRow("unknown type") << onItem(0, [](QJsonObject& i) { i["type"] = "slider"; })
                                  << "item CAR-01: unknown type \"slider\"";
    QTest::newRow("number without unit")
        << onItem(0, [](QJsonObject& i) { i.remove("unit"); }) << "item CAR-01: a number needs a \"unit\"";
    QTest::newRow("choice without options") << onItem(1, [](QJsonObject& i) { i.remove("options"); })
                                            << "item CAR-05: a choice needs \"options\"";
    QTest::newRow("duplicate option") << onItem(1, [](QJsonObject& i) {
        QJsonArray o = i["options"].toArray();
        o.append(o.at(0));
        i["options"] = o;
    }) << "item CAR-05, option 3: the option id \"i\" is used twice";
    QTest::newRow("duplicate item id")
        << onItem(1, [](QJsonObject& i) { i["id"] = "CAR-01"; }) << "item CAR-01: the id is used twice";
    QTest::newRow("unknown status") << onRule(0, [](QJsonObject& r) { r["status"] = "severe"; })
                                    << "item CAR-01, rule 1: unknown status \"severe\"";
    QTest::newRow("ok is no rule status") << onRule(0, [](QJsonObject& r) { r["status"] = "ok"; })
                                          << "item CAR-01, rule 1: unknown status \"ok\"";
    QTest::newRow("unknown op") << onRule(0, [](QJsonObject& r) { r["op"] = "=<"; })
                                << "item CAR-01, rule 1: unknown op \"=<\"";
    QTest::newRow("op that does not fit the type")
        << onRule(1, [](QJsonObject& r) { r["op"] = "<"; })
        << "item CAR-05, rule 1: op \"<\" does not apply to a choice item";
    QTest::newRow("threshold is text") << onRule(0, [](QJsonObject& r) { r["value"] = "40"; })
                                       << "item CAR-01, rule 1: \"value\" must be a number";
    QTest::newRow("in with an unknown option")
        << onRule(1, [](QJsonObject& r) { r["values"] = QJsonArray{"v"}; })
        << "item CAR-05, rule 1: \"v\" is not an option of CAR-05";
    QTest::newRow("rule without Chinese reason") << onRule(0, [](QJsonObject& r) {
        r["reason"] = QJsonObject{{"en", "low"}};
    }) << "item CAR-01, rule 1, reason: the Simplified Chinese text";
    QTest::newRow("[U] rule not marked unverified")
        << onRule(1, [](QJsonObject& r) { r.remove("unverified"); })
        << "item CAR-05, rule 1: an item or rule tagged [U] must carry";
    QTest::newRow("unknown evidence tag") << onRule(0, [](QJsonObject& r) { r["evidence"] = "maybe"; })
                                          << "evidence must be one of V, V2, U, CONV";
    QTest::newRow("rule without source") << onRule(0, [](QJsonObject& r) { r.remove("source"); })
                                         << "item CAR-01, rule 1: \"source\" is missing";
    QTest::newRow("condition on an unknown item") << onRule(0, [](QJsonObject& r) {
        r["when"] = QJsonArray{QJsonObject{{"item", "CAR-99"}, {"op", "=="}, {"value", true}}};
    }) << "item CAR-01, rule 1, when 1: \"CAR-99\" is not another item";
    QTest::newRow("condition with a wrong op") << onRule(0, [](QJsonObject& r) {
        r["when"] = QJsonArray{QJsonObject{{"item", "CAR-05"}, {"op", ">"}, {"value", 1}}};
    }) << "item CAR-01, rule 1, when 1: op \">\" does not apply to a choice item";
    QTest::newRow("date rule in years") << onItem(0, [](QJsonObject& i) {
        i["type"] = "date";
        i.remove("unit");
        i.remove("prefill");
        i["rules"] = QJsonArray{QJsonObject{{"status", "concern"},
                                            {"op", "less_than_before"},
                                            {"value", 1},
                                            {"unit", "years"},
                                            {"reason", QJsonObject{{"en", "recent"}, {"zh_CN", "近期"}}},
                                            {"source", "S29"},
                                            {"evidence", "V"}}};
    }) << "item CAR-01, rule 1: unknown unit \"years\"";
    QTest::newRow("label check on the wrong item type") << onRule(0, [](QJsonObject& r) {
        r["op"] = "label";
        r.remove("value");
        r["check"] = "exposure";
    }) << "item CAR-01, rule 1: the label check \"exposure\" does not fit";
    QTest::newRow("unknown observation code") << onItem(0, [](QJsonObject& i) {
        i["prefill"] = QJsonObject{{"source", "observation"}, {"code", "ef"}};
    }) << "item CAR-01, prefill: unknown observation code \"ef\"";
    QTest::newRow("observation in another unit") << onItem(0, [](QJsonObject& i) {
        i["prefill"] = QJsonObject{{"source", "observation"}, {"code", "crcl"}};
    }) << "item CAR-01, prefill: the item's unit \"%\" differs from the observation's \"mL/min\"";
    QTest::newRow("fact of another type") << onItem(0, [](QJsonObject& i) {
        i["prefill"] = QJsonObject{{"source", "fact"}, {"code", "indication"}};
    }) << "item CAR-01, prefill: the fact \"indication\" needs an item of type choice";
    QTest::newRow("negative freshness") << onItem(0, [](QJsonObject& i) { i["freshness_days"] = -1; })
                                        << "item CAR-01: \"freshness_days\" must be a whole number";
    QTest::newRow("freshness without evidence")
        << onItem(0, [](QJsonObject& i) { i.remove("freshness_evidence"); })
        << "item CAR-01: \"freshness_evidence\" is missing";
    QTest::newRow("misspelt item key") << onItem(0, [](QJsonObject& i) { i["freshnes_days"] = 3; })
                                       << "item CAR-01: unknown key \"freshnes_days\"";
    QTest::newRow("item asked for myeloma only") << onItem(0, [](QJsonObject& i) {
        i["indications"] = QJsonArray{"multiple_myeloma", "other"};
    }) << QString();
    QTest::newRow("unknown indication")
        << onItem(0, [](QJsonObject& i) { i["indications"] = QJsonArray{"myeloma"}; })
        << "item CAR-01: unknown indication \"myeloma\"";
    QTest::newRow("empty indication list")
        << onItem(0, [](QJsonObject& i) { i["indications"] = QJsonArray(); })
        << "item CAR-01: \"indications\" lists at least one indication";
    QTest::newRow("indications as text")
        << onItem(0, [](QJsonObject& i) { i["indications"] = "multiple_myeloma"; })
        << "item CAR-01: \"indications\" must be";
}

void TestChecklistTemplateParser::shouldRejectMalformedTemplates()
{
    QFETCH(Mutation, mutation);
    QFETCH(QString, message);

    QJsonObject t = minimalTemplate();
    mutation(t);
    const auto parsed =
        ChecklistTemplateParser::parse(QJsonDocument(t).toJson(), QStringLiteral("test.json"));
    if (message.isEmpty()) {
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
        return;
    }
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().code, cb::ErrorCode::BadInput);
    QVERIFY2(parsed.error().message.startsWith(QStringLiteral("Checklist template test.json")),
             qPrintable(parsed.error().message));
    QVERIFY2(parsed.error().message.contains(message), qPrintable(parsed.error().message));
}

void TestChecklistTemplateParser::shouldRejectInvalidJson()
{
    const auto broken =
        ChecklistTemplateParser::parse(QByteArray("{\"discipline\": "), QStringLiteral("x.json"));
    QVERIFY(!broken.ok());
    QVERIFY(broken.error().message.contains(QStringLiteral("x.json: not valid JSON")));
    const auto array = ChecklistTemplateParser::parse(QByteArray("[1, 2]"), QStringLiteral("y.json"));
    QVERIFY(!array.ok());
    QVERIFY(array.error().message.contains(QStringLiteral("y.json: the document must be a JSON object")));
}

QTEST_GUILESS_MAIN(TestChecklistTemplateParser)
#include "TestChecklistTemplateParser.moc"
