#pragma once

// Users for tests, inserted straight through the repository with one password hash computed
// once per process: Argon2id costs a noticeable fraction of a second per hash, and most tests
// need actors, not the hashing itself.

#include "core/UserIdentity.h"

#include <QList>
#include <QString>

namespace cb::storage {
class Database;
}

namespace cb::test {

// The password of every seeded user (long enough for the password rules).
QString seededPassword();
// Its Argon2id hash (at the demo cost), computed on first use.
QString seededPasswordHash();

// Inserts an active user (no audit row) and returns its identity; an invalid identity on error
// (with a warning naming it).
core::UserIdentity seedUser(storage::Database& db, const QString& username, const QList<core::Role>& roles,
                            const QList<core::Discipline>& disciplines = {}, bool mustChangePassword = false);

// One user for a role, with a discipline where the role needs one (specialist: cardiology;
// board chair: hematology).
core::UserIdentity seedUserWithRole(storage::Database& db, const QString& username, core::Role role);

} // namespace cb::test
