// The facts derived from the therapy history (INTAKE.md §5; SPEC.md HEM-02..06): prior lines,
// triple-class and penta-drug exposure and refractoriness, lenalidomide-refractory, prior BCMA-,
// CD19-directed and CAR-T therapy, days since the last allogeneic transplant.

#include "core/intake/DerivedFacts.h"
#include "core/intake/DrugVocabulary.h"
#include "core/intake/IntakeTestData.h"

#include <QJsonArray>
#include <QTest>

using namespace cb::core;

namespace {

// A drug of a line: "name:class" with a trailing "!" when refractory ("lenalidomide:imid!").
LineDrug drug(const QString& spec)
{
    QString s = spec;
    LineDrug d;
    if (s.endsWith(QLatin1Char('!'))) {
        d.refractory = true;
        s.chop(1);
    } else if (s.endsWith(QLatin1Char('-'))) {
        d.refractory = false;
        s.chop(1);
    }
    const QStringList parts = s.split(QLatin1Char(':'));
    d.name = parts.value(0);
    d.drugClass = parts.value(1);
    return d;
}

TherapyLine line(int number, const QStringList& drugs)
{
    TherapyLine l;
    l.lineNumber = number;
    for (const QString& d : drugs)
        l.drugs << drug(d);
    return l;
}

// A line recorded before per-drug entry: classes only, with the line-level flags.
TherapyLine legacyLine(int number, const QStringList& classes, bool refractory,
                       bool lenalidomideRefractory = false)
{
    TherapyLine l;
    l.lineNumber = number;
    l.drugClasses = classes;
    l.refractory = refractory;
    l.lenalidomideRefractory = lenalidomideRefractory;
    return l;
}

Transplant transplant(const QString& kind, const char* date)
{
    Transplant t;
    t.kind = kind;
    if (auto d = PartialDate::parse(QString::fromLatin1(date)))
        t.date = *d;
    return t;
}

const QDate kToday(2026, 4, 11);

} // namespace

using Lines = QList<TherapyLine>;
Q_DECLARE_METATYPE(Lines)
using Transplants = QList<Transplant>;
Q_DECLARE_METATYPE(Transplants)

class TestDerivedFacts : public QObject
{
    Q_OBJECT
private slots:
    void shouldDeriveExposureAndRefractoriness_data()
    {
        QTest::addColumn<Lines>("lines");
        QTest::addColumn<bool>("tripleExposed");
        QTest::addColumn<bool>("tripleRefractory");
        QTest::addColumn<bool>("pentaExposed");
        QTest::addColumn<bool>("pentaRefractory");
        QTest::addColumn<bool>("lenRefractory");

        const QString v = QStringLiteral("bortezomib:proteasome_inhibitor");
        const QString k = QStringLiteral("carfilzomib:proteasome_inhibitor");
        const QString r = QStringLiteral("lenalidomide:imid");
        const QString p = QStringLiteral("pomalidomide:imid");
        const QString dara = QStringLiteral("daratumumab:anti_cd38");
        const QString isa = QStringLiteral("isatuximab:anti_cd38");
        const QString dex = QStringLiteral("dexamethasone:corticosteroid");
        const QString ixa = QStringLiteral("ixazomib:proteasome_inhibitor");
        auto ref = [](const QString& s) { return s + QLatin1Char('!'); };
        auto notRef = [](const QString& s) { return s + QLatin1Char('-'); };

        QTest::newRow("VRd only: double-class")
            << Lines{line(1, {v, r, dex})} << false << false << false << false << false;
        QTest::newRow("VRd then DPd: triple-exposed, refractory not known")
            << Lines{line(1, {v, r, dex}), line(2, {dara, p, dex})} << true << false << false << false
            << false;
        QTest::newRow("triple-refractory on three lines")
            << Lines{line(1, {ref(v), r, dex}), line(2, {ref(r), dex}), line(3, {ref(dara), p, dex})} << true
            << true << false << false << true;
        QTest::newRow("refractory to two classes of three")
            << Lines{line(1, {ref(v), ref(r), dex}), line(2, {notRef(dara), p, dex})} << true << false
            << false << false << true;
        QTest::newRow("penta-exposed: V, K, R, P and isatuximab")
            << Lines{line(1, {v, r, dex}), line(2, {k, p, dex}), line(3, {isa, p, dex})} << true << false
            << true << false << false;
        QTest::newRow("penta-refractory")
            << Lines{line(1, {ref(v), ref(r), dex}), line(2, {ref(k), ref(p), ref(dara), dex})} << true
            << true << true << true << true;
        QTest::newRow("penta-exposed, carfilzomib not refractory: triple- but not penta-refractory")
            << Lines{line(1, {ref(v), ref(r), dex}), line(2, {notRef(k), ref(p), ref(dara), dex})} << true
            << true << true << false << true;
        QTest::newRow("ixazomib in place of carfilzomib: not penta")
            << Lines{line(1, {v, r, dex}), line(2, {ixa, p, dara, dex})} << true << false << false << false
            << false;
        QTest::newRow("no anti-CD38: not penta")
            << Lines{line(1, {v, r, dex}), line(2, {k, p, dex})} << false << false << false << false << false;
        QTest::newRow("legacy lines: pi+imid refractory, anti_cd38 refractory")
            << Lines{legacyLine(1, {QStringLiteral("pi"), QStringLiteral("imid")}, true),
                     legacyLine(2, {QStringLiteral("anti_cd38")}, true)}
            << true << true << false << false << false;
        QTest::newRow("legacy lines: exposed, not refractory")
            << Lines{legacyLine(1,
                                {QStringLiteral("pi"), QStringLiteral("imid"), QStringLiteral("alkylator")},
                                false),
                     legacyLine(2, {QStringLiteral("anti_cd38"), QStringLiteral("pi")}, false)}
            << true << false << false << false << false;
        QTest::newRow("legacy line: lenalidomide-refractory flag")
            << Lines{legacyLine(1, {QStringLiteral("pi"), QStringLiteral("imid")}, false, true)} << false
            << false << false << false << true;
        QTest::newRow("line-level lenalidomide flag on a line with drugs") << Lines{[&] {
            TherapyLine l = line(1, {v, r, dex});
            l.lenalidomideRefractory = true;
            return l;
        }()} << false << false << false << false << true;
        QTest::newRow("mixed legacy and per-drug lines")
            << Lines{legacyLine(1, {QStringLiteral("pi"), QStringLiteral("imid")}, true),
                     line(2, {ref(dara), p, dex})}
            << true << true << false << false << false;
        QTest::newRow("no lines") << Lines{} << false << false << false << false << false;
    }
    void shouldDeriveExposureAndRefractoriness()
    {
        QFETCH(Lines, lines);
        QFETCH(bool, tripleExposed);
        QFETCH(bool, tripleRefractory);
        QFETCH(bool, pentaExposed);
        QFETCH(bool, pentaRefractory);
        QFETCH(bool, lenRefractory);
        const DerivedFacts f = deriveFacts(lines, {}, kToday);
        QCOMPARE(f.tripleClassExposed, tripleExposed);
        QCOMPARE(f.tripleClassRefractory, tripleRefractory);
        QCOMPARE(f.pentaExposed, pentaExposed);
        QCOMPARE(f.pentaRefractory, pentaRefractory);
        QCOMPARE(f.lenalidomideRefractory, lenRefractory);
    }

    void shouldDerivePriorTargetedTherapy_data()
    {
        QTest::addColumn<Lines>("lines");
        QTest::addColumn<bool>("bcma");
        QTest::addColumn<bool>("cd19");
        QTest::addColumn<bool>("carT");
        QTest::newRow("teclistamab") << Lines{line(1, {QStringLiteral("teclistamab:bcma_bispecific")})}
                                     << true << false << false;
        QTest::newRow("belantamab") << Lines{line(1, {QStringLiteral("belantamab mafodotin:bcma_adc")})}
                                    << true << false << false;
        QTest::newRow("cilta-cel") << Lines{line(1, {QStringLiteral("ciltacabtagene autoleucel:bcma_car_t")})}
                                   << true << false << true;
        QTest::newRow("blinatumomab")
            << Lines{line(1, {QStringLiteral("blinatumomab:cd19_directed")})} << false << true << false;
        QTest::newRow("axi-cel") << Lines{line(1, {QStringLiteral("axicabtagene ciloleucel:cd19_car_t")})}
                                 << false << true << true;
        QTest::newRow("R-CHOP") << Lines{line(1, {QStringLiteral("rituximab:anti_cd20"),
                                                  QStringLiteral("cyclophosphamide:alkylator")})}
                                << false << false << false;
        QTest::newRow("legacy bcma_directed")
            << Lines{legacyLine(1, {QStringLiteral("bcma_directed")}, false)} << true << false << false;
        QTest::newRow("legacy car_t")
            << Lines{legacyLine(1, {QStringLiteral("car_t")}, false)} << false << false << true;
    }
    void shouldDerivePriorTargetedTherapy()
    {
        QFETCH(Lines, lines);
        QFETCH(bool, bcma);
        QFETCH(bool, cd19);
        QFETCH(bool, carT);
        const DerivedFacts f = deriveFacts(lines, {}, kToday);
        QCOMPARE(f.priorBcma, bcma);
        QCOMPARE(f.priorCd19, cd19);
        QCOMPARE(f.priorCarT, carT);
    }

    void shouldMapLegacyClassIds_data()
    {
        QTest::addColumn<QString>("legacy");
        QTest::addColumn<QString>("current");
        QTest::newRow("pi") << QStringLiteral("pi") << QStringLiteral("proteasome_inhibitor");
        QTest::newRow("btki") << QStringLiteral("btki") << QStringLiteral("btk_inhibitor");
        QTest::newRow("bcl2i") << QStringLiteral("bcl2i") << QStringLiteral("bcl2_inhibitor");
        QTest::newRow("xpo1i") << QStringLiteral("xpo1i") << QStringLiteral("xpo1");
        QTest::newRow("imid (same)") << QStringLiteral("imid") << QStringLiteral("imid");
        QTest::newRow("anti_cd38 (same)") << QStringLiteral("anti_cd38") << QStringLiteral("anti_cd38");
        QTest::newRow("anti_cd20 (same)") << QStringLiteral("anti_cd20") << QStringLiteral("anti_cd20");
    }
    void shouldMapLegacyClassIds()
    {
        QFETCH(QString, legacy);
        QFETCH(QString, current);
        QCOMPARE(currentDrugClassId(legacy), current);
        const DerivedFacts f = deriveFacts({legacyLine(1, {legacy}, false)}, {}, kToday);
        QCOMPARE(f.exposedClasses, QSet<QString>{current});
    }

    void shouldGiveTheChecklistsTheirExposureIds()
    {
        const DerivedFacts f = deriveFacts({line(1, {QStringLiteral("bortezomib:proteasome_inhibitor"),
                                                     QStringLiteral("ciltacabtagene autoleucel:bcma_car_t"),
                                                     QStringLiteral("ibrutinib:btk_inhibitor")})},
                                           {}, kToday);
        const QSet<QString> ids = checklistExposures(f);
        for (const char* id : {"pi", "proteasome_inhibitor", "bcma_directed", "car_t", "btki", "bcma_car_t"})
            QVERIFY2(ids.contains(QString::fromLatin1(id)), id);
        QVERIFY(!ids.contains(QStringLiteral("imid")));
    }

    void shouldCountLinesByTheirNumber_data()
    {
        QTest::addColumn<QList<int>>("numbers");
        QTest::addColumn<int>("expected");
        QTest::newRow("none") << QList<int>{} << 0;
        QTest::newRow("1, 2, 3") << QList<int>{1, 2, 3} << 3;
        QTest::newRow("induction and maintenance of line 1, then line 2") << QList<int>{1, 1, 2} << 2;
        QTest::newRow("two lines without a number") << QList<int>{0, 0} << 2;
        QTest::newRow("numbered and unnumbered") << QList<int>{1, 0, 2} << 3;
    }
    void shouldCountLinesByTheirNumber()
    {
        QFETCH(QList<int>, numbers);
        QFETCH(int, expected);
        Lines lines;
        for (int n : numbers)
            lines << line(n, {QStringLiteral("lenalidomide:imid")});
        QCOMPARE(deriveFacts(lines, {}, kToday).priorLines, expected);
    }

    void shouldResolveTypedDrugsThroughTheVocabulary()
    {
        auto parsed = DrugVocabulary::parse(cb::test::intakeResource(QStringLiteral("drugs.json")),
                                            QStringLiteral("drugs.json"));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
        const Lines lines{
            line(1, {QStringLiteral("Velcade!"), QStringLiteral("Revlimid!")}),
            line(2, {QStringLiteral("dara!"), QStringLiteral("Kyprolis!"), QStringLiteral("poma!")})};
        const DerivedFacts bare = deriveFacts(lines, {}, kToday);
        QVERIFY(!bare.tripleClassExposed);
        const DerivedFacts resolved = deriveFacts(lines, {}, kToday, &parsed.value());
        QVERIFY(resolved.tripleClassRefractory);
        QVERIFY(resolved.pentaRefractory);
        QVERIFY(resolved.lenalidomideRefractory);
    }

    void shouldWriteTheFactsAsCaseShowCarriesThem()
    {
        const DerivedFacts f = deriveFacts({line(1, {QStringLiteral("lenalidomide:imid!"),
                                                     QStringLiteral("bortezomib:proteasome_inhibitor")})},
                                           {transplant(QStringLiteral("allogeneic"), "2026-01-01")}, kToday);
        const QJsonObject o = toJson(f);
        QCOMPARE(o.value(QLatin1String("prior_lines")).toInt(), 1);
        QCOMPARE(o.value(QLatin1String("lenalidomide_refractory")).toBool(), true);
        QCOMPARE(o.value(QLatin1String("triple_class_exposed")).toBool(), false);
        QCOMPARE(o.value(QLatin1String("days_since_allo")).toInt(), 100);
        QCOMPARE(o.value(QLatin1String("exposed_classes")).toArray(),
                 (QJsonArray{QStringLiteral("imid"), QStringLiteral("proteasome_inhibitor")}));
        for (const char* key : {"triple_class_refractory", "penta_exposed", "penta_refractory", "prior_bcma",
                                "prior_cd19", "prior_car_t"})
            QCOMPARE(o.value(QLatin1String(key)).toBool(true), false);
        QVERIFY(toJson(deriveFacts({}, {}, kToday)).value(QLatin1String("days_since_allo")).isNull());
    }

    void shouldCountDaysSinceTheLastAllogeneicTransplantConservatively_data()
    {
        QTest::addColumn<Transplants>("transplants");
        QTest::addColumn<int>("days"); // -1 = none
        const QString allo = QStringLiteral("allogeneic");
        QTest::newRow("none") << Transplants{} << -1;
        QTest::newRow("autologous only")
            << Transplants{transplant(QStringLiteral("autologous"), "2025-01-01")} << -1;
        QTest::newRow("allo without a date") << Transplants{transplant(allo, "")} << -1;
        QTest::newRow("day precision, 100 days") << Transplants{transplant(allo, "2026-01-01")} << 100;
        QTest::newRow("month precision: from the last day of the month")
            << Transplants{transplant(allo, "2026-01")} << 70;
        QTest::newRow("year precision: from 31 December") << Transplants{transplant(allo, "2025")} << 101;
        QTest::newRow("the current month: at least 0") << Transplants{transplant(allo, "2026-04")} << 0;
        QTest::newRow("the later of two")
            << Transplants{transplant(allo, "2020-05-01"), transplant(allo, "2026-03-01")} << 41;
        QTest::newRow("allo spelt short")
            << Transplants{transplant(QStringLiteral("allo"), "2026-04-01")} << 10;
        QTest::newRow("an autologous one later than the allo")
            << Transplants{transplant(allo, "2025-04-11"),
                           transplant(QStringLiteral("autologous"), "2026-04-01")}
            << 365;
    }
    void shouldCountDaysSinceTheLastAllogeneicTransplantConservatively()
    {
        QFETCH(Transplants, transplants);
        QFETCH(int, days);
        const DerivedFacts f = deriveFacts({}, transplants, kToday);
        QCOMPARE(f.daysSinceAllo.value_or(-1), days);
    }
};

QTEST_GUILESS_MAIN(TestDerivedFacts)
#include "TestDerivedFacts.moc"
