#include "core/checklist/ItemEvaluation.h"

#include <QJsonArray>

namespace cb::core {

namespace {

QJsonArray texts(const QList<LocalizedText>& list)
{
    QJsonArray a;
    for (const auto& t : list)
        a.append(QJsonObject{{QStringLiteral("en"), t.en}, {QStringLiteral("zh_CN"), t.zhCN}});
    return a;
}

} // namespace

QJsonObject ItemEvaluation::toJson() const
{
    QJsonObject o{{QStringLiteral("item"), itemId},
                  {QStringLiteral("status"), toId(status)},
                  {QStringLiteral("evidence"), evidence},
                  {QStringLiteral("source"), source}};
    if (!reasons.isEmpty())
        o.insert(QStringLiteral("reasons"), texts(reasons));
    if (!notes.isEmpty())
        o.insert(QStringLiteral("notes"), texts(notes));
    if (unverified)
        o.insert(QStringLiteral("unverified"), true);
    if (stale)
        o.insert(QStringLiteral("stale"), true);
    if (prefilled)
        o.insert(QStringLiteral("prefilled"), true);
    return o;
}

} // namespace cb::core
