// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <functional>

namespace HealthHub::Kiosk {

/**
 * The door out of kiosk mode: checks the hub lead's PIN against [kiosk] exit_pin_hash and locks itself for
 * five minutes after five wrong PINs in a row, so a visitor cannot try every PIN. The clock is injectable
 * for tests. The lock lives as long as the application (a restart clears it, as a restart needs the computer).
 */
class ExitPinGate final
{
public:
    using Clock = std::function<qint64()>; ///< milliseconds, monotonic
    static constexpr int kMaxFailures = 5;
    static constexpr qint64 kLockMs = 5 * 60 * 1000;
    /**
     * The exit status after the right PIN: "left kiosk mode on purpose". The kiosk unit must not restart on
     * it (RestartPreventExitStatus=76); 75 means "restart me", anything else is a crash.
     */
    static constexpr int kLeftKioskExitCode = 76;

    enum class Outcome {
        Correct,       ///< leave kiosk mode
        Wrong,         ///< wrong PIN; failuresLeft() more before the lock
        Locked,        ///< too many wrong PINs: not checked at all until lockedForMs() is 0
        NotConfigured, ///< no exit_pin_hash: kiosk mode can only be left at the computer
    };

    explicit ExitPinGate(QByteArray hash = {});

    bool isConfigured() const { return !m_hash.isEmpty(); }
    void setClock(Clock clock) { m_clock = std::move(clock); }

    /** Checks @p pin (Argon2id, a fraction of a second). A lock or a missing hash answers without checking. */
    Outcome check(const QByteArray &pin);
    /** Milliseconds until PINs are checked again; 0 when not locked. */
    qint64 lockedForMs() const;
    int failuresLeft() const { return kMaxFailures - m_failures; }

private:
    qint64 now() const;

    QByteArray m_hash;
    Clock m_clock;
    int m_failures = 0;
    qint64 m_lockedUntil = -1;
};

} // namespace HealthHub::Kiosk
