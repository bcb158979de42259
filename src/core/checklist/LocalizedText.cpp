#include "core/checklist/LocalizedText.h"

namespace cb::core {

QString LocalizedText::text(const QString& language) const
{
    if (language.startsWith(QLatin1String("zh"), Qt::CaseInsensitive) && !zhCN.isEmpty())
        return zhCN;
    return en;
}

} // namespace cb::core
