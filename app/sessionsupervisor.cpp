// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sessionsupervisor.h"

#include "kiosk/visitorsession.h"
#include "kiosk/watchdog.h"

namespace HealthHub::App {

SessionSupervisor::SessionSupervisor(Kiosk::VisitorSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    connect(m_session, &Kiosk::VisitorSession::restartDue, this, &SessionSupervisor::askForRestart);
    // Something survived the wipe: only a new web engine process is certain to hold nothing of it.
    connect(m_session, &Kiosk::VisitorSession::hardResetRequired, this, &SessionSupervisor::askForRestart);
}

void SessionSupervisor::askForRestart()
{
    if (!m_stopping) {
        Q_EMIT restartRequested();
    }
}

void SessionSupervisor::wipeAndStop()
{
    if (m_stopping) {
        return;
    }
    m_stopping = true;
    // A reset already under way (Finish just pressed) ends with the same signals; reset() does not start another.
    connect(m_session, &Kiosk::VisitorSession::resetFinished, this, [this] { Q_EMIT stopped(true); });
    connect(m_session, &Kiosk::VisitorSession::hardResetRequired, this, [this] { Q_EMIT stopped(false); });
    m_session->reset();
}

void SessionSupervisor::setRestartPolicy(int afterSessions, bool whenIdleAfterWeb)
{
    // Qt WebEngine keeps a little of each visitor's deleted profile: start afresh every N visitors, when idle.
    m_session->setRestartAfter(afterSessions);
    // Once used, the web engine stays in the process (about 90 MB): a kiosk left idle restarts without it.
    m_session->setRestartWhenIdleAfterWeb(whenIdleAfterWeb);
}

void SessionSupervisor::superviseWith(Kiosk::Watchdog *watchdog)
{
    Kiosk::VisitorSession *session = m_session;
    watchdog->setWebProbe([session](std::function<void(bool)> answer) { session->heartbeat(std::move(answer)); });
    connect(m_session, &Kiosk::VisitorSession::started, watchdog, [watchdog] {
        watchdog->notifyReady();
        watchdog->start();
    });
}

} // namespace HealthHub::App
