// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/restart.h"

#include <QDir>

#include <fcntl.h>
#include <unistd.h>

namespace HealthHub::Kiosk {

void markDescriptorsCloseOnExec()
{
    const QStringList descriptors = QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::Files | QDir::System);
    for (const QString &entry : descriptors) {
        const int fd = entry.toInt();
        if (fd > 2) {
            const int flags = ::fcntl(fd, F_GETFD);
            if (flags >= 0) {
                ::fcntl(fd, F_SETFD, flags | FD_CLOEXEC);
            }
        }
    }
}

void startAgain(char **argv)
{
    markDescriptorsCloseOnExec();
    ::execv("/proc/self/exe", argv);
}

} // namespace HealthHub::Kiosk
