#include "services/PasswordHasher.h"

#include <QCoreApplication>
#include <sodium.h>

namespace cb::services {

namespace {
bool ensureSodium()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}
} // namespace

Result<QString> PasswordHasher::hash(const QString& password, Cost cost)
{
    if (!ensureSodium())
        return Error::failure(
            QCoreApplication::translate("cb::services", "The password library failed to start."));
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(
            out, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
            cost == Cost::Demo ? crypto_pwhash_OPSLIMIT_MIN : crypto_pwhash_OPSLIMIT_INTERACTIVE,
            cost == Cost::Demo ? crypto_pwhash_MEMLIMIT_MIN : crypto_pwhash_MEMLIMIT_INTERACTIVE,
            crypto_pwhash_ALG_ARGON2ID13) != 0)
        return Error::failure(
            QCoreApplication::translate("cb::services", "Not enough memory to hash the password."));
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString& storedHash, const QString& password)
{
    if (!ensureSodium())
        return false;
    const QByteArray h = storedHash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(h.constData(), utf8.constData(),
                                    static_cast<unsigned long long>(utf8.size())) == 0;
}

QString PasswordHasher::randomPassword(int length)
{
    ensureSodium();
    static const char alphabet[] = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QString out;
    for (int i = 0; i < length; ++i)
        out += QLatin1Char(alphabet[randombytes_uniform(sizeof(alphabet) - 1)]);
    return out;
}

QString PasswordHasher::weakness(const QString& password)
{
    if (password.size() < kMinimumLength)
        return QCoreApplication::translate("cb::services", "A password needs at least %1 characters.")
            .arg(kMinimumLength);
    if (password.trimmed() != password)
        return QCoreApplication::translate("cb::services", "A password cannot start or end with a space.");
    return {};
}

} // namespace cb::services
