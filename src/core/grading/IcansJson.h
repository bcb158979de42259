#pragma once

#include "core/Result.h"
#include "core/grading/IcansTypes.h"

#include <QJsonObject>
#include <QStringList>

namespace cb::core {

// ICANS input and result as JSON. For ages >12, `ice_score` (0-10 or null) and
// `ice_unable_unarousable` are required; for ages ≤12 the optional `capd_score`/`capd_unable` apply.
class IcansJson
{
public:
    static Result<IcansInput> parse(const QJsonObject& json, QStringList* ignored = nullptr);
    static QJsonObject toJson(const IcansResult& result);
};

} // namespace cb::core
