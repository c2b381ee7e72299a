// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

#include <functional>

namespace HealthHub::Kiosk {

/**
 * Watches the whole application for a person: any touch, mouse, key or wheel event counts as activity.
 * After idleMs without activity it enters the warning (countdown) state; after a further warningMs it
 * times out. While inhibited (a call, camera, microphone or media in use) it never warns or times out.
 *
 * Time comes from a clock function so tests can drive it with a fake clock instead of sleeping.
 */
class IdleWatch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdleWatch)

public:
    enum class State { Stopped, Active, Warning };
    using Clock = std::function<qint64()>; ///< milliseconds, monotonic

    explicit IdleWatch(qint64 idleMs, qint64 warningMs, QObject *parent = nullptr);
    ~IdleWatch() override;

    void setClock(Clock clock);
    void setIntervals(qint64 idleMs, qint64 warningMs);

    State state() const { return m_state; }
    /** Whole seconds left in the countdown (only meaningful in the Warning state). */
    int secondsLeft() const;

    /** Starts watching from now, with a fresh idle period. */
    void start();
    void stop();
    /** Activity: called by the event filter, and by web pages reporting input. Ends a warning. */
    void poke();
    /** While inhibited there is no warning and no timeout; lifting it starts a fresh idle period. */
    void setInhibited(bool inhibited);
    bool isInhibited() const { return m_inhibited; }

    /** Re-reads the clock and changes state if due. The internal timer calls this; tests may too. */
    void evaluate();

Q_SIGNALS:
    void warningStarted(int secondsLeft);
    void countdown(int secondsLeft);
    void warningCancelled();
    void timedOut();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    qint64 now() const;

    QTimer m_timer;
    Clock m_clock;
    qint64 m_idleMs = 0;
    qint64 m_warningMs = 0;
    qint64 m_lastActivity = 0;
    int m_lastAnnounced = -1;
    State m_state = State::Stopped;
    bool m_inhibited = false;
};

} // namespace HealthHub::Kiosk
