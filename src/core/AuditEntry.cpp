#include "core/AuditEntry.h"

#include "core/Clock.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace cb::core {

QByteArray AuditEntry::canonical() const
{
    // A JSON array fixes field order and escapes every value unambiguously.
    const QJsonArray row{QString::number(seq),
                         toIsoUtc(at),
                         QString::number(userId),
                         username,
                         action,
                         entity,
                         entityId,
                         before,
                         after,
                         reason,
                         prevHash};
    return QJsonDocument(row).toJson(QJsonDocument::Compact);
}

QString AuditEntry::computeHash() const
{
    return QString::fromLatin1(QCryptographicHash::hash(canonical(), QCryptographicHash::Sha256).toHex());
}

} // namespace cb::core
