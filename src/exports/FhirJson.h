#pragma once

#include "core/PartialDate.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace cb::exports {

// Small builders of FHIR R4 JSON datatypes, so the resource mappings read like the resources.
// Empty strings are left out (FHIR forbids empty values).
class FhirJson
{
public:
    static QJsonObject coding(const QString& system, const QString& code, const QString& display = {});
    // A CodeableConcept of one or more codings and a text.
    static QJsonObject codeable(const QJsonArray& codings, const QString& text = {});
    static QJsonObject codeable(const QJsonObject& coding, const QString& text = {});
    static QJsonObject textCodeable(const QString& text);
    static QJsonObject reference(const QString& url, const QString& display = {});
    static QJsonObject displayReference(const QString& display);
    static QJsonObject entry(const QString& fullUrl, const QJsonObject& resource);
    // An extension with one value: `valueKey` is valueBoolean, valueCode, valueString …
    static QJsonObject extension(const QString& url, const QString& valueKey, const QJsonValue& value);
    // dataAbsentReason "unknown" (a value stated as unknown is never left blank, INTAKE §1).
    static QJsonObject unknown();
    // Sets `key` only when `value` is not empty.
    static void put(QJsonObject& o, const QString& key, const QString& value);
    // Sets a date `key` as precise as it was recorded ("2019", "2019-03", "2019-03-14"); an
    // estimated date carries CellBoard's extension "estimated" on the primitive (`_key`).
    static void putDate(QJsonObject& o, const QString& key, const core::PartialDate& date);
    // A narrative div (XHTML) of paragraphs, escaped.
    static QJsonObject narrative(const QStringList& paragraphs);
};

} // namespace cb::exports
