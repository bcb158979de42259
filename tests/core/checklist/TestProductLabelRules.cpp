// GIVEN the product label data of resources/checklists/product_labels.json WHEN a case is checked
// on a date THEN the label version in force on that date decides HEM-01/02/03.

#include "ChecklistTestData.h"
#include "core/checklist/labels/ProductLabelParser.h"
#include "core/checklist/labels/ProductLabelRules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace cb::core;

namespace {

const ProductLabelRules& labels()
{
    return cb::test::loadedLabels();
}

LabelQuery query(const char* product, const char* jurisdiction, const char* indication, const QDate& date,
                 std::optional<int> lines, const QStringList& exposures = {})
{
    LabelQuery q;
    q.product = QString::fromLatin1(product);
    q.jurisdiction = QString::fromLatin1(jurisdiction);
    q.indication = QString::fromLatin1(indication);
    q.date = date;
    q.priorLines = lines;
    q.exposures = QSet<QString>(exposures.cbegin(), exposures.cend());
    return q;
}

QString checkId(LabelCheck c)
{
    switch (c) {
    case LabelCheck::Met:
        return QStringLiteral("met");
    case LabelCheck::NotMet:
        return QStringLiteral("not_met");
    case LabelCheck::ToConfirm:
        return QStringLiteral("to_confirm");
    case LabelCheck::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

const QStringList kMyelomaClasses{QStringLiteral("pi"), QStringLiteral("imid"), QStringLiteral("anti_cd38")};

QJsonObject labelsJson()
{
    return QJsonDocument::fromJson(cb::test::readChecklistFile(QStringLiteral("product_labels.json")))
        .object();
}

} // namespace

class TestProductLabelRules : public QObject
{
    Q_OBJECT

private slots:
    void shouldParseTheShippedLabels();
    void shouldListEveryProductOfSpec();
    void shouldCarryBothLanguagesAndEvidence();
    void shouldChooseTheLabelInForceOnTheDate_data();
    void shouldChooseTheLabelInForceOnTheDate();
    void shouldRequireTheLabelsDrugClasses_data();
    void shouldRequireTheLabelsDrugClasses();
    void shouldApplyExclusionsAndAges_data();
    void shouldApplyExclusionsAndAges();
    void shouldAskToConfirmSecondLineConditions();
    void shouldExplainWhenNoLabelCovers();
    void shouldFindProductsByAlias();
    void shouldKeepOlderLabelVersions();
    void shouldSourceEveryChinaApproval();
    void shouldRejectMalformedLabelData_data();
    void shouldRejectMalformedLabelData();
};

void TestProductLabelRules::shouldParseTheShippedLabels()
{
    const auto parsed =
        ProductLabelRules::parse(cb::test::readChecklistFile(QStringLiteral("product_labels.json")));
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
    QVERIFY(!parsed->version().isEmpty());
    QVERIFY(parsed->catalog().effectiveDate.isValid());
    QVERIFY(parsed->catalog().jurisdictions.contains(QStringLiteral("us_fda")));
    QVERIFY(parsed->catalog().jurisdictions.contains(QStringLiteral("eu_ema")));
    QVERIFY(parsed->catalog().jurisdictions.contains(QStringLiteral("cn_nmpa")));
}

void TestProductLabelRules::shouldListEveryProductOfSpec()
{
    for (const char* id : {"ide_cel", "cilta_cel", "eque_cel", "zevor_cel", "axi_cel", "tisa_cel", "liso_cel",
                           "brexu_cel", "relma_cel", "inati_cel"}) {
        const ProductLabel* p = labels().product(QString::fromLatin1(id));
        QVERIFY2(p, id);
        QVERIFY2(!p->labels.isEmpty(), id);
    }
}

void TestProductLabelRules::shouldCarryBothLanguagesAndEvidence()
{
    const ProductLabelCatalog& c = labels().catalog();
    for (const auto* names :
         {&c.jurisdictions, &c.indications, &c.exposureClasses, &c.conditions, &c.exclusions})
        for (auto it = names->cbegin(); it != names->cend(); ++it) {
            QVERIFY2(!it->en.isEmpty(), qPrintable(it.key()));
            QVERIFY2(cb::test::hasHan(it->zhCN), qPrintable(it.key()));
        }
    const QStringList tags{QStringLiteral("V"), QStringLiteral("V2"), QStringLiteral("U"),
                           QStringLiteral("CONV")};
    for (const auto& p : c.products) {
        QVERIFY(p.name.isComplete());
        for (const auto& e : p.labels) {
            QVERIFY2(tags.contains(e.evidence), qPrintable(p.id));
            QVERIFY2(!e.source.isEmpty(), qPrintable(p.id));
            if (e.evidence == QLatin1String("U"))
                QVERIFY(e.unverified);
            if (e.jurisdiction == QLatin1String("eu_ema"))
                QVERIFY2(e.unverified, qPrintable(p.id + QStringLiteral(": EU entries are not in SPEC")));
            if (!e.note.isEmpty())
                QVERIFY(cb::test::hasHan(e.note.zhCN));
        }
    }
}

void TestProductLabelRules::shouldChooseTheLabelInForceOnTheDate_data()
{
    QTest::addColumn<QString>("product");
    QTest::addColumn<QString>("jurisdiction");
    QTest::addColumn<QString>("indication");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("lines");
    QTest::addColumn<QString>("indicationCheck");
    QTest::addColumn<QString>("linesCheck");

    QTest::newRow("ide-cel US 2021-03-25: not yet approved")
        << "ide_cel"
        << "us_fda"
        << "multiple_myeloma" << QDate(2021, 3, 25) << 5 << "not_met"
        << "unknown";
    QTest::newRow("ide-cel US 2023: 3 lines are too few")
        << "ide_cel"
        << "us_fda"
        << "multiple_myeloma" << QDate(2023, 6, 1) << 3 << "met"
        << "not_met";
    QTest::newRow("ide-cel US 2023: 4 lines") << "ide_cel"
                                              << "us_fda"
                                              << "multiple_myeloma" << QDate(2023, 6, 1) << 4 << "met"
                                              << "met";
    QTest::newRow("ide-cel US 2024-04-03: still 4 lines")
        << "ide_cel"
        << "us_fda"
        << "multiple_myeloma" << QDate(2024, 4, 3) << 2 << "met"
        << "not_met";
    QTest::newRow("ide-cel US 2024-04-04: 2 lines") << "ide_cel"
                                                    << "us_fda"
                                                    << "multiple_myeloma" << QDate(2024, 4, 4) << 2 << "met"
                                                    << "met";
    QTest::newRow("ide-cel US 2024-05: 2 lines") << "ide_cel"
                                                 << "us_fda"
                                                 << "multiple_myeloma" << QDate(2024, 5, 1) << 2 << "met"
                                                 << "met";
    QTest::newRow("ide-cel US 2024-05: 1 line") << "ide_cel"
                                                << "us_fda"
                                                << "multiple_myeloma" << QDate(2024, 5, 1) << 1 << "met"
                                                << "not_met";
    QTest::newRow("cilta-cel US 2023: 3 lines") << "cilta_cel"
                                                << "us_fda"
                                                << "multiple_myeloma" << QDate(2023, 6, 1) << 3 << "met"
                                                << "not_met";
    QTest::newRow("cilta-cel US 2024-04-05: 1 line") << "cilta_cel"
                                                     << "us_fda"
                                                     << "multiple_myeloma" << QDate(2024, 4, 5) << 1 << "met"
                                                     << "met";
    QTest::newRow("eque-cel China 2023-06-29: not yet approved")
        << "eque_cel"
        << "cn_nmpa"
        << "multiple_myeloma" << QDate(2023, 6, 29) << 4 << "not_met"
        << "unknown";
    QTest::newRow("eque-cel China 2023-06-30: 3 lines")
        << "eque_cel"
        << "cn_nmpa"
        << "multiple_myeloma" << QDate(2023, 6, 30) << 3 << "met"
        << "met";
    QTest::newRow("eque-cel China: 2 lines") << "eque_cel"
                                             << "cn_nmpa"
                                             << "multiple_myeloma" << QDate(2025, 1, 1) << 2 << "met"
                                             << "not_met";
    QTest::newRow("cilta-cel China 2024-08-26: not yet approved")
        << "cilta_cel"
        << "cn_nmpa"
        << "multiple_myeloma" << QDate(2024, 8, 26) << 4 << "not_met"
        << "unknown";
    QTest::newRow("cilta-cel China 2024-08-27: 3 lines")
        << "cilta_cel"
        << "cn_nmpa"
        << "multiple_myeloma" << QDate(2024, 8, 27) << 3 << "met"
        << "met";
    QTest::newRow("cilta-cel China 2026: 2 lines are too few")
        << "cilta_cel"
        << "cn_nmpa"
        << "multiple_myeloma" << QDate(2026, 12, 1) << 2 << "met"
        << "not_met";
    QTest::newRow("zevor-cel China 2024-02-23: 3 lines")
        << "zevor_cel"
        << "cn_nmpa"
        << "multiple_myeloma" << QDate(2024, 2, 23) << 3 << "met"
        << "met";
    QTest::newRow("liso-cel FL 2024-05-14: not yet")
        << "liso_cel"
        << "us_fda"
        << "follicular_lymphoma" << QDate(2024, 5, 14) << 2 << "not_met"
        << "unknown";
    QTest::newRow("liso-cel FL 2024-05-15: 2 lines")
        << "liso_cel"
        << "us_fda"
        << "follicular_lymphoma" << QDate(2024, 5, 15) << 2 << "met"
        << "met";
    QTest::newRow("liso-cel MZL November 2025: not yet")
        << "liso_cel"
        << "us_fda"
        << "marginal_zone_lymphoma" << QDate(2025, 11, 30) << 2 << "not_met"
        << "unknown";
    QTest::newRow("liso-cel MZL 2026: 2 lines") << "liso_cel"
                                                << "us_fda"
                                                << "marginal_zone_lymphoma" << QDate(2026, 2, 1) << 2 << "met"
                                                << "met";
    QTest::newRow("axi-cel China LBCL 2021-06-22: 2 lines")
        << "axi_cel"
        << "cn_nmpa"
        << "large_b_cell_lymphoma" << QDate(2021, 6, 22) << 2 << "met"
        << "met";
    QTest::newRow("relma-cel China LBCL 2021-08: not yet")
        << "relma_cel"
        << "cn_nmpa"
        << "large_b_cell_lymphoma" << QDate(2021, 8, 15) << 2 << "not_met"
        << "unknown";
    QTest::newRow("inati-cel China B-ALL: relapsed, to confirm") << "inati_cel"
                                                                 << "cn_nmpa"
                                                                 << "b_all" << QDate(2024, 1, 1) << 1 << "met"
                                                                 << "to_confirm";
}

void TestProductLabelRules::shouldChooseTheLabelInForceOnTheDate()
{
    QFETCH(QString, product);
    QFETCH(QString, jurisdiction);
    QFETCH(QString, indication);
    QFETCH(QDate, date);
    QFETCH(int, lines);
    QFETCH(QString, indicationCheck);
    QFETCH(QString, linesCheck);

    LabelQuery q;
    q.product = product;
    q.jurisdiction = jurisdiction;
    q.indication = indication;
    q.date = date;
    q.priorLines = lines;
    q.exposures = QSet<QString>(kMyelomaClasses.cbegin(), kMyelomaClasses.cend());
    const LabelAssessment a = labels().assess(q);
    QCOMPARE(checkId(a.indication.check), indicationCheck);
    QCOMPARE(checkId(a.priorLines.check), linesCheck);
    for (const auto& r : a.indication.reasons + a.priorLines.reasons)
        QVERIFY2(r.isComplete() && cb::test::hasHan(r.zhCN), qPrintable(r.en));
    if (a.label)
        QVERIFY(a.label->effectiveDate <= date);
}

void TestProductLabelRules::shouldRequireTheLabelsDrugClasses_data()
{
    QTest::addColumn<QString>("product");
    QTest::addColumn<QString>("indication");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("lines");
    QTest::addColumn<QStringList>("exposures");
    QTest::addColumn<bool>("lenalidomideRefractory");
    QTest::addColumn<QStringList>("missing");

    const QStringList piImid{QStringLiteral("pi"), QStringLiteral("imid")};
    QTest::newRow("cilta-cel 2024-05 needs lenalidomide-refractory")
        << "cilta_cel"
        << "multiple_myeloma" << QDate(2024, 5, 1) << 1 << piImid << false
        << QStringList{QStringLiteral("lenalidomide_refractory")};
    QTest::newRow("cilta-cel 2024-05 with lenalidomide-refractory")
        << "cilta_cel"
        << "multiple_myeloma" << QDate(2024, 5, 1) << 1 << piImid << true << QStringList();
    QTest::newRow("cilta-cel 2024-05 refractory given as an exposure id")
        << "cilta_cel"
        << "multiple_myeloma" << QDate(2024, 5, 1) << 1
        << (piImid + QStringList{QStringLiteral("lenalidomide_refractory")}) << false << QStringList();
    QTest::newRow("ide-cel 2024-05 needs anti-CD38") << "ide_cel"
                                                     << "multiple_myeloma" << QDate(2024, 5, 1) << 3 << piImid
                                                     << false << QStringList{QStringLiteral("anti_cd38")};
    QTest::newRow("cilta-cel China 2026 needs no lenalidomide-refractory disease")
        << "cilta_cel"
        << "multiple_myeloma" << QDate(2026, 12, 1) << 3 << piImid << false << QStringList();
    QTest::newRow("cilta-cel China 2026 needs an IMiD")
        << "cilta_cel"
        << "multiple_myeloma" << QDate(2026, 12, 1) << 3 << QStringList{QStringLiteral("pi")} << false
        << QStringList{QStringLiteral("imid")};
    QTest::newRow("eque-cel China needs a PI")
        << "eque_cel"
        << "multiple_myeloma" << QDate(2024, 5, 1) << 3 << QStringList{QStringLiteral("imid")} << false
        << QStringList{QStringLiteral("pi")};
    QTest::newRow("liso-cel CLL needs BTKi and BCL-2i")
        << "liso_cel"
        << "cll_sll" << QDate(2024, 6, 1) << 3 << QStringList{QStringLiteral("btki")} << false
        << QStringList{QStringLiteral("bcl2i")};
    QTest::newRow("liso-cel LBCL needs no drug class")
        << "liso_cel"
        << "large_b_cell_lymphoma" << QDate(2024, 6, 1) << 2 << QStringList() << false << QStringList();
}

void TestProductLabelRules::shouldRequireTheLabelsDrugClasses()
{
    QFETCH(QString, product);
    QFETCH(QString, indication);
    QFETCH(QDate, date);
    QFETCH(int, lines);
    QFETCH(QStringList, exposures);
    QFETCH(bool, lenalidomideRefractory);
    QFETCH(QStringList, missing);

    LabelQuery q;
    q.product = product;
    // rows named "China" are checked against the NMPA labels, the others against the FDA ones
    q.jurisdiction = QString::fromLatin1(QTest::currentDataTag()).contains(QLatin1String("China"))
                         ? QStringLiteral("cn_nmpa")
                         : QStringLiteral("us_fda");
    q.indication = indication;
    q.date = date;
    q.priorLines = lines;
    q.exposures = QSet<QString>(exposures.cbegin(), exposures.cend());
    q.lenalidomideRefractory = lenalidomideRefractory;
    const LabelAssessment a = labels().assess(q);
    QCOMPARE(a.missingExposures, missing);
    QCOMPARE(a.exposures.check, missing.isEmpty() ? LabelCheck::Met : LabelCheck::NotMet);
    QCOMPARE(a.exposures.reasons.size(), missing.size());
}

void TestProductLabelRules::shouldApplyExclusionsAndAges_data()
{
    QTest::addColumn<QString>("product");
    QTest::addColumn<QString>("indication");
    QTest::addColumn<QStringList>("features");
    QTest::addColumn<int>("age");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("reasonContains");

    const QStringList pcnsl{QStringLiteral("primary_cns_lymphoma")};
    QTest::newRow("liso-cel excludes primary CNS lymphoma")
        << "liso_cel"
        << "large_b_cell_lymphoma" << pcnsl << -1 << "not_met"
        << "primary CNS lymphoma";
    QTest::newRow("liso-cel LBCL without PCNSL") << "liso_cel"
                                                 << "large_b_cell_lymphoma" << QStringList() << -1 << "met"
                                                 << "";
    QTest::newRow("tisa-cel B-ALL at 26") << "tisa_cel"
                                          << "b_all" << QStringList() << 26 << "not_met"
                                          << "up to 25";
    QTest::newRow("tisa-cel B-ALL at 20") << "tisa_cel"
                                          << "b_all" << QStringList() << 20 << "met"
                                          << "";
    QTest::newRow("tisa-cel B-ALL, age unknown") << "tisa_cel"
                                                 << "b_all" << QStringList() << -1 << "met"
                                                 << "";
    QTest::newRow("ide-cel at 17") << "ide_cel"
                                   << "multiple_myeloma" << QStringList() << 17 << "not_met"
                                   << "18 or over";
}

void TestProductLabelRules::shouldApplyExclusionsAndAges()
{
    QFETCH(QString, product);
    QFETCH(QString, indication);
    QFETCH(QStringList, features);
    QFETCH(int, age);
    QFETCH(QString, expected);
    QFETCH(QString, reasonContains);

    LabelQuery q;
    q.product = product;
    q.jurisdiction = QStringLiteral("us_fda");
    q.indication = indication;
    q.date = QDate(2025, 1, 1);
    q.priorLines = 3;
    q.diseaseFeatures = QSet<QString>(features.cbegin(), features.cend());
    if (age >= 0)
        q.ageYears = age;
    const LabelAssessment a = labels().assess(q);
    QCOMPARE(checkId(a.indication.check), expected);
    if (!reasonContains.isEmpty())
        QVERIFY2(a.indication.reasons.first().en.contains(reasonContains),
                 qPrintable(a.indication.reasons.first().en));
}

void TestProductLabelRules::shouldAskToConfirmSecondLineConditions()
{
    // liso-cel LBCL after one line: on label from 2022-06-24 only if refractory, relapsed within
    // 12 months or not eligible for HSCT; before that date two lines were needed.
    const LabelAssessment after =
        labels().assess(query("liso_cel", "us_fda", "large_b_cell_lymphoma", QDate(2022, 7, 1), 1));
    QCOMPARE(after.priorLines.check, LabelCheck::ToConfirm);
    QCOMPARE(after.conditionsToConfirm, QStringList{QStringLiteral("lbcl_second_line")});
    QVERIFY(after.priorLines.reasons.first().en.contains(QStringLiteral("relapse within 12 months")));
    QVERIFY(!after.allMet());

    const LabelAssessment before =
        labels().assess(query("liso_cel", "us_fda", "large_b_cell_lymphoma", QDate(2022, 6, 23), 1));
    QCOMPARE(before.priorLines.check, LabelCheck::NotMet);
    QVERIFY(before.priorLines.reasons.first().en.contains(QStringLiteral("at least 2")));

    const LabelAssessment third =
        labels().assess(query("liso_cel", "us_fda", "large_b_cell_lymphoma", QDate(2022, 7, 1), 2));
    QCOMPARE(third.priorLines.check, LabelCheck::Met);
    QVERIFY(third.allMet());
}

void TestProductLabelRules::shouldExplainWhenNoLabelCovers()
{
    const LabelAssessment a = labels().assess(
        query("ide_cel", "us_fda", "multiple_myeloma", QDate(2020, 6, 1), 5, kMyelomaClasses));
    QCOMPARE(a.indication.check, LabelCheck::NotMet);
    QCOMPARE(a.indication.reasons.size(), 2);
    QVERIFY(a.indication.reasons.at(0).en.contains(QStringLiteral("off-label")));
    QVERIFY(a.indication.reasons.at(1).en.contains(QStringLiteral("2021-03-26")));
    QVERIFY(!a.label);

    const LabelAssessment none =
        labels().assess(query("", "us_fda", "multiple_myeloma", QDate(2025, 1, 1), 5));
    QCOMPARE(none.indication.check, LabelCheck::Unknown);
    const LabelAssessment unknown =
        labels().assess(query("super_cel", "us_fda", "multiple_myeloma", QDate(2025, 1, 1), 5));
    QCOMPARE(unknown.indication.check, LabelCheck::Unknown);
    QVERIFY(unknown.indication.reasons.first().en.contains(QStringLiteral("super_cel")));
    const LabelAssessment noLines =
        labels().assess(query("ide_cel", "us_fda", "multiple_myeloma", QDate(2025, 1, 1), std::nullopt));
    QCOMPARE(noLines.priorLines.check, LabelCheck::Unknown);
}

void TestProductLabelRules::shouldFindProductsByAlias()
{
    for (const char* name : {"ide_cel", "ide-cel", "Abecma", "IDE CEL"})
        QCOMPARE(labels().product(QString::fromLatin1(name))->id, QStringLiteral("ide_cel"));
    QCOMPARE(labels().product(QStringLiteral("Carvykti"))->id, QStringLiteral("cilta_cel"));
    QVERIFY(!labels().product(QStringLiteral("")));
    const auto inForce = labels().labelInForce(QStringLiteral("Abecma"), QStringLiteral("US-FDA"),
                                               QStringLiteral("multiple_myeloma"), QDate(2025, 1, 1));
    QVERIFY(inForce);
    QCOMPARE(inForce->effectiveDate, QDate(2024, 4, 4));
}

void TestProductLabelRules::shouldKeepOlderLabelVersions()
{
    const auto history = labels().history(QStringLiteral("ide_cel"), QStringLiteral("us_fda"),
                                          QStringLiteral("multiple_myeloma"));
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(0).pathways.first().minPriorLines, 4);
    QCOMPARE(history.at(1).pathways.first().minPriorLines, 2);
    QCOMPARE(history.at(1).effectiveDate, QDate(2024, 4, 4));
    QCOMPARE(history.at(1).source, QStringLiteral("S12"));
    const auto cilta = labels().history(QStringLiteral("cilta_cel"), QStringLiteral("us_fda"),
                                        QStringLiteral("multiple_myeloma"));
    QCOMPARE(cilta.size(), 2);
    QCOMPARE(cilta.at(1).effectiveDate, QDate(2024, 4, 5));
}

void TestProductLabelRules::shouldSourceEveryChinaApproval()
{
    // GIVEN every NMPA entry of the shipped labels THEN it names the documents it was checked
    // against, each with an http(s) address and a publication date no earlier than the approval's
    // month (a source reports the approval, it does not predate it)
    int entries = 0;
    QStringList products;
    for (const auto& p : labels().catalog().products)
        for (const auto& e : p.labels) {
            if (e.jurisdiction != QLatin1String("cn_nmpa"))
                continue;
            ++entries;
            products << p.id;
            const QString what = p.id + QLatin1Char(' ') + e.indication;
            QVERIFY2(!e.sources.isEmpty(), qPrintable(what + QStringLiteral(": no sources")));
            for (const auto& src : e.sources) {
                QVERIFY2(!src.document.trimmed().isEmpty(), qPrintable(what));
                QVERIFY2(src.url.startsWith(QLatin1String("https://")) ||
                             src.url.startsWith(QLatin1String("http://")),
                         qPrintable(what + QStringLiteral(": ") + src.url));
                QVERIFY2(!src.published.isNull(), qPrintable(what));
                QVERIFY2(src.published.latest() >= QDate(e.effectiveDate.year(), e.effectiveDate.month(), 1),
                         qPrintable(what + QStringLiteral(": source dated ") + src.published.toString()));
            }
        }
    // SPEC §4.0: axi-cel, relma-cel (LBCL, FL), eque-cel, inati-cel, zevor-cel and cilta-cel
    QCOMPARE(entries, 7);
    for (const char* id : {"axi_cel", "relma_cel", "eque_cel", "inati_cel", "zevor_cel", "cilta_cel"})
        QVERIFY2(products.contains(QString::fromLatin1(id)), id);
}

void TestProductLabelRules::shouldRejectMalformedLabelData_data()
{
    QTest::addColumn<QString>("path"); // "product/label/field"
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("message");

    QTest::newRow("unknown exposure class")
        << "0/1/pathways"
        << QJsonValue(
               QJsonArray{QJsonObject{{"min_prior_lines", 2}, {"required_exposures", QJsonArray{"pix"}}}})
        << "product ide_cel, label 2, pathway 1: unknown exposure class \"pix\"";
    QTest::newRow("unknown jurisdiction") << "0/1/jurisdiction" << QJsonValue("us_fdx")
                                          << "product ide_cel, label 2: unknown jurisdiction \"us_fdx\"";
    QTest::newRow("unknown indication") << "0/1/indication" << QJsonValue("myeloma")
                                        << "product ide_cel, label 2: unknown indication \"myeloma\"";
    QTest::newRow("same entry twice") << "0/1/effective_date" << QJsonValue("2021-03-26")
                                      << "product ide_cel, label 2: two entries for the same jurisdiction";
    QTest::newRow("[U] without unverified")
        << "0/0/unverified" << QJsonValue(false) << "product ide_cel, label 1: an item or rule tagged [U]";
    QTest::newRow("no pathways") << "0/1/pathways" << QJsonValue(QJsonArray())
                                 << "product ide_cel, label 2: no pathways";
    QTest::newRow("lines as text") << "0/1/pathways"
                                   << QJsonValue(QJsonArray{QJsonObject{{"min_prior_lines", "two"}}})
                                   << "pathway 1: \"min_prior_lines\" must be a number";
    QTest::newRow("bad date") << "0/1/effective_date" << QJsonValue("April 2024")
                              << "product ide_cel, label 2: \"effective_date\" must be a date";
    QTest::newRow("source without a document")
        << "0/1/sources"
        << QJsonValue(QJsonArray{QJsonObject{{"url", "https://example.org/a"}, {"date", "2024"}}})
        << "product ide_cel, label 2, source 1: \"document\" is missing";
    QTest::newRow("source address not http")
        << "0/1/sources"
        << QJsonValue(QJsonArray{QJsonObject{{"document", "label"}, {"url", "ftp://x"}, {"date", "2024-04"}}})
        << "source 1: \"url\" must be an http(s) address";
    QTest::newRow("source date in words")
        << "0/1/sources" << QJsonValue(QJsonArray{QJsonObject{{"document", "label"}, {"date", "April 2024"}}})
        << "source 1: \"date\" must be YYYY, YYYY-MM or YYYY-MM-DD";
    QTest::newRow("unknown exclusion")
        << "0/1/exclusions" << QJsonValue(QJsonArray{"pcnsl"}) << "unknown exclusion \"pcnsl\"";
}

void TestProductLabelRules::shouldRejectMalformedLabelData()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(QString, message);

    const QStringList parts = path.split(QLatin1Char('/'));
    QJsonObject root = labelsJson();
    QJsonArray products = root.value(QLatin1String("products")).toArray();
    QJsonObject product = products.at(parts.at(0).toInt()).toObject();
    QJsonArray entries = product.value(QLatin1String("labels")).toArray();
    QJsonObject entry = entries.at(parts.at(1).toInt()).toObject();
    entry.insert(parts.at(2), value);
    entries[parts.at(1).toInt()] = entry;
    product.insert(QStringLiteral("labels"), entries);
    products[parts.at(0).toInt()] = product;
    root.insert(QStringLiteral("products"), products);

    const auto parsed =
        ProductLabelParser::parse(QJsonDocument(root).toJson(), QStringLiteral("labels.json"));
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().code, cb::ErrorCode::BadInput);
    QVERIFY2(parsed.error().message.startsWith(QStringLiteral("Product labels labels.json")),
             qPrintable(parsed.error().message));
    QVERIFY2(parsed.error().message.contains(message), qPrintable(parsed.error().message));
}

QTEST_GUILESS_MAIN(TestProductLabelRules)
#include "TestProductLabelRules.moc"
