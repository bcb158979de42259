#include "services/UserService.h"

#include "core/PermissionPolicy.h"
#include "platform/Logging.h"
#include "services/AuditTrail.h"
#include "services/PasswordHasher.h"
#include "storage/Transaction.h"
#include "storage/UserRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace cb::services {

namespace {

QJsonArray ids(const auto& list)
{
    QJsonArray a;
    for (const auto v : list)
        a << core::toId(v);
    return a;
}

} // namespace

QString UserService::usernameProblem(const QString& username)
{
    static const QRegularExpression re(QStringLiteral("^[a-z][a-z0-9._-]{1,31}$"));
    if (!re.match(username).hasMatch())
        return tr(
            "A username is 2 to 32 characters: lower-case letters, digits, '.', '_' or '-', starting with a "
            "letter.");
    return {};
}

Status UserService::requireAdministrator(const core::UserIdentity& actor, const QString& what)
{
    return AuditTrail(m_db, m_clock)
        .recordDenial(actor, core::PermissionPolicy::check(actor, core::Action::ManageUsers), what,
                      QStringLiteral("app_user"));
}

Result<qint64> UserService::addUser(const core::UserIdentity& actor, const NewUser& u)
{
    storage::UserRepository repo(m_db);
    auto count = repo.count();
    if (!count.ok())
        return count.error();
    const bool firstUser = *count == 0;
    if (!firstUser) {
        if (auto st = requireAdministrator(actor, QStringLiteral("user.add")); !st.ok())
            return st.error();
    } else if (!u.roles.contains(core::Role::Administrator)) {
        return Error::badInput(tr("The first user of a new database must be an administrator "
                                  "(--role administrator)."));
    }
    const QString username = u.username.trimmed().toLower();
    if (const QString why = usernameProblem(username); !why.isEmpty())
        return Error::badInput(why);
    if (u.printedName.trimmed().isEmpty())
        return Error::badInput(tr("The printed name is required: it appears on signatures."));
    if (u.roles.isEmpty())
        return Error::badInput(tr("Give the user at least one role."));
    if (u.roles.contains(core::Role::Specialist) && u.disciplines.isEmpty())
        return Error::badInput(tr("A specialist needs a discipline (--discipline)."));
    if (!u.disciplines.isEmpty() && !u.roles.contains(core::Role::Specialist) &&
        !u.roles.contains(core::Role::BoardChair))
        return Error::badInput(tr("Only specialists and board chairs have a discipline."));
    if (!u.demo) {
        if (const QString why = PasswordHasher::weakness(u.password); !why.isEmpty())
            return Error::badInput(why);
    } else if (u.password.size() < PasswordHasher::kMinimumLength) {
        return Error::badInput(
            tr("The demo password needs at least %1 characters.").arg(PasswordHasher::kMinimumLength));
    }
    auto existing = repo.findByUsername(username);
    if (!existing.ok())
        return existing.error();
    if (existing->has_value())
        return Error::conflict(
            tr("The username \"%1\" is taken. Usernames are never reused, even after an account "
               "is disabled: choose another.")
                .arg(username));
    auto hash = PasswordHasher::hash(u.password,
                                     u.demo ? PasswordHasher::Cost::Demo : PasswordHasher::Cost::Interactive);
    if (!hash.ok())
        return hash.error();

    core::UserAccount account;
    account.identity.username = username;
    account.identity.printedName = u.printedName.trimmed();
    account.identity.roles = u.roles;
    account.identity.disciplines = u.disciplines;
    account.mustChangePassword = u.mustChangePassword;
    account.demo = u.demo;
    account.createdAt = m_clock.nowUtc();

    storage::Transaction tx(m_db);
    if (!tx.ok())
        return tx.status().error();
    auto id = repo.insert(account, *hash);
    if (!id.ok())
        return id.error();
    core::UserIdentity who = actor;
    if (firstUser) {
        who = account.identity;
        who.id = *id;
    }
    if (auto st =
            AuditTrail(m_db, m_clock)
                .record(who, QStringLiteral("user.add"), QStringLiteral("app_user"), QString::number(*id), {},
                        {{QStringLiteral("username"), username},
                         {QStringLiteral("printed_name"), account.identity.printedName},
                         {QStringLiteral("roles"), ids(u.roles)},
                         {QStringLiteral("disciplines"), ids(u.disciplines)}});
        !st.ok())
        return st.error();
    if (auto st = tx.commit(); !st.ok())
        return st.error();
    CB_LOG_INFO("user {} added", *id);
    return *id;
}

Result<QList<core::UserAccount>> UserService::listUsers(const core::UserIdentity& actor)
{
    if (auto st = requireAdministrator(actor, QStringLiteral("user.list")); !st.ok())
        return st.error();
    return storage::UserRepository(m_db).list();
}

namespace {

Result<storage::StoredUser> findUser(storage::UserRepository& repo, const QString& username)
{
    auto found = repo.findByUsername(username.trimmed().toLower());
    if (!found.ok())
        return found.error();
    if (!found->has_value())
        return Error::notFound(
            QCoreApplication::translate("cb::services", "There is no user \"%1\".").arg(username));
    return **found;
}

} // namespace

Status UserService::disableUser(const core::UserIdentity& actor, const QString& username)
{
    if (auto st = requireAdministrator(actor, QStringLiteral("user.disable")); !st.ok())
        return st;
    storage::UserRepository repo(m_db);
    auto user = findUser(repo, username);
    if (!user.ok())
        return user.error();
    if (user->account.identity.id == actor.id)
        return Error::invalidState(tr("You cannot disable your own account."));
    if (user->account.disabled)
        return Error::invalidState(tr("The account \"%1\" is already disabled.").arg(username));
    storage::Transaction tx(m_db);
    if (!tx.ok())
        return tx.status();
    if (auto st = repo.updateDisabled(user->account.identity.id, user->account.rowVersion, true); !st.ok())
        return st;
    if (auto st = AuditTrail(m_db, m_clock)
                      .record(actor, QStringLiteral("user.disable"), QStringLiteral("app_user"),
                              QString::number(user->account.identity.id),
                              {{QStringLiteral("disabled"), false}}, {{QStringLiteral("disabled"), true}});
        !st.ok())
        return st;
    return tx.commit();
}

Status UserService::unlockUser(const core::UserIdentity& actor, const QString& username)
{
    if (auto st = requireAdministrator(actor, QStringLiteral("user.unlock")); !st.ok())
        return st;
    storage::UserRepository repo(m_db);
    auto user = findUser(repo, username);
    if (!user.ok())
        return user.error();
    storage::Transaction tx(m_db);
    if (!tx.ok())
        return tx.status();
    if (auto st = repo.updateLoginState(user->account.identity.id, user->account.rowVersion, 0, {}); !st.ok())
        return st;
    if (auto st = AuditTrail(m_db, m_clock)
                      .record(actor, QStringLiteral("user.unlock"), QStringLiteral("app_user"),
                              QString::number(user->account.identity.id),
                              {{QStringLiteral("failed_attempts"), user->account.failedAttempts},
                               {QStringLiteral("locked_until"), core::toIsoUtc(user->account.lockedUntil)}},
                              {{QStringLiteral("failed_attempts"), 0}});
        !st.ok())
        return st;
    return tx.commit();
}

Status UserService::resetPassword(const core::UserIdentity& actor, const QString& username,
                                  const QString& temporary)
{
    if (auto st = requireAdministrator(actor, QStringLiteral("user.reset_password")); !st.ok())
        return st;
    if (const QString why = PasswordHasher::weakness(temporary); !why.isEmpty())
        return Error::badInput(why);
    storage::UserRepository repo(m_db);
    auto user = findUser(repo, username);
    if (!user.ok())
        return user.error();
    auto hash = PasswordHasher::hash(temporary);
    if (!hash.ok())
        return hash.error();
    storage::Transaction tx(m_db);
    if (!tx.ok())
        return tx.status();
    if (auto st = repo.updatePassword(user->account.identity.id, user->account.rowVersion, *hash, true);
        !st.ok())
        return st;
    if (auto st = AuditTrail(m_db, m_clock)
                      .record(actor, QStringLiteral("user.reset_password"), QStringLiteral("app_user"),
                              QString::number(user->account.identity.id), {},
                              {{QStringLiteral("must_change_password"), true}});
        !st.ok())
        return st;
    return tx.commit();
}

} // namespace cb::services
