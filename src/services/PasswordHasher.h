#pragma once

#include "core/Result.h"

#include <QString>

namespace cb::services {

// Argon2id password hashes through libsodium (crypto_pwhash_str_alg, interactive limits:
// about 64 MiB and two passes). The stored string carries its own parameters, so raising the
// cost later still verifies old hashes.
class PasswordHasher
{
public:
    // Cost::Demo is for demo accounts only: their password is published in the README, so an
    // expensive hash protects nothing and only slows the demo and the tests down.
    enum class Cost { Interactive, Demo };
    static Result<QString> hash(const QString& password, Cost cost = Cost::Interactive);
    static bool verify(const QString& storedHash, const QString& password);
    // A random password of letters and digits for temporary passwords.
    static QString randomPassword(int length = 16);
    // Why a new password is not acceptable, or an empty string when it is.
    static QString weakness(const QString& password);
    static constexpr int kMinimumLength = 12;
};

} // namespace cb::services
