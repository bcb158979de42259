#pragma once

#include "core/Result.h"
#include "core/UserIdentity.h"

#include <QCoreApplication>
#include <QHash>

namespace cb::storage {
class Database;
}

namespace cb::services {

// The demo program's users by user name, for the demo loaders (reviews, pathway, meetings) that
// replay actions as those users; looked up once each.
class DemoUsers
{
    Q_DECLARE_TR_FUNCTIONS(cb::services::DemoUsers)
public:
    explicit DemoUsers(storage::Database& db) : m_db(db) {}
    // BadInput naming the user when the demo data names one that does not exist.
    Result<core::UserIdentity> byName(const QString& username);

private:
    storage::Database& m_db;
    QHash<QString, core::UserIdentity> m_users;
};

} // namespace cb::services
