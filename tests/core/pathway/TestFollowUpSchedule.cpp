// The long-term follow-up schedule (DESIGN.md §2, SPEC §5): day 28, 90, 180, 365, then yearly to
// 15 years from the infusion; configurable; due/overdue windows; response categories by scheme.

#include "core/pathway/FollowUpDetails.h"
#include "core/pathway/FollowUpSchedule.h"
#include "core/pathway/ResponseCriteria.h"

#include <QJsonDocument>
#include <QTest>

using namespace cb::core;

class TestFollowUpSchedule : public QObject
{
    Q_OBJECT
private slots:
    void shouldPlanDay28To365ThenYearlyTo15Years()
    {
        const QDate infusion(2026, 3, 10);
        const auto visits = FollowUpSchedule::standard().visits(infusion);
        QStringList ids;
        for (const auto& v : visits)
            ids << v.visit;
        QStringList expected{QStringLiteral("day_28"), QStringLiteral("day_90"), QStringLiteral("day_180"),
                             QStringLiteral("day_365")};
        for (int y = 2; y <= 15; ++y)
            expected << QStringLiteral("year_%1").arg(y);
        QCOMPARE(ids, expected);
        QCOMPARE(visits.at(0).due, QDate(2026, 4, 7));
        QCOMPARE(visits.at(3).due, QDate(2027, 3, 10));
        QCOMPARE(visits.at(4).due, QDate(2028, 3, 10)); // the anniversary, not 730 days
        QCOMPARE(visits.last().due, QDate(2041, 3, 10));
        QCOMPARE(FollowUpSchedule::visitLabel(visits.last().visit), QStringLiteral("Year 15"));
    }

    void shouldReadTheScheduleSetting_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("visitCount");
        QTest::newRow("default") << FollowUpSchedule::defaultText() << true << 18;
        QTest::newRow("day 30 and 100, yearly to 5") << "30,100,180,365;yearly_to=5" << true << 8;
        QTest::newRow("no yearly visits") << "28,90;yearly_to=0" << true << 2;
        QTest::newRow("days not increasing") << "90,28" << false << 0;
        QTest::newRow("not a number") << "28,ninety" << false << 0;
        QTest::newRow("unknown option") << "28;monthly=3" << false << 0;
        QTest::newRow("too many years") << "28;yearly_to=99" << false << 0;
        QTest::newRow("empty") << "" << false << 0;
    }
    void shouldReadTheScheduleSetting()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(int, visitCount);
        const auto s = FollowUpSchedule::parse(text);
        QCOMPARE(s.ok(), valid);
        if (!valid) {
            QVERIFY(s.error().message.contains(QLatin1String("28,90,180,365")));
            return;
        }
        QCOMPARE(s->visits(QDate(2026, 1, 1)).size(), visitCount);
        QCOMPARE(FollowUpSchedule::parse(s->toText())->toText(), s->toText());
    }

    void shouldTellScheduledDueOverdueAndDone_data()
    {
        QTest::addColumn<int>("daysFromDue"); // today - due
        QTest::addColumn<bool>("done");
        QTest::addColumn<QString>("status");
        QTest::newRow("15 days before") << -15 << false << "scheduled";
        QTest::newRow("14 days before") << -14 << false << "due";
        QTest::newRow("on the day") << 0 << false << "due";
        QTest::newRow("14 days after") << 14 << false << "due";
        QTest::newRow("15 days after") << 15 << false << "overdue";
        QTest::newRow("done late") << 40 << true << "done";
    }
    void shouldTellScheduledDueOverdueAndDone()
    {
        QFETCH(int, daysFromDue);
        QFETCH(bool, done);
        QFETCH(QString, status);
        const QDate due(2026, 5, 1);
        const QDate today = due.addDays(daysFromDue);
        QCOMPARE(toId(FollowUpSchedule::standard().status(due, done ? today : QDate(), today)), status);
    }

    void shouldOfferTheResponseCategoriesOfTheIndication_data()
    {
        QTest::addColumn<int>("indication");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("accepted");
        QTest::addColumn<QString>("refused");
        QTest::addColumn<bool>("mrd");
        QTest::newRow("myeloma IMWG") << int(Indication::MultipleMyeloma) << "IMWG-2016"
                                      << "sCR"
                                      << "cmr" << true;
        QTest::newRow("lymphoma Lugano") << int(Indication::LargeBCellLymphoma) << "Lugano-2014"
                                         << "cmr"
                                         << "vgpr" << false;
        QTest::newRow("B-ALL") << int(Indication::BAll) << "ALL-CR-MRD"
                               << "cri"
                               << "vgpr" << true;
    }
    void shouldOfferTheResponseCategoriesOfTheIndication()
    {
        QFETCH(int, indication);
        QFETCH(QString, rule);
        QFETCH(QString, accepted);
        QFETCH(QString, refused);
        QFETCH(bool, mrd);
        const ResponseScheme s = ResponseCriteria::schemeFor(Indication(indication));
        QCOMPARE(ResponseCriteria::ruleVersion(s), rule);
        QVERIFY(ResponseCriteria::isCategory(s, accepted));
        QVERIFY(!ResponseCriteria::isCategory(s, refused));
        QCOMPARE(ResponseCriteria::recordsMrd(s), mrd);
        QVERIFY(ResponseCriteria::categories(s).contains(QStringLiteral("not_evaluable")));
    }

    void shouldCheckLateEffects()
    {
        const auto ok = FollowUpDetails::check(
            QJsonDocument::fromJson(
                R"({"igg_mg_dl": 380, "cd4_per_ul": 150, "cytopenias": "grade 2 neutropenia", "b_cell_aplasia": true})")
                .object());
        QVERIFY2(ok.ok(), qPrintable(ok.error().message));
        QCOMPARE(ok->value(QStringLiteral("igg_mg_dl")).toInt(), 380);
        const auto unknown = FollowUpDetails::check(QJsonDocument::fromJson(R"({"igg": 380})").object());
        QVERIFY(unknown.error().message.contains(QLatin1String("\"igg\"")));
        const auto noDetail =
            FollowUpDetails::check(QJsonDocument::fromJson(R"({"secondary_malignancy": true})").object());
        QVERIFY(noDetail.error().message.contains(QLatin1String("secondary_malignancy_detail")));
    }
};

QTEST_GUILESS_MAIN(TestFollowUpSchedule)
#include "TestFollowUpSchedule.moc"
