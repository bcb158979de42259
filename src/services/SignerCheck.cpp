#include "services/SignerCheck.h"

#include "core/Clock.h"
#include "services/AuditTrail.h"
#include "services/PasswordHasher.h"
#include "storage/ReviewRepository.h"
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

namespace {

core::Signature prepareSignature(const core::UserIdentity& actor, const SignatureRequest& request,
                                 const QByteArray& content, const QDateTime& at)
{
    core::Signature s;
    s.recordType = request.recordType;
    s.recordId = request.recordId;
    s.signerId = actor.id;
    s.printedName = actor.printedName;
    s.role = request.role;
    s.discipline = request.discipline;
    s.meaning = request.meaning;
    s.signedAt = core::fromIsoUtc(core::toIsoUtc(at));
    s.contentSha256 = core::signatureHash(content, s);
    return s;
}

} // namespace

Result<core::Signature> writeSignature(storage::Database& db, const core::UserIdentity& actor,
                                       const SignatureRequest& request, const QByteArray& content,
                                       const QDateTime& at)
{
    core::Signature s = prepareSignature(actor, request, content, at);
    auto id = storage::ReviewRepository(db).insertSignature(s);
    if (!id.ok())
        return id.error();
    s.id = *id;
    return s;
}

} // namespace cb::services
