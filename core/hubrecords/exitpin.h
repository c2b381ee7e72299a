// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace HealthHub::HubRecords {

/**
 * The hub lead's PIN that, after the hidden gesture, leaves kiosk mode. Only its Argon2id hash is kept,
 * in the configuration as [kiosk] exit_pin_hash (a visitor terminal has no records store). The kiosk's exit gate
 * checks it and `healthhub admin hash-pin` makes it: both through this class, so they cannot drift apart.
 */
class ExitPin final
{
public:
    static constexpr int kMinDigits = 4;
    static constexpr int kMaxDigits = 8;

    /** True for 4 to 8 digits. */
    static bool isWellFormed(const QByteArray &pin);
    /** libsodium's crypto_pwhash_str (Argon2id, interactive cost); empty on failure or a malformed PIN. */
    static QByteArray hash(const QByteArray &pin);
    /** True when @p pin matches @p hash. Constant-time inside libsodium. */
    static bool verify(const QByteArray &hash, const QByteArray &pin);
    /** True when @p hash looks like an Argon2id hash string. */
    static bool isValidHash(const QByteArray &hash);
};

} // namespace HealthHub::HubRecords
