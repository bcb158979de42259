#include "core/grading/UnitConversion.h"

#include <QTest>

using namespace cb::core;

class TestGradeUnitConversion : public QObject
{
    Q_OBJECT

private slots:
    void shouldConvertLabUnitsBothWays_data();
    void shouldConvertLabUnitsBothWays();
    void shouldRoundTemperaturesToOneDecimal_data();
    void shouldRoundTemperaturesToOneDecimal();
};

using Conversion = double (*)(double);
Q_DECLARE_METATYPE(Conversion)

void TestGradeUnitConversion::shouldConvertLabUnitsBothWays_data()
{
    QTest::addColumn<Conversion>("forward");
    QTest::addColumn<Conversion>("back");
    QTest::addColumn<double>("from");
    QTest::addColumn<double>("to");

    QTest::addRow("CRP 30 mg/L = 3.0 mg/dL")
        << &UnitConversion::crpMgPerLToMgPerDl << &UnitConversion::crpMgPerDlToMgPerL << 30.0 << 3.0;
    QTest::addRow("CRP 29 mg/L = 2.9 mg/dL")
        << &UnitConversion::crpMgPerLToMgPerDl << &UnitConversion::crpMgPerDlToMgPerL << 29.0 << 2.9;
    QTest::addRow("CRP 31 mg/L = 3.1 mg/dL")
        << &UnitConversion::crpMgPerLToMgPerDl << &UnitConversion::crpMgPerDlToMgPerL << 31.0 << 3.1;
    QTest::addRow("platelets 175000/uL = 175 x10^9/L")
        << &UnitConversion::plateletsPerUlTo10e9PerL << &UnitConversion::platelets10e9PerLToPerUl << 175000.0
        << 175.0;
    QTest::addRow("platelets 74500/uL = 74.5 x10^9/L")
        << &UnitConversion::plateletsPerUlTo10e9PerL << &UnitConversion::platelets10e9PerLToPerUl << 74500.0
        << 74.5;
    QTest::addRow("Hb 90 g/L = 9.0 g/dL") << &UnitConversion::hemoglobinGPerLToGPerDl
                                          << &UnitConversion::hemoglobinGPerDlToGPerL << 90.0 << 9.0;
    QTest::addRow("Hb 89 g/L = 8.9 g/dL") << &UnitConversion::hemoglobinGPerLToGPerDl
                                          << &UnitConversion::hemoglobinGPerDlToGPerL << 89.0 << 8.9;
    QTest::addRow("ANC 1.2 x10^9/L = 1200/uL")
        << &UnitConversion::anc10e9PerLToPerUl << &UnitConversion::ancPerUlTo10e9PerL << 1.2 << 1200.0;
    QTest::addRow("ANC 1.199 x10^9/L = 1199/uL")
        << &UnitConversion::anc10e9PerLToPerUl << &UnitConversion::ancPerUlTo10e9PerL << 1.199 << 1199.0;
    QTest::addRow("100.4 F = 38.0 C")
        << &UnitConversion::fahrenheitToCelsius << &UnitConversion::celsiusToFahrenheit << 100.4 << 38.0;
    QTest::addRow("98.6 F = 37.0 C") << &UnitConversion::fahrenheitToCelsius
                                     << &UnitConversion::celsiusToFahrenheit << 98.6 << 37.0;
    QTest::addRow("32 F = 0 C") << &UnitConversion::fahrenheitToCelsius
                                << &UnitConversion::celsiusToFahrenheit << 32.0 << 0.0;
}

void TestGradeUnitConversion::shouldConvertLabUnitsBothWays()
{
    QFETCH(Conversion, forward);
    QFETCH(Conversion, back);
    QFETCH(double, from);
    QFETCH(double, to);

    // Exact equality on purpose: the cut-offs compare exactly, so 30 mg/L must become 3.0, not 2.9999….
    QCOMPARE(forward(from), to);
    QCOMPARE(back(to), from);
}

void TestGradeUnitConversion::shouldRoundTemperaturesToOneDecimal_data()
{
    QTest::addColumn<double>("celsius");
    QTest::addColumn<double>("rounded");
    QTest::addRow("37.94") << 37.94 << 37.9;
    QTest::addRow("37.95") << 37.95 << 38.0;
    QTest::addRow("38.0") << 38.0 << 38.0;
    QTest::addRow("38.04") << 38.04 << 38.0;
    QTest::addRow("100.3 F") << UnitConversion::fahrenheitToCelsius(100.3) << 37.9;
    QTest::addRow("100.4 F") << UnitConversion::fahrenheitToCelsius(100.4) << 38.0;
    QTest::addRow("100.5 F") << UnitConversion::fahrenheitToCelsius(100.5) << 38.1;
}

void TestGradeUnitConversion::shouldRoundTemperaturesToOneDecimal()
{
    QFETCH(double, celsius);
    QFETCH(double, rounded);
    QCOMPARE(UnitConversion::roundTemperature(celsius), rounded);
}

QTEST_GUILESS_MAIN(TestGradeUnitConversion)
#include "TestGradeUnitConversion.moc"
