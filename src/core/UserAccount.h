#pragma once

#include "core/UserIdentity.h"

#include <QDateTime>

namespace cb::core {

// A user as administrators see it. The password hash stays below the services layer.
struct UserAccount
{
    UserIdentity identity;
    bool disabled = false;
    int failedAttempts = 0;
    QDateTime lockedUntil; // UTC; invalid when not locked
    bool mustChangePassword = false;
    bool demo = false;
    QDateTime createdAt;
    qint64 rowVersion = 0;

    bool isLockedAt(const QDateTime& nowUtc) const { return lockedUntil.isValid() && nowUtc < lockedUntil; }
};

} // namespace cb::core
