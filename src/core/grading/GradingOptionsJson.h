#pragma once

#include "core/Result.h"
#include "core/grading/GradingOptions.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace cb::core {

// The grading conventions as the setting `grading.conventions` stores them and as the stored
// grading outputs record them (which conventions were applied):
//   {"vasopressin_alone_grade": 3, "inotropes_count_as_vasopressors": false,
//    "hematotox_ties": {"platelets_at_75": "lower_risk", "platelets_at_175": "higher_risk",
//                       "anc_at_1200": "higher_risk", "hemoglobin_at_9": "higher_risk",
//                       "crp_at_3": "higher_risk", "ferritin_at_650": "higher_risk",
//                       "ferritin_at_2000": "lower_risk"}}
// A key left out keeps the SPEC default; an unknown key or value is refused, naming it.
class GradingOptionsJson
{
    Q_DECLARE_TR_FUNCTIONS(cb::core::GradingOptionsJson)
public:
    static Result<GradingOptions> parse(const QString& text);
    static Result<GradingOptions> fromJson(const QJsonObject& json);
    static QJsonObject toJson(const GradingOptions& options);
    static QJsonObject tiesToJson(const HematotoxTies& ties);
    // The compact JSON text of the options (what the setting stores).
    static QString toText(const GradingOptions& options);
};

} // namespace cb::core
