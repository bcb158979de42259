#pragma once

#include "core/Result.h"
#include "core/grading/IceTypes.h"

#include <QJsonObject>
#include <QStringList>

namespace cb::core {

// ICE input and result as JSON. `arousable` is required; when it is false the items may be omitted.
class IceJson
{
public:
    static Result<IceInput> parse(const QJsonObject& json, QStringList* ignored = nullptr);
    static QJsonObject toJson(const IceResult& result);
};

} // namespace cb::core
