#include "services/AuthService.h"

#include "platform/Logging.h"
#include "services/AuditTrail.h"
#include "services/PasswordHasher.h"
#include "storage/Transaction.h"
#include "storage/UserRepository.h"

#include <QCoreApplication>
#include <QLocale>

namespace cb::services {

namespace {
const char* kWrongPassword = QT_TRANSLATE_NOOP("cb::services::AuthService", "Wrong username or password.");
} // namespace

Result<LoginResult> AuthService::login(const QString& username, const QString& password)
{
    return authenticate(username, password, QStringLiteral("login.success"));
}

Status AuthService::unlockSession(const core::UserIdentity& user, const QString& password)
{
    auto r = authenticate(user.username, password, QStringLiteral("session.unlock"));
    if (!r.ok())
        return r.error();
    return {};
}

Result<core::UserIdentity> AuthService::confirmApproval(const QString& username, const QString& password)
{
    if (username.trimmed().isEmpty())
        return Error::notAuthenticated(tr("Name the approving user."));
    if (password.isEmpty())
        return Error::notAuthenticated(tr("The approving user's password is missing."));
    auto r = authenticate(username, password, QStringLiteral("approval.confirm"),
                          QStringLiteral("approval.failure"));
    if (!r.ok()) {
        Error e = r.error();
        e.message = tr("Approval refused: %1").arg(e.message);
        return e;
    }
    if (r->mustChangePassword)
        return Error::notAuthenticated(
            tr("Approval refused: %1 must choose a new password before approving anything.")
                .arg(r->user.username));
    return r->user;
}

Result<LoginResult> AuthService::authenticate(const QString& usernameIn, const QString& password,
                                              const QString& successAction, const QString& failureAction)
{
    const QString username = usernameIn.trimmed().toLower();
    AuditTrail audit(m_db, m_clock);
    storage::UserRepository users(m_db);
    const QDateTime now = m_clock.nowUtc();

    auto found = users.findByUsername(username);
    if (!found.ok())
        return found.error();
    core::UserIdentity attempted;
    attempted.username = username;
    if (!found->has_value()) {
        (void)audit.recordAlone(attempted, failureAction, QStringLiteral("app_user"), {}, {},
                                {{QStringLiteral("why"), QStringLiteral("unknown_user")}});
        CB_LOG_INFO("login failed: unknown user");
        return Error::notAuthenticated(tr(kWrongPassword));
    }
    const storage::StoredUser stored = **found;
    const auto& account = stored.account;
    const QString userId = QString::number(account.identity.id);
    if (account.disabled) {
        (void)audit.recordAlone(account.identity, failureAction, QStringLiteral("app_user"), userId, {},
                                {{QStringLiteral("why"), QStringLiteral("disabled")}});
        return Error::notAuthenticated(tr("This account is disabled. Ask an administrator."));
    }
    if (account.isLockedAt(now)) {
        (void)audit.recordAlone(account.identity, QStringLiteral("login.refused_locked"),
                                QStringLiteral("app_user"), userId);
        const qint64 minutes = qMax<qint64>(1, (now.secsTo(account.lockedUntil) + 59) / 60);
        return Error::notAuthenticated(
            tr("This account is locked after too many wrong passwords. Try again in "
               "%n minute(s), or ask an administrator to unlock it.",
               nullptr, int(minutes)));
    }

    // Count the attempt before the (slow) check, so parallel clients cannot try more passwords
    // than the limit allows between two lockouts.
    auto attempt = users.beginLoginAttempt(account.identity.id, now, kMaxFailedAttempts,
                                           now.addSecs(kLockoutMinutes * 60));
    if (!attempt.ok())
        return attempt.error();
    if (!attempt->has_value()) {
        (void)audit.recordAlone(account.identity, QStringLiteral("login.refused_locked"),
                                QStringLiteral("app_user"), userId);
        return Error::notAuthenticated(
            tr("This account is locked after too many wrong passwords. Try again in "
               "%n minute(s), or ask an administrator to unlock it.",
               nullptr, kLockoutMinutes));
    }
    const int attemptNumber = **attempt;

    if (!PasswordHasher::verify(stored.passwordHash, password)) {
        const bool lockNow = attemptNumber >= kMaxFailedAttempts;
        storage::Transaction tx(m_db);
        if (!tx.ok())
            return tx.status().error();
        if (auto st = audit.record(account.identity, failureAction, QStringLiteral("app_user"), userId, {},
                                   {{QStringLiteral("failed_attempts"), attemptNumber}});
            !st.ok())
            return st.error();
        if (lockNow) {
            if (auto st = audit.record(
                    account.identity, QStringLiteral("login.lockout"), QStringLiteral("app_user"), userId, {},
                    {{QStringLiteral("locked_until"), core::toIsoUtc(now.addSecs(kLockoutMinutes * 60))}});
                !st.ok())
                return st.error();
        }
        if (auto st = tx.commit(); !st.ok())
            return st.error();
        CB_LOG_INFO("login failed for user {} ({} in a row)", account.identity.id, attemptNumber);
        if (lockNow)
            return Error::notAuthenticated(
                tr("Too many wrong passwords: the account is locked for %1 minutes.").arg(kLockoutMinutes));
        return Error::notAuthenticated(tr(kWrongPassword));
    }

    storage::Transaction tx(m_db);
    if (!tx.ok())
        return tx.status().error();
    if (auto st = users.clearLoginState(account.identity.id); !st.ok())
        return st.error();
    if (auto st = audit.record(account.identity, successAction, QStringLiteral("app_user"), userId); !st.ok())
        return st.error();
    if (auto st = tx.commit(); !st.ok())
        return st.error();
    CB_LOG_INFO("{} for user {}", successAction.toStdString(), account.identity.id);
    return LoginResult{account.identity, account.mustChangePassword};
}

Status AuthService::changePassword(const core::UserIdentity& user, const QString& oldPassword,
                                   const QString& newPassword)
{
    if (const QString why = PasswordHasher::weakness(newPassword); !why.isEmpty())
        return Error::badInput(why);
    if (oldPassword == newPassword)
        return Error::badInput(tr("The new password must differ from the old one."));
    storage::UserRepository users(m_db);
    auto found = users.findById(user.id);
    if (!found.ok())
        return found.error();
    if (!found->has_value())
        return Error::notFound(tr("The user no longer exists."));
    if (!PasswordHasher::verify((*found)->passwordHash, oldPassword))
        return Error::notAuthenticated(tr("The current password is wrong."));
    auto hash = PasswordHasher::hash(newPassword);
    if (!hash.ok())
        return hash.error();
    storage::Transaction tx(m_db);
    if (!tx.ok())
        return tx.status();
    if (auto st = users.updatePassword(user.id, (*found)->account.rowVersion, *hash, false); !st.ok())
        return st;
    if (auto st = AuditTrail(m_db, m_clock)
                      .record(user, QStringLiteral("user.change_password"), QStringLiteral("app_user"),
                              QString::number(user.id));
        !st.ok())
        return st;
    return tx.commit();
}

void AuthService::recordLogout(const core::UserIdentity& user)
{
    (void)AuditTrail(m_db, m_clock)
        .recordAlone(user, QStringLiteral("logout"), QStringLiteral("app_user"), QString::number(user.id));
}

void AuthService::recordSessionLocked(const core::UserIdentity& user)
{
    (void)AuditTrail(m_db, m_clock)
        .recordAlone(user, QStringLiteral("session.lock"), QStringLiteral("app_user"),
                     QString::number(user.id));
}

Result<bool> AuthService::needsFirstAdministrator()
{
    auto n = storage::UserRepository(m_db).count();
    if (!n.ok())
        return n.error();
    return *n == 0;
}

} // namespace cb::services
