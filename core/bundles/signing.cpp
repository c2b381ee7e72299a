// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/bundles/signing.h"

#include <QFile>

#include <sodium.h>

namespace HealthHub::Bundles {

namespace {
bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}
} // namespace

Signing::KeyPair Signing::generate()
{
    KeyPair pair;
    if (!sodiumReady()) {
        return pair;
    }
    pair.publicKey.resize(crypto_sign_PUBLICKEYBYTES);
    pair.secretKey.resize(crypto_sign_SECRETKEYBYTES);
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(pair.publicKey.data()),
                        reinterpret_cast<unsigned char *>(pair.secretKey.data()));
    return pair;
}

QByteArray Signing::sign(const QByteArray &message, const QByteArray &secretKey)
{
    if (!sodiumReady() || secretKey.size() != crypto_sign_SECRETKEYBYTES) {
        return {};
    }
    QByteArray signature(crypto_sign_BYTES, '\0');
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(message.constData()), quint64(message.size()),
                         reinterpret_cast<const unsigned char *>(secretKey.constData()));
    return signature;
}

bool Signing::verify(const QByteArray &message, const QByteArray &signature, const QByteArray &publicKey)
{
    return sodiumReady() && signature.size() == crypto_sign_BYTES && publicKey.size() == crypto_sign_PUBLICKEYBYTES &&
           crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(signature.constData()),
                                       reinterpret_cast<const unsigned char *>(message.constData()),
                                       quint64(message.size()),
                                       reinterpret_cast<const unsigned char *>(publicKey.constData())) == 0;
}

QByteArray Signing::publicKeyFromText(const QString &text)
{
    const auto decoded =
        QByteArray::fromBase64Encoding(text.trimmed().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    return decoded && decoded.decoded.size() == crypto_sign_PUBLICKEYBYTES ? decoded.decoded : QByteArray();
}

QString Signing::publicKeyText(const QByteArray &publicKey)
{
    return QString::fromLatin1(publicKey.toBase64());
}

QByteArray Signing::readSecretKey(const QString &file, QString *problem)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        if (problem) {
            *problem = QStringLiteral("%1 cannot be read").arg(file);
        }
        return {};
    }
    QByteArray text = in.read(1024).trimmed();
    QByteArray key = QByteArray::fromBase64(text);
    sodium_memzero(text.data(), size_t(text.size()));
    if (key.size() != crypto_sign_SECRETKEYBYTES) {
        if (problem) {
            *problem = QStringLiteral("%1 is not a bundle signing key made by healthhub admin bundle keygen").arg(file);
        }
        return {};
    }
    return key;
}

QByteArray Signing::publicKeyOf(const QByteArray &secretKey)
{
    if (!sodiumReady() || secretKey.size() != crypto_sign_SECRETKEYBYTES) {
        return {};
    }
    QByteArray publicKey(crypto_sign_PUBLICKEYBYTES, '\0');
    crypto_sign_ed25519_sk_to_pk(reinterpret_cast<unsigned char *>(publicKey.data()),
                                 reinterpret_cast<const unsigned char *>(secretKey.constData()));
    return publicKey;
}

} // namespace HealthHub::Bundles
