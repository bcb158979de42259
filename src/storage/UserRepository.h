#pragma once

#include "core/Result.h"
#include "core/UserAccount.h"

#include <QList>
#include <optional>

namespace cb::storage {

class Database;

struct StoredUser
{
    core::UserAccount account;
    QString passwordHash; // libsodium Argon2id string
};

class UserRepository
{
public:
    explicit UserRepository(Database& db) : m_db(db) {}

    Result<qint64> insert(const core::UserAccount& account, const QString& passwordHash);
    Result<std::optional<StoredUser>> findByUsername(const QString& username);
    Result<std::optional<StoredUser>> findById(qint64 id);
    Result<QList<core::UserAccount>> list();
    Result<qint64> count();

    // One password check begins: counts it at once, in one statement, so parallel clients cannot
    // check more than `maxAttempts` passwords between two lockouts. The attempt that reaches
    // `maxAttempts` also sets the lock (until `lockUntil`) and starts the count again; a
    // successful check clears both (updateLoginState). Returns the attempt's number, or nothing when the
    // account is locked at `now` (no check may begin).
    Result<std::optional<int>> beginLoginAttempt(qint64 id, const QDateTime& now, int maxAttempts,
                                                 const QDateTime& lockUntil);

    // A password was right: no failed attempts and no lock, whatever parallel attempts counted.
    Status clearLoginState(qint64 id);

    // Optimistic updates: fail with Conflict when the row changed since it was read.
    Status updateLoginState(qint64 id, qint64 rowVersion, int failedAttempts, const QDateTime& lockedUntil);
    Status updatePassword(qint64 id, qint64 rowVersion, const QString& hash, bool mustChange);
    Status updateDisabled(qint64 id, qint64 rowVersion, bool disabled);
    Status updateProfile(qint64 id, qint64 rowVersion, const core::UserAccount& account);

private:
    Database& m_db;
};

} // namespace cb::storage
