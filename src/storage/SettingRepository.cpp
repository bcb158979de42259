#include "storage/SettingRepository.h"

#include "storage/SqlSupport.h"

namespace cb::storage {

Result<std::optional<QString>> SettingRepository::value(const QString& key)
{
    auto q = runQuery(m_db, QStringLiteral("SELECT value FROM setting WHERE key = :k"),
                      {{QStringLiteral("k"), key}});
    if (!q.ok())
        return q.error();
    if (!q->next())
        return std::optional<QString>{};
    return std::optional<QString>{q->value(0).toString()};
}

Result<QMap<QString, QString>> SettingRepository::all()
{
    auto q = runQuery(m_db, QStringLiteral("SELECT key, value FROM setting ORDER BY key"));
    if (!q.ok())
        return q.error();
    QMap<QString, QString> out;
    while (q->next())
        out.insert(q->value(0).toString(), q->value(1).toString());
    return out;
}

Status SettingRepository::setValue(const QString& key, const QString& value)
{
    auto u = runQuery(
        m_db, QStringLiteral("UPDATE setting SET value = :v, row_version = row_version + 1 WHERE key = :k"),
        {{QStringLiteral("k"), key}, {QStringLiteral("v"), value}});
    if (!u.ok())
        return u.error();
    if (u->numRowsAffected() == 1)
        return {};
    auto i = runQuery(m_db, QStringLiteral("INSERT INTO setting (key, value) VALUES (:k, :v)"),
                      {{QStringLiteral("k"), key}, {QStringLiteral("v"), value}});
    if (!i.ok())
        return i.error();
    return {};
}

} // namespace cb::storage
