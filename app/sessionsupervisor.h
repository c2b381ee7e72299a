// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace HealthHub::Kiosk {
class VisitorSession;
class Watchdog;
} // namespace HealthHub::Kiosk

namespace HealthHub::App {

/**
 * Looks after a terminal's visitor session for the life of the program: the restart policy (a new process after
 * N visitors, or when idle after the web engine was used), the hard reset when something survived a wipe, and
 * the systemd watchdog's readiness and heartbeat (a live page must answer). The visitor and booth terminals use
 * it, and so does the soak benchmark, so the product's policy is the one measured.
 */
class SessionSupervisor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionSupervisor)

public:
    explicit SessionSupervisor(Kiosk::VisitorSession *session, QObject *parent = nullptr);

    /**
     * Start afresh after @p afterSessions visitors (0: never) and, with @p whenIdleAfterWeb, when the kiosk is
     * idle again after a visitor used the web engine. Set before the session starts.
     */
    void setRestartPolicy(int afterSessions, bool whenIdleAfterWeb);
    /** The watchdog is told READY=1 when the session first starts, then beats while a page answers. */
    void superviseWith(Kiosk::Watchdog *watchdog);
    /**
     * The program is asked to stop (SIGTERM, SIGINT): the session is reset as at Finish, and stopped() says when
     * its wipe is done. No restart is asked for after this, whatever the wipe finds.
     */
    void wipeAndStop();

Q_SIGNALS:
    /** A new process is due: the terminal's owner exits with Kiosk::VisitorSession::kRestartExitCode. */
    void restartRequested();
    /** wipeAndStop()'s wipe is done; @p verified: checked clean (false: leftovers were found). */
    void stopped(bool verified);

private:
    void askForRestart();

    Kiosk::VisitorSession *m_session = nullptr;
    bool m_stopping = false;
};

} // namespace HealthHub::App
