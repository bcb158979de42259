#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "core/Review.h"
#include "core/UserIdentity.h"

namespace cb::storage {
class Database;
}

namespace cb::services {

// The re-entered password of an electronic signature (opinions, verdicts, minutes): the signer's
// account must be active and the password right. A wrong password leaves a `signature.refused`
// audit row on the signed entity and returns `wrongPasswordMessage` as notAuthenticated.
Status confirmSigner(storage::Database& db, const core::Clock& clock, const core::UserIdentity& actor,
                     const QString& password, const QString& entity, const QString& entityId,
                     const QString& wrongPasswordMessage);

// What a signature is about: the record, the role signed in and the sentence the signer confirmed.
struct SignatureRequest
{
    QString recordType; // opinion | decision | minutes
    qint64 recordId = 0;
    QString role;       // specialist | board_chair
    QString discipline; // for opinions
    QString meaning;
};

// The one way a record is signed (opinions, verdicts, minutes): the signature of `content` (the
// record's signed content) by the actor at `at`, to the second, hashed and written to the
// signature table inside the caller's transaction. The caller marks its record signed.
Result<core::Signature> writeSignature(storage::Database& db, const core::UserIdentity& actor,
                                       const SignatureRequest& request, const QByteArray& content,
                                       const QDateTime& at);

} // namespace cb::services
