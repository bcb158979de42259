#include "storage/UserRepository.h"

#include "core/Clock.h"
#include "storage/RowCodec.h"
#include "storage/SqlSupport.h"

#include <QCoreApplication>

namespace cb::storage {

namespace {

const QString kColumns = QStringLiteral(
    "id, username, printed_name, roles, disciplines, password_hash, failed_attempts, locked_until, "
    "must_change_password, disabled, is_demo, created_at, row_version");

StoredUser readUser(const QSqlQuery& q)
{
    StoredUser u;
    auto& a = u.account;
    a.identity.id = q.value(0).toLongLong();
    a.identity.username = q.value(1).toString();
    a.identity.printedName = q.value(2).toString();
    a.identity.roles = splitIds(q.value(3).toString(), core::roles());
    a.identity.disciplines = splitIds(q.value(4).toString(), core::disciplines());
    u.passwordHash = q.value(5).toString();
    a.failedAttempts = q.value(6).toInt();
    const QString locked = q.value(7).toString();
    a.lockedUntil = locked.isEmpty() ? QDateTime() : core::fromIsoUtc(locked);
    a.mustChangePassword = q.value(8).toInt() != 0;
    a.disabled = q.value(9).toInt() != 0;
    a.demo = q.value(10).toInt() != 0;
    a.createdAt = core::fromIsoUtc(q.value(11).toString());
    a.rowVersion = q.value(12).toLongLong();
    return u;
}

Status expectOneRow(const QSqlQuery& q)
{
    if (q.numRowsAffected() == 1)
        return {};
    return Error::conflict(QCoreApplication::translate(
        "cb::storage", "Someone else changed this user meanwhile. Reload and apply your change again."));
}

} // namespace

Result<qint64> UserRepository::insert(const core::UserAccount& a, const QString& hash)
{
    auto q = runQuery(m_db,
                      QStringLiteral("INSERT INTO app_user (username, printed_name, roles, disciplines, "
                                     "password_hash, must_change_password, is_demo, created_at) VALUES "
                                     "(:username, :printed, :roles, :disc, :hash, :must, :demo, :created) "
                                     "RETURNING id"),
                      {{QStringLiteral("username"), a.identity.username},
                       {QStringLiteral("printed"), a.identity.printedName},
                       {QStringLiteral("roles"), joinIds(a.identity.roles)},
                       {QStringLiteral("disc"), joinIds(a.identity.disciplines)},
                       {QStringLiteral("hash"), hash},
                       {QStringLiteral("must"), a.mustChangePassword ? 1 : 0},
                       {QStringLiteral("demo"), a.demo ? 1 : 0},
                       {QStringLiteral("created"), core::toIsoUtc(a.createdAt)}});
    if (!q.ok())
        return q.error();
    if (!q->next())
        return Error::failure(QStringLiteral("insert returned no id"));
    return q->value(0).toLongLong();
}

Result<std::optional<StoredUser>> UserRepository::findByUsername(const QString& username)
{
    auto q = runQuery(
        m_db, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM app_user WHERE username = :u"),
        {{QStringLiteral("u"), username}});
    if (!q.ok())
        return q.error();
    if (!q->next())
        return std::optional<StoredUser>{};
    return std::optional<StoredUser>{readUser(*q)};
}

Result<std::optional<StoredUser>> UserRepository::findById(qint64 id)
{
    auto q =
        runQuery(m_db, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM app_user WHERE id = :id"),
                 {{QStringLiteral("id"), id}});
    if (!q.ok())
        return q.error();
    if (!q->next())
        return std::optional<StoredUser>{};
    return std::optional<StoredUser>{readUser(*q)};
}

Result<QList<core::UserAccount>> UserRepository::list()
{
    auto q = runQuery(m_db, QStringLiteral("SELECT ") + kColumns +
                                QStringLiteral(" FROM app_user ORDER BY username"));
    if (!q.ok())
        return q.error();
    QList<core::UserAccount> out;
    while (q->next())
        out << readUser(*q).account;
    return out;
}

Result<qint64> UserRepository::count()
{
    auto q = runQuery(m_db, QStringLiteral("SELECT COUNT(*) FROM app_user"));
    if (!q.ok())
        return q.error();
    q->next();
    return q->value(0).toLongLong();
}

Result<std::optional<int>> UserRepository::beginLoginAttempt(qint64 id, const QDateTime& now, int maxAttempts,
                                                             const QDateTime& lockUntil)
{
    // The WHERE clause is evaluated again on the locked row (PostgreSQL, read committed) or under
    // the database's write lock (SQLite): two clients never both see the last free attempt. The
    // count starts again at the lock, as it did when a wrong password was counted after the check.
    auto q = runQuery(m_db,
                      QStringLiteral("UPDATE app_user SET "
                                     "failed_attempts = CASE WHEN failed_attempts + 1 >= :max THEN 0 "
                                     "ELSE failed_attempts + 1 END, "
                                     "locked_until = CASE WHEN failed_attempts + 1 >= :max THEN :until "
                                     "ELSE NULL END, row_version = row_version + 1 "
                                     "WHERE id = :id AND (locked_until IS NULL OR locked_until <= :now) "
                                     "RETURNING failed_attempts, locked_until"),
                      {{QStringLiteral("max"), maxAttempts},
                       {QStringLiteral("until"), core::toIsoUtc(lockUntil)},
                       {QStringLiteral("id"), id},
                       {QStringLiteral("now"), core::toIsoUtc(now)}});
    if (!q.ok())
        return q.error();
    if (!q->next())
        return std::optional<int>{};
    // the attempt that set the lock is the last one allowed (the count starts again after it)
    return std::optional<int>(q->value(1).isNull() || q->value(1).toString().isEmpty() ? q->value(0).toInt()
                                                                                       : maxAttempts);
}

Status UserRepository::clearLoginState(qint64 id)
{
    auto q = runQuery(m_db,
                      QStringLiteral("UPDATE app_user SET failed_attempts = 0, locked_until = NULL, "
                                     "row_version = row_version + 1 WHERE id = :id"),
                      {{QStringLiteral("id"), id}});
    if (!q.ok())
        return q.error();
    return expectOneRow(*q);
}

Status UserRepository::updateLoginState(qint64 id, qint64 v, int failed, const QDateTime& lockedUntil)
{
    auto q = runQuery(m_db,
                      QStringLiteral("UPDATE app_user SET failed_attempts = :f, locked_until = :l, "
                                     "row_version = row_version + 1 WHERE id = :id AND row_version = :v"),
                      {{QStringLiteral("f"), failed},
                       {QStringLiteral("l"), lockedUntil.isValid() ? QVariant(core::toIsoUtc(lockedUntil))
                                                                   : QVariant(QMetaType(QMetaType::QString))},
                       {QStringLiteral("id"), id},
                       {QStringLiteral("v"), v}});
    if (!q.ok())
        return q.error();
    return expectOneRow(*q);
}

Status UserRepository::updatePassword(qint64 id, qint64 v, const QString& hash, bool mustChange)
{
    auto q =
        runQuery(m_db,
                 QStringLiteral("UPDATE app_user SET password_hash = :h, must_change_password = :m, "
                                "failed_attempts = 0, locked_until = NULL, row_version = row_version + 1 "
                                "WHERE id = :id AND row_version = :v"),
                 {{QStringLiteral("h"), hash},
                  {QStringLiteral("m"), mustChange ? 1 : 0},
                  {QStringLiteral("id"), id},
                  {QStringLiteral("v"), v}});
    if (!q.ok())
        return q.error();
    return expectOneRow(*q);
}

Status UserRepository::updateDisabled(qint64 id, qint64 v, bool disabled)
{
    auto q = runQuery(
        m_db,
        QStringLiteral("UPDATE app_user SET disabled = :d, row_version = row_version + 1 "
                       "WHERE id = :id AND row_version = :v"),
        {{QStringLiteral("d"), disabled ? 1 : 0}, {QStringLiteral("id"), id}, {QStringLiteral("v"), v}});
    if (!q.ok())
        return q.error();
    return expectOneRow(*q);
}

Status UserRepository::updateProfile(qint64 id, qint64 v, const core::UserAccount& a)
{
    auto q = runQuery(m_db,
                      QStringLiteral("UPDATE app_user SET printed_name = :p, roles = :r, disciplines = :d, "
                                     "row_version = row_version + 1 WHERE id = :id AND row_version = :v"),
                      {{QStringLiteral("p"), a.identity.printedName},
                       {QStringLiteral("r"), joinIds(a.identity.roles)},
                       {QStringLiteral("d"), joinIds(a.identity.disciplines)},
                       {QStringLiteral("id"), id},
                       {QStringLiteral("v"), v}});
    if (!q.ok())
        return q.error();
    return expectOneRow(*q);
}

} // namespace cb::storage
