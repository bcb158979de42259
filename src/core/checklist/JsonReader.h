#pragma once

#include "core/Result.h"
#include "core/checklist/LocalizedText.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace cb::core {

// Typed reads from the JSON of a data file (a checklist template, the product labels) that keep
// the first problem as a message naming the document and the place in it, e.g.
// "Checklist template hematology.json, item HEM-09, rule 2: unknown status \"bad\"".
class JsonReader
{
public:
    explicit JsonReader(QString document);

    bool ok() const { return m_problem.isEmpty(); }
    void fail(const QString& where, const QString& problem);
    cb::Error error() const;

    // Fails on any key not in `allowed` (catches misspelt keys such as "valeu").
    void allowOnly(const QJsonObject& o, const QStringList& allowed, const QString& where);

    QString string(const QJsonObject& o, const QString& key, const QString& where);
    std::optional<QString> optionalString(const QJsonObject& o, const QString& key, const QString& where);
    double number(const QJsonObject& o, const QString& key, const QString& where);
    std::optional<double> optionalNumber(const QJsonObject& o, const QString& key, const QString& where);
    std::optional<int> optionalInteger(const QJsonObject& o, const QString& key, const QString& where);
    bool boolean(const QJsonObject& o, const QString& key, const QString& where, bool fallback);
    QDate date(const QJsonObject& o, const QString& key, const QString& where);
    LocalizedText text(const QJsonObject& o, const QString& key, const QString& where);
    std::optional<LocalizedText> optionalText(const QJsonObject& o, const QString& key, const QString& where);
    QJsonArray array(const QJsonObject& o, const QString& key, const QString& where, bool required);
    QJsonObject object(const QJsonObject& o, const QString& key, const QString& where);
    QStringList stringList(const QJsonObject& o, const QString& key, const QString& where);
    // V, V2, U or CONV (SPEC §0); also checks that an evidence of U comes with unverified: true.
    QString evidence(const QJsonObject& o, const QString& where, bool* unverified);

    LocalizedText textValue(const QJsonValue& v, const QString& where);

private:
    QString m_document;
    QString m_problem;
};

} // namespace cb::core
