// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/hubrecords/passphrasepolicy.h"

#include "core/store/securebytes.h"

namespace HealthHub::HubRecords {

std::size_t PassphrasePolicy::characters(const Store::SecureBytes &passphrase)
{
    std::size_t count = 0;
    for (std::size_t i = 0; i < passphrase.size(); ++i) {
        // Every UTF-8 byte that is not a continuation byte (10xxxxxx) starts a character.
        if ((static_cast<unsigned char>(passphrase.data()[i]) & 0xC0) != 0x80) {
            ++count;
        }
    }
    return count;
}

QString PassphrasePolicy::problem(const Store::SecureBytes &passphrase)
{
    if (characters(passphrase) >= kMinimumLength) {
        return {};
    }
    return QStringLiteral("The passphrase is too short. Use at least %1 characters, such as four unrelated words.")
        .arg(kMinimumLength);
}

QString PassphrasePolicy::advice()
{
    return QStringLiteral("At least %1 characters. Four unrelated words are easy to remember and hard to guess.")
        .arg(kMinimumLength);
}

} // namespace HealthHub::HubRecords
