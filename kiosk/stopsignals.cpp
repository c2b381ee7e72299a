// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/stopsignals.h"

#include "kiosk/logging.h"

#include <QSocketNotifier>

#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>

namespace HealthHub::Kiosk {

namespace {
/** [0] is written by the handler, [1] read by the notifier; -1 while no StopSignals exists. */
int s_pipe[2] = {-1, -1};

extern "C" void onStopSignal(int signal)
{
    // Only async-signal-safe calls here, and errno as the interrupted code left it.
    const int savedErrno = errno;
    const unsigned char number = static_cast<unsigned char>(signal);
    if (s_pipe[0] >= 0) {
        [[maybe_unused]] const ssize_t written = ::write(s_pipe[0], &number, 1);
    }
    errno = savedErrno;
}

void setHandler(int signal, void (*handler)(int))
{
    struct sigaction action = {};
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(signal, &action, nullptr);
}
} // namespace

StopSignals::StopSignals(QObject *parent)
    : QObject(parent)
{
    if (s_pipe[0] >= 0) {
        qCWarning(lcSession) << "stop signals are already handled elsewhere";
        return;
    }
    // Close-on-exec: the restart (execv) must not hand these to the new image, which makes its own.
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0, s_pipe) != 0) {
        qCWarning(lcSession) << "no socket pair for stop signals; SIGTERM will end the program without a wipe";
        s_pipe[0] = s_pipe[1] = -1;
        return;
    }
    m_notifier = new QSocketNotifier(s_pipe[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &StopSignals::onReadable);
    setHandler(SIGTERM, onStopSignal);
    setHandler(SIGINT, onStopSignal);
}

StopSignals::~StopSignals()
{
    if (!m_notifier) {
        return;
    }
    setHandler(SIGTERM, SIG_DFL);
    setHandler(SIGINT, SIG_DFL);
    delete m_notifier;
    ::close(s_pipe[0]);
    ::close(s_pipe[1]);
    s_pipe[0] = s_pipe[1] = -1;
}

void StopSignals::onReadable()
{
    unsigned char number = 0;
    while (::read(s_pipe[1], &number, 1) == 1) {
        Q_EMIT stopRequested(number);
    }
}

} // namespace HealthHub::Kiosk
