// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace HealthHub::Bundles {

/**
 * Ed25519 signatures over a bundle's manifest (libsodium's crypto_sign_detached). Public keys travel as base64 text
 * ([fleet] trusted_keys); a secret key lives in a 0600 file on the publisher's machine and nowhere else.
 */
class Signing final
{
public:
    struct KeyPair
    {
        QByteArray publicKey; ///< 32 bytes
        QByteArray secretKey; ///< 64 bytes; wipe it after use
    };

    static KeyPair generate();
    static QByteArray sign(const QByteArray &message, const QByteArray &secretKey);
    static bool verify(const QByteArray &message, const QByteArray &signature, const QByteArray &publicKey);
    /** A public key from its base64 text; empty when it is not one. */
    static QByteArray publicKeyFromText(const QString &text);
    static QString publicKeyText(const QByteArray &publicKey);
    /** The secret key in @p file (base64 of 64 bytes); empty with @p problem when it cannot be used. */
    static QByteArray readSecretKey(const QString &file, QString *problem);
    /** The public half of a secret key. */
    static QByteArray publicKeyOf(const QByteArray &secretKey);
};

} // namespace HealthHub::Bundles
