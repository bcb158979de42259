// The IMWG 60-day rule as the app proposes it (INTAKE.md §3, §5): refractory on progression on
// therapy or within 60 days of the last dose, conservative with partial dates: a month or a year
// is "within 60 days" only if every day it could be is, and "not within" only if none is.

#include "core/intake/Refractoriness.h"

#include <QLocale>
#include <QTest>

using namespace cb::core;

namespace {

PartialDate date(const QString& text)
{
    if (text.isEmpty())
        return {};
    return *PartialDate::parse(text);
}

} // namespace

Q_DECLARE_METATYPE(cb::core::Proposal)

class TestRefractoriness : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void shouldApplyTheSixtyDayRule_data()
    {
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("stop");
        QTest::addColumn<bool>("ongoing");
        QTest::addColumn<QString>("progression");
        QTest::addColumn<QString>("bestResponse");
        QTest::addColumn<Proposal>("expected");
        const auto R = Proposal::Refractory;
        const auto N = Proposal::NotRefractory;
        const auto U = Proposal::Unknown;
        auto row = [](const char* name, const char* start, const char* stop, bool ongoing,
                      const char* progression, const char* response, Proposal expected) {
            QTest::newRow(name) << QString::fromLatin1(start) << QString::fromLatin1(stop) << ongoing
                                << QString::fromLatin1(progression) << QString::fromLatin1(response)
                                << expected;
        };
        row("30 days after the last dose", "2023-06-01", "2024-01-01", false, "2024-01-31", "VGPR", R);
        row("day 60 (2024-01-01 → 2024-03-01)", "2023-06-01", "2024-01-01", false, "2024-03-01", "VGPR", R);
        row("day 61", "2023-06-01", "2024-01-01", false, "2024-03-02", "VGPR", N);
        row("200 days after", "2023-06-01", "2024-01-01", false, "2024-07-19", "CR", N);
        row("the day of the last dose", "2023-06-01", "2024-01-01", false, "2024-01-01", "PR", R);
        row("progression before the last dose", "2023-06-01", "2024-01-01", false, "2023-12-01", "PR", R);
        row("still receiving, progression", "2023-06-01", "", true, "2024-02-10", "PR", R);
        row("still receiving, no progression", "2023-06-01", "", true, "", "PR", U);
        row("stopped, no progression date", "2023-06-01", "2024-01-01", false, "", "CR", U);
        row("progression without a stop date", "2023-06-01", "", false, "2024-02-10", "PR", U);
        row("progression before the line started", "2023-06-01", "2024-01-01", false, "2023-03-01", "PR", U);
        // Partial dates: every possible day must agree.
        row("months: stop 2024-01, progression 2024-02 (1–59 days)", "2023-06", "2024-01", false, "2024-02",
            "PR", R);
        row("months: stop 2024-01, progression 2024-03 (30–90 days)", "2023-06", "2024-01", false, "2024-03",
            "PR", U);
        row("months: stop 2024-01, progression 2024-06 (122–182 days)", "2023-06", "2024-01", false,
            "2024-06", "PR", N);
        row("stop to the day, progression to the month (46–76 days)", "2023-06-01", "2024-01-15", false,
            "2024-03", "PR", U);
        row("stop to the day, progression in the next month (31–59 days)", "2023-06-01", "2024-01-01", false,
            "2024-02", "PR", R);
        row("stop to the month, progression to the day (30–60 days)", "2023-06", "2024-01", false,
            "2024-03-01", "PR", R);
        row("stop to the month, progression to the day (31–61 days)", "2023-06", "2024-01", false,
            "2024-03-02", "PR", U);
        row("stop to the month, progression to the day (61–91 days)", "2023-06", "2024-01", false,
            "2024-04-01", "PR", N);
        row("years: 2023 and 2023", "2022", "2023", false, "2023", "PR", U);
        row("years: 2020 and 2023", "2019", "2020", false, "2023", "PR", N);
        // No response on therapy is refractory whatever the dates.
        row("best response PD", "2023-06-01", "2024-01-01", false, "", "PD", R);
        row("best response SD", "2023-06-01", "2024-01-01", false, "2024-12-01", "SD", R);
        row("Lugano NMR", "2023-06-01", "2024-01-01", false, "", "NMR", R);
        row("Lugano PMD", "2023-06-01", "2024-01-01", false, "", "PMD", R);
        row("ALL refractory", "2023-06-01", "2024-01-01", false, "", "refractory", R);
        row("CR, progression 10 days after", "2023-06-01", "2024-01-01", false, "2024-01-11", "CR", R);
    }
    void shouldApplyTheSixtyDayRule()
    {
        QFETCH(QString, start);
        QFETCH(QString, stop);
        QFETCH(bool, ongoing);
        QFETCH(QString, progression);
        QFETCH(QString, bestResponse);
        QFETCH(Proposal, expected);
        TherapyLine line;
        line.startDate = date(start);
        line.endDate = date(stop);
        line.ongoing = ongoing;
        line.progressionDate = date(progression);
        line.bestResponse = bestResponse;
        QCOMPARE(toId(proposeRefractory(line)), toId(expected));
        QVERIFY(!proposalReason(line).isEmpty());
    }

    void shouldExplainTheProposal_data()
    {
        QTest::addColumn<QString>("stop");
        QTest::addColumn<QString>("progression");
        QTest::addColumn<QString>("says");
        QTest::newRow("one day count") << QStringLiteral("2024-01-01") << QStringLiteral("2024-01-31")
                                       << QStringLiteral("30 day(s) after the last dose, within 60 days");
        QTest::newRow("one day") << QStringLiteral("2024-01-01") << QStringLiteral("2024-01-02")
                                 << QStringLiteral("1 day(s) after");
        QTest::newRow("not refractory") << QStringLiteral("2024-01-01") << QStringLiteral("2024-03-02")
                                        << QStringLiteral("61 day(s) after the last dose, more than 60 days");
        QTest::newRow("a span the partial dates allow")
            << QStringLiteral("2024-01") << QStringLiteral("2024-03") << QStringLiteral("30–90 days");
        QTest::newRow("a span that may start before the last dose")
            << QStringLiteral("2023") << QStringLiteral("2023-12") << QStringLiteral("0–364 days");
    }
    void shouldExplainTheProposal()
    {
        QFETCH(QString, stop);
        QFETCH(QString, progression);
        QFETCH(QString, says);
        TherapyLine line;
        line.endDate = date(stop);
        line.progressionDate = date(progression);
        QVERIFY2(proposalReason(line).contains(says), qPrintable(proposalReason(line)));
    }

    void shouldGiveTheSpanOfDays()
    {
        TherapyLine line;
        QVERIFY(!daysFromLastDoseToProgression(line));
        line.endDate = date(QStringLiteral("2024-01"));
        line.progressionDate = date(QStringLiteral("2024-03"));
        const auto span = daysFromLastDoseToProgression(line);
        QVERIFY(span);
        QCOMPARE(span->first, 30);
        QCOMPARE(span->second, 90);
    }

    void shouldFillOnlyTheDrugsNotYetDecided_data()
    {
        QTest::addColumn<QString>("progression");
        QTest::addColumn<QString>("expected"); // per drug: r refractory, n not, ? unknown
        // Drugs: lenalidomide unknown, dexamethasone set "not refractory" by the clinician,
        // daratumumab set "refractory".
        QTest::newRow("refractory proposal") << QStringLiteral("2024-01-20") << QStringLiteral("rnr");
        QTest::newRow("not refractory proposal") << QStringLiteral("2024-09-01") << QStringLiteral("nnr");
        QTest::newRow("unknown proposal") << QStringLiteral("2024-03") << QStringLiteral("?nr");
    }
    void shouldFillOnlyTheDrugsNotYetDecided()
    {
        QFETCH(QString, progression);
        QFETCH(QString, expected);
        TherapyLine line;
        line.endDate = date(QStringLiteral("2024-01-10"));
        line.progressionDate = date(progression);
        line.drugs = {LineDrug{QStringLiteral("lenalidomide"), QStringLiteral("imid"), std::nullopt},
                      LineDrug{QStringLiteral("dexamethasone"), QStringLiteral("corticosteroid"), false},
                      LineDrug{QStringLiteral("daratumumab"), QStringLiteral("anti_cd38"), true}};
        QString got;
        for (const LineDrug& d : withProposedRefractoriness(line))
            got += !d.refractory ? QLatin1Char('?') : *d.refractory ? QLatin1Char('r') : QLatin1Char('n');
        QCOMPARE(got, expected);
    }

    void shouldNameProposalsByStableIds()
    {
        QCOMPARE(toId(Proposal::Refractory), QStringLiteral("refractory"));
        QCOMPARE(toId(Proposal::NotRefractory), QStringLiteral("not_refractory"));
        QCOMPARE(toId(Proposal::Unknown), QStringLiteral("unknown"));
    }
};

QTEST_GUILESS_MAIN(TestRefractoriness)
#include "TestRefractoriness.moc"
