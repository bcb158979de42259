#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "core/UserIdentity.h"

#include <QCoreApplication>
#include <QDateTime>

namespace cb::storage {
class Database;
}

namespace cb::services {

struct LoginResult
{
    core::UserIdentity user;
    bool mustChangePassword = false;
};

// Logging in, re-entering the password (lock screen, signatures), changing it. Ten wrong
// passwords in a row lock the account for fifteen minutes. Every outcome is audited.
class AuthService
{
    Q_DECLARE_TR_FUNCTIONS(cb::services::AuthService)
public:
    static constexpr int kMaxFailedAttempts = 10;
    static constexpr int kLockoutMinutes = 15;

    AuthService(storage::Database& db, const core::Clock& clock) : m_db(db), m_clock(clock) {}

    Result<LoginResult> login(const QString& username, const QString& password);
    // The lock screen: the same user proves it is still them.
    Status unlockSession(const core::UserIdentity& user, const QString& password);
    Status changePassword(const core::UserIdentity& user, const QString& oldPassword,
                          const QString& newPassword);
    void recordLogout(const core::UserIdentity& user);
    void recordSessionLocked(const core::UserIdentity& user);
    // Whether the database holds no user yet (first run).
    Result<bool> needsFirstAdministrator();
    // A second person approves an act in the same act with their username and password (an
    // administrator approving a coordinator's patient merge): the checks of a login (unknown,
    // disabled or locked account; a wrong password counts towards the lockout), audited on their
    // account as `approval.confirm` or `approval.failure`. An account that must choose a new
    // password first cannot approve. The password is never logged.
    Result<core::UserIdentity> confirmApproval(const QString& username, const QString& password);

private:
    Result<LoginResult> authenticate(const QString& username, const QString& password,
                                     const QString& successAction,
                                     const QString& failureAction = QStringLiteral("login.failure"));

    storage::Database& m_db;
    const core::Clock& m_clock;
};

} // namespace cb::services
