#pragma once

// Reading the calculator test vectors of clinical/examples.json (SPEC §8): header-only, so both the
// core tests and the CLI test (which links no CellBoard library) can use it.

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <cmath>

namespace cb::test {

struct ExampleVector
{
    QString id;
    QString calc;
    QJsonObject input;
    QJsonObject expected;
    QString basis;
};

inline QString bundledExamplesPath()
{
    return QStringLiteral(CB_SOURCE_DIR "/tests/core/grading/data/examples.json");
}

inline QString sharedExamplesPath()
{
    return QStringLiteral(CB_SHARED_DIR "/clinical/examples.json");
}

// The vectors of a file; an empty list and *error set when it cannot be read.
inline QList<ExampleVector> loadExampleVectors(const QString& path, QString* error = nullptr)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("cannot open %1").arg(path);
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isArray()) {
        if (error)
            *error = QStringLiteral("%1: not a JSON array (%2)").arg(path, parseError.errorString());
        return {};
    }
    QList<ExampleVector> vectors;
    for (const QJsonValue& v : doc.array()) {
        const QJsonObject o = v.toObject();
        vectors.append({o.value(QStringLiteral("id")).toString(), o.value(QStringLiteral("calc")).toString(),
                        o.value(QStringLiteral("input")).toObject(),
                        o.value(QStringLiteral("expected")).toObject(),
                        o.value(QStringLiteral("basis")).toString()});
    }
    return vectors;
}

// Whether every field of `expected` (recursively) has the same value in `actual`; extra fields in
// `actual` (rule_version, explanation, inputs) are allowed. The first difference goes to *why.
inline bool matchesExpected(const QJsonValue& expected, const QJsonValue& actual, const QString& where,
                            QString* why)
{
    if (expected.isObject()) {
        if (!actual.isObject()) {
            *why = QStringLiteral("%1: expected an object").arg(where);
            return false;
        }
        const QJsonObject e = expected.toObject();
        const QJsonObject a = actual.toObject();
        for (auto it = e.begin(); it != e.end(); ++it) {
            const QString path = where.isEmpty() ? it.key() : where + QLatin1Char('.') + it.key();
            if (!a.contains(it.key())) {
                *why = QStringLiteral("%1: missing in the result").arg(path);
                return false;
            }
            if (!matchesExpected(it.value(), a.value(it.key()), path, why))
                return false;
        }
        return true;
    }
    const bool same = expected.isDouble() && actual.isDouble()
                          ? std::abs(expected.toDouble() - actual.toDouble()) < 1e-9
                          : expected == actual;
    if (!same) {
        *why = QStringLiteral("%1: expected %2, got %3")
                   .arg(where,
                        QString::fromUtf8(QJsonDocument(QJsonArray{expected}).toJson(QJsonDocument::Compact)),
                        QString::fromUtf8(QJsonDocument(QJsonArray{actual}).toJson(QJsonDocument::Compact)));
    }
    return same;
}

} // namespace cb::test
