#pragma once

#include "core/checklist/ChecklistItemType.h"
#include "core/checklist/ChecklistValue.h"

#include <QDate>
#include <QStringList>
#include <optional>

namespace cb::core {

// The operators a template may use, with their ids in JSON:
//   number: "<" "<=" ">" ">=" "==" "!="      bool: "==" "!="      choice: "in" "not_in"
//   date:   "less_than_before" (the date lies less than N hours/days/weeks before the reference date)
//   "label": the product label decides (HEM-01/02/03); see ProductLabelRules.
enum class ComparisonOp {
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    Equal,
    NotEqual,
    In,
    NotIn,
    LessThanBefore,
    Label
};
enum class DurationUnit { Hours, Days, Weeks };

struct ChecklistComparison
{
    ComparisonOp op = ComparisonOp::Equal;
    double number = 0.0; // threshold for numbers; amount for less_than_before
    bool flag = false;   // bool == / !=
    QStringList values;  // choice ids for in / not_in
    DurationUnit unit = DurationUnit::Days;
    QString labelCheck; // "indication", "prior_lines" or "exposure" when op is Label

    // Whether `value` satisfies the comparison; `referenceDate` is used by less_than_before only.
    // Always false for Label (the engine asks the product label rules instead).
    bool matches(const ChecklistValue& value, const QDate& referenceDate) const;

    // The less_than_before amount in days (72 hours = 3 days: dates carry no time of day).
    double amountInDays() const;

    // Whether the operator may be used with an item of `type`.
    bool fitsType(ChecklistItemType type) const;

    static QString opId(ComparisonOp op);
    static std::optional<ComparisonOp> opFromId(const QString& id);
    static QString unitId(DurationUnit unit);
    static std::optional<DurationUnit> unitFromId(const QString& id);
};

} // namespace cb::core
