#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace cb::core {

// One row of the hash-chained audit trail.
struct AuditEntry
{
    qint64 seq = 0;
    QDateTime at;      // UTC
    qint64 userId = 0; // 0 when no user (system, failed login of an unknown name)
    QString username;
    QString action; // e.g. login.success, case.view, case.close, user.add
    QString entity; // table or kind, e.g. clinical_case
    QString entityId;
    QString before; // JSON text or empty
    QString after;  // JSON text or empty
    QString reason;
    QString prevHash; // hex
    QString hash;     // hex

    // The canonical bytes the hash covers: every column and the previous hash.
    QByteArray canonical() const;
    QString computeHash() const;
};

} // namespace cb::core
