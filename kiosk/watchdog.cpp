// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/watchdog.h"

#include "kiosk/logging.h"

#include <QMetaObject>
#include <QPointer>

namespace HealthHub::Kiosk {

Watchdog::Watchdog(QObject *parent)
    : QObject(parent)
{
    connect(&m_timer, &QTimer::timeout, this, &Watchdog::tick);
}

void Watchdog::notifyReady()
{
    if (!m_ready) {
        m_ready = true;
        if (notify("READY=1")) {
            qCInfo(lcWatchdog) << "told systemd the kiosk is ready";
        }
    }
}

void Watchdog::start(int beatMs)
{
    const int interval = beatMs > 0 ? beatMs : requestedBeatMs();
    if (interval <= 0) {
        return;
    }
    m_timer.start(interval);
}

void Watchdog::stop()
{
    m_timer.stop();
}

void Watchdog::tick()
{
    if (m_pending) {
        // The last round never came back: the event loop or the web engine is stuck. No beat.
        ++m_misses;
        qCWarning(lcWatchdog) << "heartbeat round trip did not finish; withholding the watchdog beat";
        Q_EMIT missed();
    }
    m_pending = true;
    const quint64 round = ++m_round;
    // First through the event loop (a queued call), then through the web engine.
    QMetaObject::invokeMethod(
        this,
        [this, round] {
            if (!m_probe) {
                return; // no web engine to ask: never beat blind
            }
            QPointer<Watchdog> self(this);
            m_probe([self, round](bool alive) {
                if (!self || round != self->m_round) {
                    return;
                }
                self->m_pending = false;
                if (!alive) {
                    ++self->m_misses;
                    Q_EMIT self->missed();
                    return;
                }
                if (notify("WATCHDOG=1") || !isRequested()) {
                    ++self->m_beats;
                    Q_EMIT self->beat();
                }
            });
        },
        Qt::QueuedConnection);
}

} // namespace HealthHub::Kiosk
