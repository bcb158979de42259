#pragma once

#include "core/Result.h"

#include <QMap>
#include <QString>
#include <optional>

namespace cb::storage {

class Database;

// Program-wide settings (institution, quorum disciplines, idle-lock minutes …) as key/value text.
class SettingRepository
{
public:
    explicit SettingRepository(Database& db) : m_db(db) {}

    Result<std::optional<QString>> value(const QString& key);
    Result<QMap<QString, QString>> all();
    // Inserts or updates (portable: UPDATE, then INSERT when no row).
    Status setValue(const QString& key, const QString& value);

private:
    Database& m_db;
};

} // namespace cb::storage
