#include "core/checklist/ChecklistItem.h"

namespace cb::core {

const ChecklistOption* ChecklistItem::option(const QString& optionId) const
{
    for (const auto& o : options)
        if (o.id == optionId)
            return &o;
    return nullptr;
}

bool ChecklistItem::appliesTo(const QString& indication) const
{
    return indications.isEmpty() || indication.isEmpty() || indications.contains(indication);
}

bool ChecklistItem::isStale(const QDate& valueDate, const QDate& referenceDate) const
{
    if (!freshnessDays || !valueDate.isValid() || !referenceDate.isValid())
        return false;
    return valueDate.daysTo(referenceDate) > *freshnessDays;
}

const ChecklistRule* ChecklistItem::labelRule() const
{
    for (const auto& r : rules)
        if (r.comparison.op == ComparisonOp::Label)
            return &r;
    return nullptr;
}

} // namespace cb::core
