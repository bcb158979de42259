#include "core/checklist/ChecklistTemplate.h"

namespace cb::core {

const ChecklistItem* ChecklistTemplate::item(const QString& id) const
{
    for (const auto& i : items)
        if (i.id == id)
            return &i;
    return nullptr;
}

ChecklistTemplate ChecklistTemplate::forIndication(const QString& indication) const
{
    ChecklistTemplate asked = *this;
    asked.items.clear();
    for (const auto& i : items)
        if (i.appliesTo(indication))
            asked.items << i;
    return asked;
}

QStringList ChecklistTemplate::specIds() const
{
    QStringList ids;
    for (const auto& i : items)
        if (!ids.contains(i.specId))
            ids << i.specId;
    return ids;
}

} // namespace cb::core
