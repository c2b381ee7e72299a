// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <cstddef>

namespace HealthHub::Store {
class SecureBytes;
}

namespace HealthHub::HubRecords {

/**
 * What a hub passphrase must be, for every place one is chosen: the console's set-up screen, its change screen and
 * `healthhub admin init` / `change-passphrase`. Length is the rule that matters for a passphrase stretched with
 * Argon2id; four unrelated words pass it easily. Length counts characters (Unicode code points), not bytes, so
 * "café" is 4 in the console and on the command line alike.
 */
class PassphrasePolicy final
{
public:
    static constexpr std::size_t kMinimumLength = 12;

    /** Empty when @p passphrase (UTF-8) may be used, else what to do, in plain words. */
    static QString problem(const Store::SecureBytes &passphrase);
    /** The number of characters in the UTF-8 @p passphrase. */
    static std::size_t characters(const Store::SecureBytes &passphrase);
    /** The advice shown before a passphrase is chosen. */
    static QString advice();
};

} // namespace HealthHub::HubRecords
