#pragma once

#include "core/AuditCheckpoint.h"
#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>
#include <optional>

namespace cb::storage {
class Database;
struct DatabaseUrl;
} // namespace cb::storage

namespace cb::services {

// What anchors the audit chain outside the database, on this workstation:
//  - its Ed25519 key (libsodium), made on first use, in a file only its user can read
//    (CELLBOARD_AUDIT_KEY names another file; the default is audit-key in the data folder);
//  - the public keys of the other workstations it trusts (audit-trusted-keys: one hex key a
//    line, # comments), for a PostgreSQL database several workstations write;
//  - the last checkpoint it made of each database (audit-anchors/), so a chain cut short or
//    rewritten with its checkpoints removed is noticed here too.
class AuditAnchor
{
    Q_DECLARE_TR_FUNCTIONS(cb::services::AuditAnchor)
public:
    // The workstation's key, created when missing. An unreadable or malformed key file is an
    // error (never silently replaced: checkpoints signed with it would stop verifying).
    static Result<AuditAnchor> load();

    QString publicKey() const { return QString::fromLatin1(m_public.toHex()); }
    QString keyFile() const { return m_keyFile; }
    // This key and the trusted ones.
    QStringList trustedKeys() const { return m_trusted; }
    bool trusts(const QString& publicKey) const { return m_trusted.contains(publicKey); }

    core::AuditCheckpoint sign(qint64 seq, const QString& hash, const QDateTime& at) const;
    static bool signatureHolds(const core::AuditCheckpoint& checkpoint);

    // The last checkpoint this workstation made of `db`, and recording a new one.
    static std::optional<core::AuditCheckpoint> lastAnchor(const storage::Database& db);
    static Status saveAnchor(const storage::Database& db, const core::AuditCheckpoint& checkpoint);
    // Forgets `db`'s anchor (a database created or restored anew at the same place).
    static void forgetAnchor(const storage::DatabaseUrl& url);

private:
    QString m_keyFile;
    QByteArray m_public;
    QByteArray m_secret;
    QStringList m_trusted;
};

} // namespace cb::services
