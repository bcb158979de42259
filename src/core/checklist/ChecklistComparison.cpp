#include "core/checklist/ChecklistComparison.h"

#include <array>
#include <cmath>

namespace cb::core {

namespace {

struct OpName
{
    ComparisonOp op;
    const char* id;
};

constexpr std::array kOps{
    OpName{ComparisonOp::Less, "<"},
    OpName{ComparisonOp::LessOrEqual, "<="},
    OpName{ComparisonOp::Greater, ">"},
    OpName{ComparisonOp::GreaterOrEqual, ">="},
    OpName{ComparisonOp::Equal, "=="},
    OpName{ComparisonOp::NotEqual, "!="},
    OpName{ComparisonOp::In, "in"},
    OpName{ComparisonOp::NotIn, "not_in"},
    OpName{ComparisonOp::LessThanBefore, "less_than_before"},
    OpName{ComparisonOp::Label, "label"},
};

constexpr double kEpsilon = 1e-9;

bool numberMatches(ComparisonOp op, double value, double threshold)
{
    switch (op) {
    case ComparisonOp::Less:
        return value < threshold;
    case ComparisonOp::LessOrEqual:
        return value <= threshold;
    case ComparisonOp::Greater:
        return value > threshold;
    case ComparisonOp::GreaterOrEqual:
        return value >= threshold;
    case ComparisonOp::Equal:
        return std::abs(value - threshold) < kEpsilon;
    case ComparisonOp::NotEqual:
        return std::abs(value - threshold) >= kEpsilon;
    default:
        return false;
    }
}

} // namespace

bool ChecklistComparison::matches(const ChecklistValue& value, const QDate& referenceDate) const
{
    switch (value.type) {
    case ChecklistItemType::Number:
        return numberMatches(op, value.number, number);
    case ChecklistItemType::Bool:
        if (op == ComparisonOp::Equal)
            return value.flag == flag;
        if (op == ComparisonOp::NotEqual)
            return value.flag != flag;
        return false;
    case ChecklistItemType::Choice:
        if (op == ComparisonOp::In)
            return values.contains(value.text);
        if (op == ComparisonOp::NotIn)
            return !values.contains(value.text);
        return false;
    case ChecklistItemType::Date:
        if (op != ComparisonOp::LessThanBefore || !value.date.isValid() || !referenceDate.isValid())
            return false;
        return static_cast<double>(value.date.daysTo(referenceDate)) < amountInDays() - kEpsilon;
    case ChecklistItemType::Text:
        return false;
    }
    return false;
}

double ChecklistComparison::amountInDays() const
{
    switch (unit) {
    case DurationUnit::Hours:
        return number / 24.0;
    case DurationUnit::Days:
        return number;
    case DurationUnit::Weeks:
        return number * 7.0;
    }
    return number;
}

bool ChecklistComparison::fitsType(ChecklistItemType type) const
{
    switch (op) {
    case ComparisonOp::Less:
    case ComparisonOp::LessOrEqual:
    case ComparisonOp::Greater:
    case ComparisonOp::GreaterOrEqual:
        return type == ChecklistItemType::Number;
    case ComparisonOp::Equal:
    case ComparisonOp::NotEqual:
        return type == ChecklistItemType::Number || type == ChecklistItemType::Bool;
    case ComparisonOp::In:
    case ComparisonOp::NotIn:
        return type == ChecklistItemType::Choice;
    case ComparisonOp::LessThanBefore:
        return type == ChecklistItemType::Date;
    case ComparisonOp::Label:
        return type == ChecklistItemType::Choice || type == ChecklistItemType::Number ||
               type == ChecklistItemType::Bool;
    }
    return false;
}

QString ChecklistComparison::opId(ComparisonOp op)
{
    for (const auto& o : kOps)
        if (o.op == op)
            return QString::fromLatin1(o.id);
    return {};
}

std::optional<ComparisonOp> ChecklistComparison::opFromId(const QString& id)
{
    for (const auto& o : kOps)
        if (id == QLatin1String(o.id))
            return o.op;
    return std::nullopt;
}

QString ChecklistComparison::unitId(DurationUnit unit)
{
    switch (unit) {
    case DurationUnit::Hours:
        return QStringLiteral("hours");
    case DurationUnit::Days:
        return QStringLiteral("days");
    case DurationUnit::Weeks:
        return QStringLiteral("weeks");
    }
    return {};
}

std::optional<DurationUnit> ChecklistComparison::unitFromId(const QString& id)
{
    if (id == QLatin1String("hours"))
        return DurationUnit::Hours;
    if (id == QLatin1String("days"))
        return DurationUnit::Days;
    if (id == QLatin1String("weeks"))
        return DurationUnit::Weeks;
    return std::nullopt;
}

} // namespace cb::core
