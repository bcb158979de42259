#pragma once

#include "core/Result.h"
#include "core/grading/CrsTypes.h"

#include <QJsonObject>
#include <QStringList>

namespace cb::core {

// CRS input and result as JSON (SPEC §8 field names; result fields of examples.json).
// The temperature is `temperature_c`, or `temperature_f` converted to °C (exactly one of them).
class CrsJson
{
public:
    // Fields present but not understood are listed in *ignored (when given), not rejected.
    static Result<CrsInput> parse(const QJsonObject& json, QStringList* ignored = nullptr);
    static QJsonObject toJson(const CrsResult& result);
};

} // namespace cb::core
