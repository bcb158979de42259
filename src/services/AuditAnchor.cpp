#include "services/AuditAnchor.h"

#include "core/Clock.h"
#include "platform/Logging.h"
#include "platform/Paths.h"
#include "storage/Database.h"
#include "storage/DatabaseUrl.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <sodium.h>

namespace cb::services {

namespace {

QString keyFilePath()
{
    const QString chosen = qEnvironmentVariable("CELLBOARD_AUDIT_KEY");
    return chosen.isEmpty() ? platform::Paths::dataDir() + QStringLiteral("/audit-key") : chosen;
}

QString trustedKeysPath()
{
    return platform::Paths::dataDir() + QStringLiteral("/audit-trusted-keys");
}

// Where a database is, as the same text whichever way its URL was written.
QString identityOf(const storage::DatabaseUrl& url)
{
    if (!url.isPostgres()) {
        const QFileInfo fi(url.path);
        const QString canonical = fi.canonicalFilePath();
        return QStringLiteral("sqlite:") + (canonical.isEmpty() ? fi.absoluteFilePath() : canonical);
    }
    return QStringLiteral("postgresql://%1:%2/%3#%4")
        .arg(url.host)
        .arg(url.port)
        .arg(url.database, url.schema);
}

QString anchorPath(const storage::DatabaseUrl& url)
{
    const QByteArray digest = QCryptographicHash::hash(identityOf(url).toUtf8(), QCryptographicHash::Sha256);
    return platform::Paths::dataDir() + QStringLiteral("/audit-anchors/") +
           QString::fromLatin1(digest.toHex().left(32)) + QStringLiteral(".json");
}

bool isHexKey(const QString& text, qsizetype bytes)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]+$"));
    return text.size() == bytes * 2 && hex.match(text).hasMatch();
}

} // namespace

Result<AuditAnchor> AuditAnchor::load()
{
    if (sodium_init() < 0)
        return Error::failure(tr("The cryptography library (libsodium) could not start."));
    AuditAnchor a;
    a.m_keyFile = keyFilePath();
    QFile f(a.m_keyFile);
    if (f.exists()) {
        if (!f.open(QIODevice::ReadOnly))
            return Error::failure(tr("Cannot read the audit key %1: %2. Its owner can read it; ask the "
                                     "administrator.")
                                      .arg(a.m_keyFile, f.errorString()));
        const QJsonObject o = QJsonDocument::fromJson(f.read(4096)).object();
        const QString pub = o.value(QStringLiteral("public_key")).toString();
        const QString sec = o.value(QStringLiteral("secret_key")).toString();
        if (!isHexKey(pub, crypto_sign_PUBLICKEYBYTES) || !isHexKey(sec, crypto_sign_SECRETKEYBYTES))
            return Error::failure(tr("The audit key %1 is damaged. Restore it from the workstation's backup, "
                                     "or ask the administrator: checkpoints signed with it cannot be "
                                     "checked without it.")
                                      .arg(a.m_keyFile));
        a.m_public = QByteArray::fromHex(pub.toLatin1());
        a.m_secret = QByteArray::fromHex(sec.toLatin1());
    } else {
        a.m_public.resize(crypto_sign_PUBLICKEYBYTES);
        a.m_secret.resize(crypto_sign_SECRETKEYBYTES);
        crypto_sign_keypair(reinterpret_cast<unsigned char*>(a.m_public.data()),
                            reinterpret_cast<unsigned char*>(a.m_secret.data()));
        QDir().mkpath(QFileInfo(a.m_keyFile).absolutePath());
        QSaveFile out(a.m_keyFile);
        if (!out.open(QIODevice::WriteOnly))
            return Error::failure(
                tr("Cannot create the audit key %1: %2.").arg(a.m_keyFile, out.errorString()));
        out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        out.write(QJsonDocument(
                      QJsonObject{{QStringLiteral("public_key"), QString::fromLatin1(a.m_public.toHex())},
                                  {QStringLiteral("secret_key"), QString::fromLatin1(a.m_secret.toHex())}})
                      .toJson());
        if (!out.commit())
            return Error::failure(
                tr("Cannot create the audit key %1: %2.").arg(a.m_keyFile, out.errorString()));
        CB_LOG_INFO("audit key created");
    }
    a.m_trusted << a.publicKey();
    QFile trusted(trustedKeysPath());
    if (trusted.open(QIODevice::ReadOnly)) {
        for (const QByteArray& raw : trusted.readAll().split('\n')) {
            const QString line = QString::fromLatin1(raw.left(raw.indexOf('#'))).trimmed().toLower();
            if (isHexKey(line, crypto_sign_PUBLICKEYBYTES) && !a.m_trusted.contains(line))
                a.m_trusted << line;
        }
    }
    return a;
}

core::AuditCheckpoint AuditAnchor::sign(qint64 seq, const QString& hash, const QDateTime& at) const
{
    core::AuditCheckpoint c;
    c.seq = seq;
    c.hash = hash;
    c.signedAt = at;
    c.publicKey = publicKey();
    const QByteArray message = c.message();
    QByteArray sig(crypto_sign_BYTES, '\0');
    crypto_sign_detached(reinterpret_cast<unsigned char*>(sig.data()), nullptr,
                         reinterpret_cast<const unsigned char*>(message.constData()), quint64(message.size()),
                         reinterpret_cast<const unsigned char*>(m_secret.constData()));
    c.signature = QString::fromLatin1(sig.toHex());
    return c;
}

bool AuditAnchor::signatureHolds(const core::AuditCheckpoint& c)
{
    if (sodium_init() < 0 || !isHexKey(c.publicKey, crypto_sign_PUBLICKEYBYTES) ||
        !isHexKey(c.signature, crypto_sign_BYTES))
        return false;
    const QByteArray message = c.message();
    const QByteArray sig = QByteArray::fromHex(c.signature.toLatin1());
    const QByteArray pub = QByteArray::fromHex(c.publicKey.toLatin1());
    return crypto_sign_verify_detached(reinterpret_cast<const unsigned char*>(sig.constData()),
                                       reinterpret_cast<const unsigned char*>(message.constData()),
                                       quint64(message.size()),
                                       reinterpret_cast<const unsigned char*>(pub.constData())) == 0;
}

std::optional<core::AuditCheckpoint> AuditAnchor::lastAnchor(const storage::Database& db)
{
    QFile f(anchorPath(db.url()));
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(f.read(65536)).object();
    core::AuditCheckpoint c;
    c.seq = o.value(QStringLiteral("seq")).toInteger();
    c.hash = o.value(QStringLiteral("hash")).toString();
    c.signedAt = core::fromIsoUtc(o.value(QStringLiteral("signed_at")).toString());
    c.publicKey = o.value(QStringLiteral("public_key")).toString();
    c.signature = o.value(QStringLiteral("signature")).toString();
    // an anchor file edited by hand is no anchor (it would only raise false alarms)
    if (c.seq <= 0 || !signatureHolds(c))
        return std::nullopt;
    return c;
}

Status AuditAnchor::saveAnchor(const storage::Database& db, const core::AuditCheckpoint& c)
{
    const QString path = anchorPath(db.url());
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return Error::failure(tr("Cannot write the audit anchor %1: %2.").arg(path, out.errorString()));
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    out.write(QJsonDocument(QJsonObject{{QStringLiteral("database"), db.url().display()},
                                        {QStringLiteral("seq"), c.seq},
                                        {QStringLiteral("hash"), c.hash},
                                        {QStringLiteral("signed_at"), core::toIsoUtc(c.signedAt)},
                                        {QStringLiteral("public_key"), c.publicKey},
                                        {QStringLiteral("signature"), c.signature}})
                  .toJson());
    if (!out.commit())
        return Error::failure(tr("Cannot write the audit anchor %1: %2.").arg(path, out.errorString()));
    return {};
}

void AuditAnchor::forgetAnchor(const storage::DatabaseUrl& url)
{
    QFile::remove(anchorPath(url));
}

} // namespace cb::services
