#include "core/checklist/ChecklistEvaluation.h"

#include <QJsonArray>

namespace cb::core {

ChecklistStatus ChecklistEvaluation::overall() const
{
    ChecklistStatus worst = ChecklistStatus::Ok;
    for (const auto& i : items)
        worst = worseOf(worst, i.status);
    return worst;
}

int ChecklistEvaluation::count(ChecklistStatus status) const
{
    int n = 0;
    for (const auto& i : items)
        n += i.status == status ? 1 : 0;
    return n;
}

const ItemEvaluation* ChecklistEvaluation::item(const QString& itemId) const
{
    for (const auto& i : items)
        if (i.itemId == itemId)
            return &i;
    return nullptr;
}

QStringList ChecklistEvaluation::itemIds(ChecklistStatus status) const
{
    QStringList ids;
    for (const auto& i : items)
        if (i.status == status)
            ids << i.itemId;
    return ids;
}

QStringList ChecklistEvaluation::staleItemIds() const
{
    QStringList ids;
    for (const auto& i : items)
        if (i.stale)
            ids << i.itemId;
    return ids;
}

QJsonObject ChecklistEvaluation::toJson() const
{
    QJsonArray list;
    for (const auto& i : items)
        list.append(i.toJson());
    QJsonObject o{{QStringLiteral("discipline"), discipline},
                  {QStringLiteral("template_version"), templateVersion},
                  {QStringLiteral("reference_date"), referenceDate.toString(Qt::ISODate)},
                  {QStringLiteral("overall"), toId(overall())},
                  {QStringLiteral("items"), list}};
    if (!labelVersion.isEmpty())
        o.insert(QStringLiteral("label_version"), labelVersion);
    return o;
}

} // namespace cb::core
