#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace cb::core {

// A signed statement that the audit chain's entry `seq` had hash `hash`: an Ed25519 signature by
// a workstation's key, which lives outside the database. Whoever can only write SQL cannot make
// one, so an entry changed and the chain re-hashed after it no longer matches its checkpoints.
struct AuditCheckpoint
{
    qint64 id = 0;
    qint64 seq = 0;
    QString hash; // hex, the entry's hash
    QDateTime signedAt;
    QString publicKey; // hex, 32 bytes
    QString signature; // hex, 64 bytes

    // The bytes signed: a fixed label, the sequence number and the hash, one per line. The
    // label keeps a checkpoint signature from meaning anything else.
    QByteArray message() const { return messageFor(seq, hash); }
    static QByteArray messageFor(qint64 seq, const QString& hash)
    {
        return QByteArrayLiteral("cellboard audit checkpoint v1\n") + QByteArray::number(seq) + '\n' +
               hash.toLatin1();
    }
};

} // namespace cb::core
