#pragma once

#include "core/Result.h"
#include "core/grading/HematotoxTypes.h"

#include <QJsonObject>
#include <QStringList>

namespace cb::core {

// CAR-HEMATOTOX input and result as JSON. Each lab is given in the score's unit (SPEC §8 names) or in
// one alternative unit that is converted: platelets_per_ul, anc_10e9_per_l, hemoglobin_g_l, crp_mg_l.
// The result carries the normalised inputs under "inputs".
class HematotoxJson
{
public:
    static Result<HematotoxInput> parse(const QJsonObject& json, QStringList* ignored = nullptr);
    static QJsonObject toJson(const HematotoxResult& result);
    static QJsonObject inputsToJson(const HematotoxInput& input);
};

} // namespace cb::core
