#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "core/UserAccount.h"

#include <QCoreApplication>
#include <QList>

namespace cb::storage {
class Database;
}

namespace cb::services {

struct NewUser
{
    QString username;
    QString printedName;
    QList<core::Role> roles;
    QList<core::Discipline> disciplines;
    QString password;
    bool mustChangePassword = true;
    bool demo = false;
};

// User administration. Only administrators manage users, except the very first user of an
// empty database, who must be an administrator. Usernames are never reused.
class UserService
{
    Q_DECLARE_TR_FUNCTIONS(cb::services::UserService)
public:
    UserService(storage::Database& db, const core::Clock& clock) : m_db(db), m_clock(clock) {}

    // actor may be an invalid identity only when the database has no user yet.
    Result<qint64> addUser(const core::UserIdentity& actor, const NewUser& user);
    Result<QList<core::UserAccount>> listUsers(const core::UserIdentity& actor);
    Status disableUser(const core::UserIdentity& actor, const QString& username);
    Status unlockUser(const core::UserIdentity& actor, const QString& username);
    // Sets a temporary password the user must change at the next login.
    Status resetPassword(const core::UserIdentity& actor, const QString& username,
                         const QString& temporaryPassword);

    static QString usernameProblem(const QString& username);

private:
    Status requireAdministrator(const core::UserIdentity& actor, const QString& what);

    storage::Database& m_db;
    const core::Clock& m_clock;
};

} // namespace cb::services
