#include "support/TestUsers.h"

#include "core/Clock.h"
#include "services/PasswordHasher.h"
#include "storage/UserRepository.h"

#include <QDateTime>
#include <QtGlobal>

namespace cb::test {

QString seededPassword()
{
    return QStringLiteral("correct-horse-battery-staple");
}

QString seededPasswordHash()
{
    static const QString hash = [] {
        // The cheap (demo) cost: the stored string carries its parameters, so verify() and the
        // lockout logic behave exactly as with an interactive-cost hash.
        auto h = services::PasswordHasher::hash(seededPassword(), services::PasswordHasher::Cost::Demo);
        if (!h.ok())
            qFatal("cannot hash the seeded password: %s", qPrintable(h.error().message));
        return *h;
    }();
    return hash;
}

core::UserIdentity seedUser(storage::Database& db, const QString& username, const QList<core::Role>& roles,
                            const QList<core::Discipline>& disciplines, bool mustChangePassword)
{
    core::UserAccount account;
    account.identity.username = username;
    account.identity.printedName = QStringLiteral("Test ") + username;
    account.identity.roles = roles;
    account.identity.disciplines = disciplines;
    account.mustChangePassword = mustChangePassword;
    account.createdAt = QDateTime(QDate(2026, 1, 5), QTime(8, 0), Qt::UTC);
    storage::UserRepository repo(db);
    auto id = repo.insert(account, seededPasswordHash());
    if (!id.ok()) {
        qWarning("seedUser(%s): %s", qPrintable(username), qPrintable(id.error().message));
        return {};
    }
    account.identity.id = *id;
    return account.identity;
}

core::UserIdentity seedUserWithRole(storage::Database& db, const QString& username, core::Role role)
{
    QList<core::Discipline> disciplines;
    if (role == core::Role::Specialist)
        disciplines << core::Discipline::Cardiology;
    else if (role == core::Role::BoardChair)
        disciplines << core::Discipline::Hematology;
    return seedUser(db, username, {role}, disciplines);
}

} // namespace cb::test
