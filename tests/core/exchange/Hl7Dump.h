#pragma once

#include "core/exchange/Hl7FacilityZones.h"
#include "core/exchange/Hl7LabMessage.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace cb::test {

// The values of a lab message as plain JSON, the shape tests/hl7/crosscheck.js prints from the
// independent hl7v2 parser: ids, codes, values as text, units, statuses, timestamps in UTC (or the
// day) with the sending facility's zone from `zones`. Numbers as text (15 significant digits).
QJsonObject dumpLabMessage(const core::Hl7LabMessage& m, const core::Hl7FacilityZones& zones);
// Every message of a file: {"messages": [...]} with {"error": "..."} for a refused one.
QJsonObject dumpFile(const QByteArray& bytes, const core::Hl7FacilityZones& zones);
// The value at a path such as "messages/0/results/2/text" (array indexes as numbers), as text;
// "<missing>" when the path names nothing.
QString valueAt(const QJsonObject& root, const QString& path);

} // namespace cb::test
