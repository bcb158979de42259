// The observation catalogue of INTAKE.md §6: every code with its LOINC and canonical unit, the
// conversions labs need, the plausible ranges (inclusive) and the messages a coordinator reads
// when a value is refused.

#include "core/checklist/PrefillCodes.h"
#include "core/intake/IntakeTestData.h"
#include "core/intake/ObservationCatalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTest>
#include <cmath>
#include <limits>

using namespace cb::core;

class TestObservationCatalog : public QObject
{
    Q_OBJECT

    ObservationCatalog m_catalog;

    static QByteArray withFirstEntry(const std::function<void(QJsonObject&)>& change)
    {
        QJsonObject root =
            QJsonDocument::fromJson(cb::test::intakeResource(QStringLiteral("observations.json"))).object();
        QJsonArray entries = root.value(QLatin1String("observations")).toArray();
        QJsonObject first = entries.at(0).toObject();
        change(first);
        entries.replace(0, first);
        root.insert(QStringLiteral("observations"), entries);
        return QJsonDocument(root).toJson();
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        auto parsed = ObservationCatalog::parse(cb::test::intakeResource(QStringLiteral("observations.json")),
                                                QStringLiteral("observations.json"));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
        m_catalog = parsed.value();
    }

    void shouldShipAVersionedCatalogue()
    {
        QVERIFY(m_catalog.version().startsWith(QLatin1String("cellboard-observations-")));
        QVERIFY(m_catalog.definitions().size() >= 29);
    }

    void shouldKnowEveryPrefillCodeInItsCanonicalUnit_data()
    {
        QTest::addColumn<QString>("code");
        for (const QString& code : PrefillCodes::observationCodes())
            QTest::newRow(qPrintable(code)) << code;
    }
    void shouldKnowEveryPrefillCodeInItsCanonicalUnit()
    {
        QFETCH(QString, code);
        const ObservationDefinition* d = m_catalog.find(code);
        QVERIFY2(d, qPrintable(code));
        QCOMPARE(d->unit, PrefillCodes::canonicalUnit(code));
        QVERIFY(d->acceptedUnits.contains(d->unit));
        QVERIFY(!d->labelEn.isEmpty());
        QVERIFY(!d->labelZh.isEmpty());
        QVERIFY(!d->ucum.isEmpty());
    }

    // INTAKE.md §6, row by row: code, LOINC, canonical UCUM, plausible range.
    void shouldCarryEveryRowOfTheIntakeTable_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("loinc");
        QTest::addColumn<QString>("ucum");
        QTest::addColumn<double>("minimum");
        QTest::addColumn<double>("maximum");
        auto row = [](const char* code, const char* loinc, const char* ucum, double min, double max) {
            QTest::newRow(code) << QString::fromLatin1(code) << QString::fromLatin1(loinc)
                                << QString::fromUtf8(ucum) << min << max;
        };
        row("lvef", "10230-1", "%", 5, 85);
        row("spo2", "59408-5", "%", 50, 100);
        row("ecog", "89247-1", "{score}", 0, 5);
        row("karnofsky", "89243-0", "{score}", 10, 100);
        row("creatinine", "2160-0", "umol/L", 10, 2000);
        row("crcl", "35591-7", "mL/min", 0, 250);
        row("bilirubin", "1975-2", "umol/L", 0, 1000);
        row("alt", "1742-6", "U/L", 0, 10000);
        row("ast", "1920-8", "U/L", 0, 10000);
        row("anc", "751-8", "/uL", 0, 100000);
        row("alc", "731-0", "/uL", 0, 100000);
        row("platelets", "777-3", "10*9/L", 0, 2000);
        row("hemoglobin", "718-7", "g/dL", 2, 25);
        row("crp", "1988-5", "mg/L", 0, 1000);
        row("ferritin", "2276-4", "ng/mL", 0, 200000);
        row("ldh", "2532-0", "U/L", 0, 20000);
        row("m_protein", "33358-3", "g/dL", 0, 15);
        row("flc_kappa", "36916-5", "mg/L", 0, 100000);
        row("flc_lambda", "33944-0", "mg/L", 0, 100000);
        row("flc_ratio", "48378-4", "{ratio}", 0, 100000);
        row("marrow_plasma_cells", "11118-7", "%", 0, 100);
    }
    void shouldCarryEveryRowOfTheIntakeTable()
    {
        QFETCH(QString, code);
        QFETCH(QString, loinc);
        QFETCH(QString, ucum);
        QFETCH(double, minimum);
        QFETCH(double, maximum);
        const ObservationDefinition* d = m_catalog.find(code);
        QVERIFY2(d, qPrintable(code));
        QCOMPARE(d->loinc, loinc);
        QCOMPARE(d->ucum, ucum);
        QCOMPARE(d->minimum, minimum);
        QCOMPARE(d->maximum, maximum);
        QVERIFY(!d->evidence.isEmpty());
        QCOMPARE(m_catalog.findByLoinc(loinc), d);
    }

    void shouldFindTheEchoLoincAsLvef()
    {
        QCOMPARE(m_catalog.findByLoinc(QStringLiteral("18043-0")), m_catalog.find(QStringLiteral("lvef")));
        QCOMPARE(m_catalog.findByLoinc(QStringLiteral("14682-9")),
                 m_catalog.find(QStringLiteral("creatinine")));
        QVERIFY(!m_catalog.findByLoinc(QStringLiteral("40844-3"))); // deprecated FLC ratio code
        QVERIFY(!m_catalog.findByLoinc(QString()));
    }

    void shouldConvertToTheCanonicalUnit_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<double>("expected");
        QTest::addColumn<QString>("canonical");
        auto row = [](const char* name, const char* code, double value, const char* unit, double expected,
                      const char* canonical) {
            QTest::newRow(name) << QString::fromLatin1(code) << value << QString::fromUtf8(unit) << expected
                                << QString::fromUtf8(canonical);
        };
        row("lvef in %", "lvef", 55, "%", 55, "%");
        row("lvef without unit", "lvef", 55, "", 55, "%");
        row("spo2 in %", "spo2", 96, "%", 96, "%");
        row("ecog without unit", "ecog", 1, "", 1, "");
        row("karnofsky in %", "karnofsky", 80, "%", 80, "");
        row("creatinine µmol/L", "creatinine", 100, "µmol/L", 100, "µmol/L");
        row("creatinine umol/L spelling", "creatinine", 100, "umol/L", 100, "µmol/L");
        row("creatinine Greek mu", "creatinine", 100, "μmol/L", 100, "µmol/L");
        row("creatinine mg/dL ×88.42", "creatinine", 1.2, "mg/dL", 106.104, "µmol/L");
        row("bilirubin mg/dL ×17.1", "bilirubin", 1.0, "mg/dL", 17.1, "µmol/L");
        row("bilirubin mg/dl lower case", "bilirubin", 2.0, "mg/dl", 34.2, "µmol/L");
        row("crcl mL/s ×60", "crcl", 1.5, "mL/s", 90, "mL/min");
        row("alt IU/L", "alt", 40, "IU/L", 40, "U/L");
        row("ast U/L", "ast", 35, "U/L", 35, "U/L");
        row("alt ×ULN", "alt_uln", 2.5, "xULN", 2.5, "×ULN");
        row("anc ×10^9/L ×1000", "anc", 1.5, "×10^9/L", 1500, "cells/µL");
        row("anc x10^9/L", "anc", 1.5, "x10^9/L", 1500, "cells/µL");
        row("anc 10*9/L (UCUM)", "anc", 1.5, "10*9/L", 1500, "cells/µL");
        row("anc 10^3/uL", "anc", 0.8, "10^3/uL", 800, "cells/µL");
        row("anc /mm³", "anc", 800, "/mm³", 800, "cells/µL");
        row("anc G/L", "anc", 2, "G/L", 2000, "cells/µL");
        row("alc 10*9/L", "alc", 0.3, "10*9/L", 300, "cells/µL");
        row("platelets 10^3/µL (same)", "platelets", 150, "10^3/µL", 150, "×10^9/L");
        row("platelets G/L", "platelets", 150, "G/L", 150, "×10^9/L");
        row("platelets per µL", "platelets", 150000, "/µL", 150, "×10^9/L");
        row("hemoglobin g/dL", "hemoglobin", 12, "g/dL", 12, "g/dL");
        row("hemoglobin g/L ÷10", "hemoglobin", 95, "g/L", 9.5, "g/dL");
        row("hemoglobin mmol/L ×1.611", "hemoglobin", 6.0, "mmol/L", 9.666, "g/dL");
        row("crp mg/dL ×10", "crp", 5, "mg/dL", 50, "mg/L");
        row("ferritin µg/L (same)", "ferritin", 500, "ug/L", 500, "ng/mL");
        row("ldh U/L", "ldh", 250, "U/L", 250, "U/L");
        row("m protein g/L ÷10", "m_protein", 35, "g/L", 3.5, "g/dL");
        row("flc kappa mg/L", "flc_kappa", 500, "mg/L", 500, "mg/L");
        row("flc kappa mg/dL ×10", "flc_kappa", 50, "mg/dL", 500, "mg/L");
        row("flc lambda mg/dL ×10", "flc_lambda", 1.2, "mg/dL", 12, "mg/L");
        row("flc ratio", "flc_ratio", 12.5, "", 12.5, "");
        row("troponin µg/L ×1000", "troponin", 0.014, "µg/L", 14, "ng/L");
        row("nt-probnp ng/L (same)", "nt_probnp", 300, "ng/L", 300, "pg/mL");
        row("igg g/L ×100", "igg", 6.5, "g/L", 650, "mg/dL");
        row("code in upper case", "LVEF", 60, "%", 60, "%");
    }
    void shouldConvertToTheCanonicalUnit()
    {
        QFETCH(QString, code);
        QFETCH(double, value);
        QFETCH(QString, unit);
        QFETCH(double, expected);
        QFETCH(QString, canonical);
        const auto n = m_catalog.normalise(code, value, unit);
        QVERIFY2(n.ok(), qPrintable(n.error().message));
        QCOMPARE(n->value, expected);
        QCOMPARE(n->unit, canonical);
        QCOMPARE(n->enteredValue, value);
        QCOMPARE(n->enteredUnit, unit.isEmpty() ? canonical : unit);
    }

    // The plausible range is inclusive at both ends, checked in the canonical unit.
    void shouldRefuseImplausibleValues_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<bool>("accepted");
        auto row = [](const char* name, const char* code, double value, const char* unit, bool accepted) {
            QTest::newRow(name) << QString::fromLatin1(code) << value << QString::fromUtf8(unit) << accepted;
        };
        row("lvef 5 (lower edge)", "lvef", 5, "%", true);
        row("lvef 85 (upper edge)", "lvef", 85, "%", true);
        row("lvef 4.9", "lvef", 4.9, "%", false);
        row("lvef 85.1", "lvef", 85.1, "%", false);
        row("lvef 120", "lvef", 120, "%", false);
        row("spo2 50", "spo2", 50, "%", true);
        row("spo2 100", "spo2", 100, "%", true);
        row("spo2 49", "spo2", 49, "%", false);
        row("spo2 101", "spo2", 101, "%", false);
        row("ecog 0", "ecog", 0, "", true);
        row("ecog 5", "ecog", 5, "", true);
        row("ecog 6", "ecog", 6, "", false);
        row("ecog -1", "ecog", -1, "", false);
        row("karnofsky 10", "karnofsky", 10, "", true);
        row("karnofsky 100", "karnofsky", 100, "", true);
        row("karnofsky 0", "karnofsky", 0, "", false);
        row("karnofsky 110", "karnofsky", 110, "", false);
        row("creatinine 10", "creatinine", 10, "µmol/L", true);
        row("creatinine 2000", "creatinine", 2000, "µmol/L", true);
        row("creatinine 9.9", "creatinine", 9.9, "µmol/L", false);
        row("creatinine 0.1 mg/dL (8.8 µmol/L)", "creatinine", 0.1, "mg/dL", false);
        row("creatinine 22.62 mg/dL (2000.06 µmol/L)", "creatinine", 22.62, "mg/dL", false);
        row("crcl 0", "crcl", 0, "mL/min", true);
        row("crcl 250", "crcl", 250, "mL/min", true);
        row("crcl 251", "crcl", 251, "mL/min", false);
        row("bilirubin 0", "bilirubin", 0, "µmol/L", true);
        row("bilirubin 1000", "bilirubin", 1000, "µmol/L", true);
        row("bilirubin -0.1", "bilirubin", -0.1, "µmol/L", false);
        row("bilirubin 58.5 mg/dL (1000.35 µmol/L)", "bilirubin", 58.5, "mg/dL", false);
        row("alt 10000", "alt", 10000, "U/L", true);
        row("alt 10001", "alt", 10001, "U/L", false);
        row("anc 100 ×10^9/L (100000/µL)", "anc", 100, "×10^9/L", true);
        row("anc 100.1 ×10^9/L", "anc", 100.1, "×10^9/L", false);
        row("platelets 2000", "platelets", 2000, "×10^9/L", true);
        row("platelets 2001", "platelets", 2001, "×10^9/L", false);
        row("hemoglobin 2", "hemoglobin", 2, "g/dL", true);
        row("hemoglobin 25", "hemoglobin", 25, "g/dL", true);
        row("hemoglobin 1.9", "hemoglobin", 1.9, "g/dL", false);
        row("hemoglobin 250 g/L (25 g/dL)", "hemoglobin", 250, "g/L", true);
        row("hemoglobin 251 g/L", "hemoglobin", 251, "g/L", false);
        row("hemoglobin 1.2 mmol/L (1.93 g/dL)", "hemoglobin", 1.2, "mmol/L", false);
        row("crp 1000", "crp", 1000, "mg/L", true);
        row("crp 100.1 mg/dL", "crp", 100.1, "mg/dL", false);
        row("ferritin 200000", "ferritin", 200000, "ng/mL", true);
        row("ldh 20001", "ldh", 20001, "U/L", false);
        row("m protein 15", "m_protein", 15, "g/dL", true);
        row("m protein 151 g/L", "m_protein", 151, "g/L", false);
        row("flc kappa 100000 mg/L", "flc_kappa", 100000, "mg/L", true);
        row("flc kappa 10001 mg/dL", "flc_kappa", 10001, "mg/dL", false);
        row("marrow plasma cells 100", "marrow_plasma_cells", 100, "%", true);
        row("marrow plasma cells 101", "marrow_plasma_cells", 101, "%", false);
    }
    void shouldRefuseImplausibleValues()
    {
        QFETCH(QString, code);
        QFETCH(double, value);
        QFETCH(QString, unit);
        QFETCH(bool, accepted);
        const auto n = m_catalog.normalise(code, value, unit);
        QCOMPARE(n.ok(), accepted);
        if (!accepted) {
            QCOMPARE(n.error().code, cb::ErrorCode::BadInput);
            QVERIFY2(n.error().message.contains(QLatin1String("plausible range")),
                     qPrintable(n.error().message));
        }
    }

    void shouldNameTheRangeWithItsUnit_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QString>("message");
        QTest::newRow("lvef") << QStringLiteral("lvef") << 120.0 << QStringLiteral("%")
                              << QStringLiteral("LVEF 120 % is outside the plausible range 5–85 %.");
        QTest::newRow("converted creatinine")
            << QStringLiteral("creatinine") << 30.0 << QStringLiteral("mg/dL")
            << QStringLiteral(
                   "Creatinine 30 mg/dL (2652.6 µmol/L) is outside the plausible range 10–2000 µmol/L.");
        QTest::newRow("a score without unit") << QStringLiteral("ecog") << 6.0 << QString()
                                              << QStringLiteral("ECOG 6 is outside the plausible range 0–5.");
    }
    void shouldNameTheRangeWithItsUnit()
    {
        QFETCH(QString, code);
        QFETCH(double, value);
        QFETCH(QString, unit);
        QFETCH(QString, message);
        const auto n = m_catalog.normalise(code, value, unit);
        QVERIFY(!n.ok());
        QCOMPARE(n.error().message, message);
    }

    void shouldListTheAcceptedUnitsForAnUnknownUnit_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QStringList>("named");
        QTest::newRow("lvef in mmHg")
            << QStringLiteral("lvef") << QStringLiteral("mmHg")
            << QStringList{QStringLiteral("LVEF"), QStringLiteral("mmHg"), QStringLiteral("%")};
        QTest::newRow("hemoglobin in mg/L")
            << QStringLiteral("hemoglobin") << QStringLiteral("mg/L")
            << QStringList{QStringLiteral("Hemoglobin"), QStringLiteral("g/dL, g/L, mmol/L")};
        QTest::newRow("creatinine in mmol/L")
            << QStringLiteral("creatinine") << QStringLiteral("mmol/L")
            << QStringList{QStringLiteral("Creatinine"), QStringLiteral("µmol/L, mg/dL")};
        QTest::newRow("ecog in %") << QStringLiteral("ecog") << QStringLiteral("%")
                                   << QStringList{QStringLiteral("ECOG"), QStringLiteral("no unit")};
    }
    void shouldListTheAcceptedUnitsForAnUnknownUnit()
    {
        QFETCH(QString, code);
        QFETCH(QString, unit);
        QFETCH(QStringList, named);
        const auto n = m_catalog.normalise(code, 50, unit);
        QVERIFY(!n.ok());
        QCOMPARE(n.error().code, cb::ErrorCode::BadInput);
        QVERIFY2(n.error().message.contains(QLatin1String("unknown unit")), qPrintable(n.error().message));
        for (const QString& text : named)
            QVERIFY2(n.error().message.contains(text),
                     qPrintable(n.error().message + QStringLiteral(" / ") + text));
    }

    void shouldCheckWholeNumbersAndSteps_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<double>("value");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QString>("says");
        QTest::newRow("ecog 2") << QStringLiteral("ecog") << 2.0 << true << QString();
        QTest::newRow("ecog 2.5") << QStringLiteral("ecog") << 2.5 << false << QStringLiteral("whole number");
        QTest::newRow("karnofsky 80") << QStringLiteral("karnofsky") << 80.0 << true << QString();
        QTest::newRow("karnofsky 75")
            << QStringLiteral("karnofsky") << 75.0 << false << QStringLiteral("multiple of 10");
        QTest::newRow("karnofsky 72.5")
            << QStringLiteral("karnofsky") << 72.5 << false << QStringLiteral("whole number");
        QTest::newRow("ice 10") << QStringLiteral("ice_baseline") << 10.0 << true << QString();
        QTest::newRow("ice 9.5") << QStringLiteral("ice_baseline") << 9.5 << false
                                 << QStringLiteral("whole number");
        QTest::newRow("lvef 52.5 (not an integer code)")
            << QStringLiteral("lvef") << 52.5 << true << QString();
    }
    void shouldCheckWholeNumbersAndSteps()
    {
        QFETCH(QString, code);
        QFETCH(double, value);
        QFETCH(bool, accepted);
        QFETCH(QString, says);
        const auto n = m_catalog.normalise(code, value, QString());
        QCOMPARE(n.ok(), accepted);
        if (!accepted)
            QVERIFY2(n.error().message.contains(says), qPrintable(n.error().message));
    }

    void shouldRefuseAnUnknownCodeNamingIt()
    {
        const auto n = m_catalog.normalise(QStringLiteral("glucose"), 5, QStringLiteral("mmol/L"));
        QVERIFY(!n.ok());
        QCOMPARE(n.error().code, cb::ErrorCode::BadInput);
        QVERIFY(n.error().message.contains(QLatin1String("glucose")));
        QVERIFY(!m_catalog.find(QStringLiteral("glucose")));
    }

    void shouldRefuseAValueThatIsNotANumber_data()
    {
        QTest::addColumn<double>("value");
        QTest::newRow("NaN") << std::numeric_limits<double>::quiet_NaN();
        QTest::newRow("infinity") << std::numeric_limits<double>::infinity();
    }
    void shouldRefuseAValueThatIsNotANumber()
    {
        QFETCH(double, value);
        const auto n = m_catalog.normalise(QStringLiteral("lvef"), value, QStringLiteral("%"));
        QVERIFY(!n.ok());
        QCOMPARE(n.error().code, cb::ErrorCode::BadInput);
    }

    void shouldLabelInTheInterfaceLanguage()
    {
        const ObservationDefinition* d = m_catalog.find(QStringLiteral("lvef"));
        QVERIFY(d);
        QCOMPARE(d->label(), QStringLiteral("LVEF"));
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        QCOMPARE(d->label(), QStringLiteral("左心室射血分数"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void shouldRefuseABadCatalogueNamingTheEntry_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("says");
        QTest::newRow("not JSON") << QByteArray("{") << QStringLiteral("not a JSON object");
        QTest::newRow("misspelt key")
            << withFirstEntry([](QJsonObject& o) { o.insert(QStringLiteral("maximun"), 1); })
            << QStringLiteral("unknown key \"maximun\"");
        QTest::newRow("minimum above maximum")
            << withFirstEntry([](QJsonObject& o) { o.insert(QStringLiteral("minimum"), 99); })
            << QStringLiteral("\"minimum\" is above \"maximum\"");
        QTest::newRow("canonical unit not accepted") << withFirstEntry([](QJsonObject& o) {
            o.insert(QStringLiteral("accepted_units"),
                     QJsonArray{QJsonObject{{QStringLiteral("unit"), QStringLiteral("‰")},
                                            {QStringLiteral("factor"), 0.1}}});
        }) << QStringLiteral("not among the accepted units");
        QTest::newRow("a prefill code in another unit") << withFirstEntry([](QJsonObject& o) {
            o.insert(QStringLiteral("unit"), QStringLiteral("‰"));
            o.insert(QStringLiteral("accepted_units"),
                     QJsonArray{QJsonObject{{QStringLiteral("unit"), QStringLiteral("‰")},
                                            {QStringLiteral("factor"), 1}}});
        }) << QStringLiteral("PrefillCodes");
        QTest::newRow("bad evidence") << withFirstEntry([](QJsonObject& o) {
            o.insert(QStringLiteral("evidence"), QStringLiteral("maybe"));
        }) << QStringLiteral("evidence must be one of");
        QTest::newRow("a unit listed twice") << withFirstEntry([](QJsonObject& o) {
            o.insert(QStringLiteral("accepted_units"),
                     QJsonArray{QJsonObject{{QStringLiteral("unit"), QStringLiteral("%")},
                                            {QStringLiteral("factor"), 1}},
                                QJsonObject{{QStringLiteral("unit"), QStringLiteral(" % ")},
                                            {QStringLiteral("factor"), 1}}});
        }) << QStringLiteral("listed twice");
    }
    void shouldRefuseABadCatalogueNamingTheEntry()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, says);
        const auto parsed = ObservationCatalog::parse(json, QStringLiteral("test.json"));
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error().message.contains(says), qPrintable(parsed.error().message));
        QVERIFY(parsed.error().message.contains(QLatin1String("test.json")));
    }
};

QTEST_GUILESS_MAIN(TestObservationCatalog)
#include "TestObservationCatalog.moc"
