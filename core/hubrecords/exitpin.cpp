// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/hubrecords/exitpin.h"

#include <sodium.h>

namespace HealthHub::HubRecords {

namespace {
bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}
} // namespace

bool ExitPin::isWellFormed(const QByteArray &pin)
{
    if (pin.size() < kMinDigits || pin.size() > kMaxDigits) {
        return false;
    }
    for (const char c : pin) {
        if (c < '0' || c > '9') {
            return false;
        }
    }
    return true;
}

bool ExitPin::isValidHash(const QByteArray &hash)
{
    return hash.startsWith("$argon2id$") && hash.size() < crypto_pwhash_STRBYTES;
}

QByteArray ExitPin::hash(const QByteArray &pin)
{
    if (!sodiumReady() || !isWellFormed(pin)) {
        return {};
    }
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, pin.constData(), quint64(pin.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                              crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13) != 0) {
        return {};
    }
    return QByteArray(out);
}

bool ExitPin::verify(const QByteArray &hash, const QByteArray &pin)
{
    if (!sodiumReady() || !isValidHash(hash) || pin.isEmpty()) {
        return false;
    }
    QByteArray terminated = hash;
    terminated.append('\0'); // libsodium reads a C string
    return crypto_pwhash_str_verify(terminated.constData(), pin.constData(), quint64(pin.size())) == 0;
}

} // namespace HealthHub::HubRecords
