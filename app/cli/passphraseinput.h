// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/securebytes.h"

#include <QString>

namespace HealthHub::Cli {

/**
 * Where the admin command line gets a passphrase: a file descriptor (--passphrase-fd), an environment variable
 * (wiped and removed once read), or a prompt on the terminal with echo off. Never the command line itself.
 */
class PassphraseInput final
{
public:
    enum class Source { None, FileDescriptor, Environment, Terminal };
    struct Result
    {
        Store::SecureBytes passphrase;
        Source source = Source::None;
        QString problem; ///< plain English, empty when a passphrase was read
    };

    /**
     * Reads one passphrase: from @p fd when it is 0 or more, else from the variable @p environmentName, else
     * by prompting with @p prompt when standard input is a terminal. @p confirm asks twice on a terminal.
     */
    static Result read(int fd, const char *environmentName, const QString &prompt, bool confirm);
};

} // namespace HealthHub::Cli
