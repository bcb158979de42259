#pragma once

#include "core/Clock.h"
#include "core/Result.h"
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

} // namespace cb::services
