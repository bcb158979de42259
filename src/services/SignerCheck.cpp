#include "services/SignerCheck.h"

#include "services/AuditTrail.h"
#include "services/PasswordHasher.h"
#include "storage/UserRepository.h"

#include <QCoreApplication>

namespace cb::services {

Status confirmSigner(storage::Database& db, const core::Clock& clock, const core::UserIdentity& actor,
                     const QString& password, const QString& entity, const QString& entityId,
                     const QString& wrongPasswordMessage)
{
    auto me = storage::UserRepository(db).findById(actor.id);
    if (!me.ok())
        return me.error();
    if (me->has_value() && (*me)->account.disabled)
        return Error::notAuthenticated(
            QCoreApplication::translate("cb::services", "Your account is not active."));
    if (!me->has_value() || !PasswordHasher::verify((*me)->passwordHash, password)) {
        (void)AuditTrail(db, clock).recordAlone(actor, QStringLiteral("signature.refused"), entity, entityId,
                                                {},
                                                {{QStringLiteral("why"), QStringLiteral("wrong_password")}});
        return Error::notAuthenticated(wrongPasswordMessage);
    }
    return {};
}

} // namespace cb::services
