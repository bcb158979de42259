#pragma once

#include "core/Result.h"
#include "core/grading/GradingOptions.h"

#include <QJsonObject>
#include <QStringList>

namespace cb::core {

// Runs one calculator by name on a JSON input object: the entry point of `cellboard-cli grade`.
class JsonCalculator
{
public:
    struct Output
    {
        QJsonObject result;
        QStringList ignoredFields; // input fields present but not understood (not an error)
    };

    // "crs", "icans", "ice", "hematotox".
    static QStringList names();
    // The calculator's canonical name (case-insensitive), or a bad-input error naming "calculator".
    static Result<QString> resolve(const QString& name);
    static Result<Output> run(const QString& name, const QJsonObject& input,
                              const GradingOptions& options = {});
};

} // namespace cb::core
