// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/passphraseinput.h"

#include <sodium.h>

#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace HealthHub::Cli {

namespace {

/** Prompts on the controlling terminal with echo off. */
Store::SecureBytes promptOnce(const QString &prompt, bool *ok)
{
    const int tty = ::open("/dev/tty", O_RDWR | O_CLOEXEC);
    if (tty < 0) {
        *ok = false;
        return {};
    }
    const QByteArray text = prompt.toLocal8Bit();
    (void)!::write(tty, text.constData(), size_t(text.size()));
    termios saved{};
    const bool haveTermios = tcgetattr(tty, &saved) == 0;
    if (haveTermios) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(tty, TCSAFLUSH, &quiet);
    }
    Store::SecureBytes passphrase = Store::SecureBytes::readFromFd(tty, ok);
    if (haveTermios) {
        tcsetattr(tty, TCSAFLUSH, &saved);
    }
    (void)!::write(tty, "\n", 1);
    ::close(tty);
    return passphrase;
}

} // namespace

PassphraseInput::Result PassphraseInput::read(int fd, const char *environmentName, const QString &prompt, bool confirm)
{
    Result result;
    if (fd >= 0) {
        bool ok = false;
        result.passphrase = Store::SecureBytes::readFromFd(fd, &ok);
        result.source = Source::FileDescriptor;
        if (!ok) {
            result.problem = QStringLiteral("The passphrase could not be read from file descriptor %1.").arg(fd);
        }
    } else if (char *value = std::getenv(environmentName)) {
        result.passphrase = Store::SecureBytes(value, std::strlen(value));
        result.source = Source::Environment;
        // Wipe the variable's bytes and remove it, so child processes and /proc/self/environ do not keep it.
        sodium_memzero(value, std::strlen(value));
        ::unsetenv(environmentName);
    } else if (::isatty(STDIN_FILENO)) {
        bool ok = false;
        result.passphrase = promptOnce(prompt, &ok);
        result.source = Source::Terminal;
        if (ok && confirm) {
            bool again = false;
            const Store::SecureBytes repeated = promptOnce(QStringLiteral("Type it again: "), &again);
            if (!again || !repeated.equals(result.passphrase)) {
                result.passphrase.clear();
                result.problem = QStringLiteral("The two passphrases were not the same. Nothing was changed.");
                return result;
            }
        }
        if (!ok) {
            result.problem = QStringLiteral("The passphrase could not be read from the terminal.");
        }
    } else {
        result.problem = QStringLiteral("No passphrase was given. Use --passphrase-fd N, the %1 environment "
                                        "variable, or run this in a terminal to be asked.")
                             .arg(QLatin1String(environmentName));
        return result;
    }
    if (result.problem.isEmpty() && result.passphrase.isEmpty()) {
        result.problem = QStringLiteral("The passphrase is empty.");
    }
    return result;
}

} // namespace HealthHub::Cli
