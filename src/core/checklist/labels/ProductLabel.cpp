#include "core/checklist/labels/ProductLabel.h"

#include "core/StableId.h"

namespace cb::core {

bool ProductLabel::isNamed(const QString& idOrAlias) const
{
    const QString key = normaliseId(idOrAlias);
    if (key.isEmpty())
        return false;
    if (key == normaliseId(id) || key == normaliseId(brand))
        return true;
    for (const QString& a : aliases)
        if (key == normaliseId(a))
            return true;
    return false;
}

} // namespace cb::core
