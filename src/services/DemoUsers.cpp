#include "services/DemoUsers.h"

#include "storage/UserRepository.h"

namespace cb::services {

Result<core::UserIdentity> DemoUsers::byName(const QString& username)
{
    if (auto it = m_users.constFind(username); it != m_users.cend())
        return *it;
    auto found = storage::UserRepository(m_db).findByUsername(username);
    if (!found.ok())
        return found.error();
    if (!found->has_value())
        return Error::badInput(tr("The demo data names an unknown user \"%1\".").arg(username));
    m_users.insert(username, (*found)->account.identity);
    return (*found)->account.identity;
}

} // namespace cb::services
