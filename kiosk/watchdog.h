// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

#include <functional>

namespace HealthHub::Kiosk {

/**
 * Tells systemd the application is ready (READY=1) and keeps its watchdog fed (WATCHDOG=1), but only
 * while the application really works: each beat needs a round trip through the event loop and an
 * answer from the web engine (a script run in a live page). If either hangs, the beats stop and systemd
 * restarts the kiosk. Outside systemd (or off Linux) it does nothing.
 */
class Watchdog final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Watchdog)

public:
    /** Asks the web engine to answer; calls the callback with true when a live page answered. */
    using WebProbe = std::function<void(std::function<void(bool alive)> answer)>;

    explicit Watchdog(QObject *parent = nullptr);

    /** True when systemd asked for a watchdog for this process (WATCHDOG_USEC, WATCHDOG_PID). */
    static bool isRequested();
    /** Half systemd's watchdog interval, or 0 when none was requested. */
    static int requestedBeatMs();

    void setWebProbe(WebProbe probe) { m_probe = std::move(probe); }
    /** READY=1, once: call when the home screen is shown. */
    void notifyReady();
    /** Starts beating every @p beatMs (default: requestedBeatMs()); does nothing when it is 0. */
    void start(int beatMs = 0);
    void stop();
    int beats() const { return m_beats; }
    int misses() const { return m_misses; }

Q_SIGNALS:
    void beat();
    void missed();

private:
    void tick();
    static bool notify(const char *state);

    QTimer m_timer;
    WebProbe m_probe;
    quint64 m_round = 0;
    bool m_pending = false;
    bool m_ready = false;
    int m_beats = 0;
    int m_misses = 0;
};

} // namespace HealthHub::Kiosk
