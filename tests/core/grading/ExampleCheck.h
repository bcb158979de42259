#pragma once

// The data rows and the check shared by TestGradeExamples (bundled vectors) and
// TestGradeSharedExamples (the fuller set beside the repository).

#include "ExampleVectors.h"
#include "core/grading/JsonCalculator.h"

#include <QTest>

namespace cb::test {

inline void addExampleRows(const QString& path)
{
    QTest::addColumn<QString>("calc");
    QTest::addColumn<QJsonObject>("input");
    QTest::addColumn<QJsonObject>("expected");
    QTest::addColumn<QString>("basis");

    QString error;
    const QList<ExampleVector> vectors = loadExampleVectors(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(!vectors.isEmpty(), qPrintable(path + QStringLiteral(" holds no vectors")));
    for (const ExampleVector& v : vectors)
        QTest::newRow(qPrintable(v.id)) << v.calc << v.input << v.expected << v.basis;
}

// Runs the current row through the calculator and compares every expected field.
inline void checkExampleRow()
{
    QFETCH(QString, calc);
    QFETCH(QJsonObject, input);
    QFETCH(QJsonObject, expected);
    QFETCH(QString, basis);

    const auto out = core::JsonCalculator::run(calc, input);
    QVERIFY2(out.ok(), qPrintable(out.error().message));

    QString why;
    QVERIFY2(matchesExpected(expected, out->result, {}, &why),
             qPrintable(QStringLiteral("[%1] %2; explanation: %3")
                            .arg(basis, why, out->result.value(QStringLiteral("explanation")).toString())));
    QVERIFY(!out->result.value(QStringLiteral("rule_version")).toString().isEmpty());
    QVERIFY(!out->result.value(QStringLiteral("explanation")).toString().isEmpty());
    QVERIFY2(out->ignoredFields.isEmpty(), qPrintable(out->ignoredFields.join(QStringLiteral(", "))));
}

} // namespace cb::test
