// The order of the treatment pathway and its product-specific timings (SPEC §5, PHA-07/08).

#include "core/pathway/PathwayDetails.h"
#include "core/pathway/PathwayRules.h"
#include "core/pathway/ProductTiming.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace cb::core;
using E = PathwayEventType;

namespace {

const QDate kReferral(2026, 6, 1);
const QDate kToday(2026, 11, 25);

PathwayEvent step(E type, const QDate& date, const QDate& end = {})
{
    static qint64 next = 1;
    PathwayEvent e;
    e.id = next++;
    e.type = type;
    e.date = date;
    e.endDate = end;
    return e;
}

ProductTiming cilta()
{
    ProductTiming t;
    t.id = QStringLiteral("cilta_cel");
    t.ldDays = 3;
    t.infusionMinDaysAfterLd = 2;
    t.infusionMaxDaysAfterLd = 4;
    t.repeatLdAfterDays = 14;
    return t;
}

// apheresis 07-01, bridging 07-05..07-20, receipt 08-10, LD 08-20..08-22
QList<PathwayEvent> upToLymphodepletion()
{
    return {step(E::Apheresis, {2026, 7, 1}), step(E::Bridging, {2026, 7, 5}, {2026, 7, 20}),
            step(E::ProductReceipt, {2026, 8, 10}), step(E::Lymphodepletion, {2026, 8, 20}, {2026, 8, 22})};
}

} // namespace

class TestPathwayRules : public QObject
{
    Q_OBJECT
private slots:
    void shouldCheckEachStepAgainstTheOnesRecorded_data()
    {
        QTest::addColumn<int>("recordedCount"); // how many of upToLymphodepletion() are recorded
        QTest::addColumn<int>("type");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QDate>("end");
        QTest::addColumn<int>("expected"); // -1 ok, else the ErrorCode
        const int ok = -1;
        const int bad = int(cb::ErrorCode::BadInput);
        const int state = int(cb::ErrorCode::InvalidState);
        QTest::newRow("apheresis first") << 0 << int(E::Apheresis) << QDate(2026, 7, 1) << QDate() << ok;
        QTest::newRow("apheresis in the future")
            << 0 << int(E::Apheresis) << kToday.addDays(1) << QDate() << bad;
        QTest::newRow("apheresis before referral")
            << 0 << int(E::Apheresis) << kReferral.addDays(-1) << QDate() << bad;
        QTest::newRow("bridging without apheresis")
            << 0 << int(E::Bridging) << QDate(2026, 7, 5) << QDate() << state;
        QTest::newRow("bridging before apheresis")
            << 1 << int(E::Bridging) << QDate(2026, 6, 30) << QDate() << bad;
        QTest::newRow("bridging ending before it starts")
            << 1 << int(E::Bridging) << QDate(2026, 7, 9) << QDate(2026, 7, 8) << bad;
        QTest::newRow("second apheresis") << 1 << int(E::Apheresis) << QDate(2026, 7, 2) << QDate() << state;
        QTest::newRow("receipt during bridging")
            << 2 << int(E::ProductReceipt) << QDate(2026, 7, 10) << QDate() << ok;
        QTest::newRow("lymphodepletion without product on site")
            << 2 << int(E::Lymphodepletion) << QDate(2026, 8, 20) << QDate(2026, 8, 22) << state;
        QTest::newRow("lymphodepletion during bridging")
            << 3 << int(E::Lymphodepletion) << QDate(2026, 7, 19) << QDate(2026, 7, 21) << bad;
        QTest::newRow("lymphodepletion before product receipt")
            << 3 << int(E::Lymphodepletion) << QDate(2026, 8, 9) << QDate(2026, 8, 11) << bad;
        QTest::newRow("bridging after lymphodepletion")
            << 4 << int(E::Bridging) << QDate(2026, 8, 23) << QDate() << bad;
        QTest::newRow("infusion without lymphodepletion")
            << 3 << int(E::Infusion) << QDate(2026, 8, 25) << QDate() << state;
        QTest::newRow("infusion 1 day after LD, below 2")
            << 4 << int(E::Infusion) << QDate(2026, 8, 23) << QDate() << bad;
        QTest::newRow("infusion 2 days after LD")
            << 4 << int(E::Infusion) << QDate(2026, 8, 24) << QDate() << ok;
        QTest::newRow("infusion 4 days after LD")
            << 4 << int(E::Infusion) << QDate(2026, 8, 26) << QDate() << ok;
        QTest::newRow("infusion 14 days after LD, late but in window")
            << 4 << int(E::Infusion) << QDate(2026, 9, 5) << QDate() << ok;
        QTest::newRow("infusion 15 days after LD needs repeat LD")
            << 4 << int(E::Infusion) << QDate(2026, 9, 6) << QDate() << state;
        QTest::newRow("repeat LD overlapping the first")
            << 4 << int(E::Lymphodepletion) << QDate(2026, 8, 22) << QDate(2026, 8, 24) << bad;
        QTest::newRow("repeat LD after the first")
            << 4 << int(E::Lymphodepletion) << QDate(2026, 9, 10) << QDate(2026, 9, 12) << ok;
        QTest::newRow("discharge before infusion")
            << 4 << int(E::Discharge) << QDate(2026, 9, 1) << QDate() << state;
    }
    void shouldCheckEachStepAgainstTheOnesRecorded()
    {
        QFETCH(int, recordedCount);
        QFETCH(int, type);
        QFETCH(QDate, date);
        QFETCH(QDate, end);
        QFETCH(int, expected);
        // GIVEN a case's steps so far and cilta-cel's timings
        PathwayRules::Context ctx{upToLymphodepletion().mid(0, recordedCount), cilta(), kReferral, kToday};
        // WHEN the next step is checked
        const auto r = PathwayRules::check(ctx, step(E(type), date, end));
        // THEN it is accepted or refused with the expected kind of error and a message
        if (expected < 0) {
            QVERIFY2(r.ok(), qPrintable(r.error().message));
            return;
        }
        QVERIFY(!r.ok());
        QCOMPARE(int(r.error().code), expected);
        QVERIFY(!r.error().message.isEmpty());
    }

    void shouldWarnOfALateInfusionAndNameTheDates()
    {
        PathwayRules::Context ctx{upToLymphodepletion(), cilta(), kReferral, kToday};
        const auto r = PathwayRules::check(ctx, step(E::Infusion, {2026, 9, 1}));
        QVERIFY(r.ok());
        QCOMPARE(r->size(), 1);
        QVERIFY(r->first().contains(QLatin1String("10 days")));

        const auto refused = PathwayRules::check(ctx, step(E::Infusion, {2026, 8, 23}));
        QVERIFY(refused.error().message.contains(QLatin1String("2026-08-23")));
        QVERIFY(refused.error().message.contains(QLatin1String("2026-08-22")));
    }

    void shouldRefuseStepsBeforeAnInfusionAlreadyGiven()
    {
        auto recorded = upToLymphodepletion();
        recorded << step(E::Infusion, {2026, 8, 25});
        PathwayRules::Context ctx{recorded, cilta(), kReferral, kToday};
        const auto r = PathwayRules::check(ctx, step(E::Bridging, {2026, 8, 26}));
        QCOMPARE(r.error().code, cb::ErrorCode::InvalidState);
        QVERIFY(PathwayRules::check(ctx, step(E::Discharge, {2026, 9, 8})).ok());
        QCOMPARE(PathwayRules::check(ctx, step(E::Discharge, {2026, 8, 24})).error().code,
                 cb::ErrorCode::BadInput);
    }

    void shouldOrderEventsAsThePathwayRuns()
    {
        QList<PathwayEvent> shuffled{step(E::Infusion, {2026, 8, 25}), step(E::ProductReceipt, {2026, 7, 10}),
                                     step(E::Apheresis, {2026, 7, 1}), step(E::Bridging, {2026, 7, 5}),
                                     step(E::Lymphodepletion, {2026, 8, 20})};
        const auto ordered = PathwayRules::ordered(shuffled);
        QList<E> types;
        for (const auto& e : ordered)
            types << e.type;
        QCOMPARE(types,
                 (QList<E>{E::Apheresis, E::Bridging, E::ProductReceipt, E::Lymphodepletion, E::Infusion}));
    }

    void shouldLoadTheProductTimingsShippedWithTheApp()
    {
        QFile f(QStringLiteral(CB_SOURCE_DIR "/resources/pathway/products.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto catalog = ProductTimingCatalog::parse(f.readAll());
        QVERIFY2(catalog.ok(), qPrintable(catalog.error().message));
        const ProductTiming c = catalog->forProduct(QStringLiteral("Cilta-cel"));
        QCOMPARE(c.id, QStringLiteral("cilta_cel"));
        QCOMPARE(c.infusionMinDaysAfterLd, 2);
        QCOMPARE(c.infusionMaxDaysAfterLd, 4);
        QCOMPARE(c.repeatLdAfterDays, 14);
        QCOMPARE(c.source, QStringLiteral("S13"));
        QVERIFY(!catalog->knows(QStringLiteral("unknown-cel")));
        QCOMPARE(catalog->forProduct(QStringLiteral("unknown-cel")).evidence, QStringLiteral("CONV"));
    }

    void shouldRefuseAProductFileWithImpossibleTimings()
    {
        const QByteArray bad = R"({"default": {"id": "default"}, "products": [
            {"id": "x_cel", "infusion_min_days_after_ld": 5, "infusion_max_days_after_ld": 3}]})";
        const auto r = ProductTimingCatalog::parse(bad);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QLatin1String("x_cel")));
    }

    void shouldScoreHematotoxFromTheLabsBeforeLymphodepletion_data()
    {
        QTest::addColumn<QByteArray>("labs");
        QTest::addColumn<int>("score");
        QTest::addColumn<bool>("prompt");
        QTest::newRow("low risk, no prompt")
            << QByteArray(R"({"platelets_10e9_per_l": 200, "anc_per_ul": 2000, "hemoglobin_g_dl": 11,
                             "crp_mg_dl": 1, "ferritin_ng_ml": 300})")
            << 0 << false;
        QTest::newRow("high risk from European units prompts prophylaxis")
            << QByteArray(R"({"platelets_10e9_per_l": 70, "anc_per_ul": 900, "hemoglobin_g_l": 85,
                             "crp_mg_l": 40, "ferritin_ng_ml": 2500})")
            << 7 << true;
    }
    void shouldScoreHematotoxFromTheLabsBeforeLymphodepletion()
    {
        QFETCH(QByteArray, labs);
        QFETCH(int, score);
        QFETCH(bool, prompt);
        const QJsonObject details{{QStringLiteral("hematotox"), QJsonDocument::fromJson(labs).object()},
                                  {QStringLiteral("end_date"), QStringLiteral("2026-08-22")}};
        const auto r = PathwayDetails::check(E::Lymphodepletion, details, QDate(2026, 8, 20));
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(r->details.value(QStringLiteral("hematotox_result"))
                     .toObject()
                     .value(QStringLiteral("score"))
                     .toInt(),
                 score);
        QCOMPARE(r->notes.size(), prompt ? 1 : 0);
        if (prompt)
            QVERIFY(r->notes.first().contains(QLatin1String("G-CSF")));
        QCOMPARE(r->endDate, QDate(2026, 8, 22));
    }

    void shouldNameTheDetailFieldThatIsWrong_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QByteArray>("details");
        QTest::addColumn<QString>("field");
        QTest::newRow("apheresis without washouts")
            << int(E::Apheresis) << QByteArray("{}") << "washouts_met";
        QTest::newRow("bridging flag as text")
            << int(E::Bridging) << QByteArray(R"({"regimen": "DaraPd", "cardiotoxic": "no"})")
            << "cardiotoxic";
        QTest::newRow("infusion without lot")
            << int(E::Infusion) << QByteArray(R"({"dose": "0.7e6/kg"})") << "lot";
        QTest::newRow("unknown field")
            << int(E::Discharge) << QByteArray(R"({"caregiver": true})") << "caregiver";
        QTest::newRow("LD labs missing")
            << int(E::Lymphodepletion) << QByteArray(R"({"regimen": "Flu/Cy"})") << "hematotox";
        QTest::newRow("LD labs after LD start")
            << int(E::Lymphodepletion)
            << QByteArray(R"({"labs_date": "2026-08-21", "hematotox": {"platelets_10e9_per_l": 200,
                "anc_per_ul": 2000, "hemoglobin_g_dl": 11, "crp_mg_dl": 1, "ferritin_ng_ml": 300}})")
            << "labs_date";
        QTest::newRow("LD lab impossible")
            << int(E::Lymphodepletion) << QByteArray(R"({"hematotox": {"platelets_10e9_per_l": 200,
                "anc_per_ul": 2000, "hemoglobin_g_dl": 60, "crp_mg_dl": 1, "ferritin_ng_ml": 300}})")
            << "hemoglobin_g_dl";
    }
    void shouldNameTheDetailFieldThatIsWrong()
    {
        QFETCH(int, type);
        QFETCH(QByteArray, details);
        QFETCH(QString, field);
        const auto r =
            PathwayDetails::check(E(type), QJsonDocument::fromJson(details).object(), QDate(2026, 8, 20));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, cb::ErrorCode::BadInput);
        QVERIFY2(r.error().message.contains(field), qPrintable(r.error().message));
    }
};

QTEST_GUILESS_MAIN(TestPathwayRules)
#include "TestPathwayRules.moc"
