// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/exitpingate.h"

#include "core/hubrecords/exitpin.h"
#include "kiosk/logging.h"

#include <QElapsedTimer>

namespace HealthHub::Kiosk {

ExitPinGate::ExitPinGate(QByteArray hash)
    : m_hash(HubRecords::ExitPin::isValidHash(hash) ? std::move(hash) : QByteArray())
{}

qint64 ExitPinGate::now() const
{
    if (m_clock) {
        return m_clock();
    }
    static QElapsedTimer clock;
    if (!clock.isValid()) {
        clock.start();
    }
    return clock.elapsed();
}

qint64 ExitPinGate::lockedForMs() const
{
    if (m_lockedUntil < 0) {
        return 0;
    }
    return qMax<qint64>(0, m_lockedUntil - now());
}

ExitPinGate::Outcome ExitPinGate::check(const QByteArray &pin)
{
    if (!isConfigured()) {
        return Outcome::NotConfigured;
    }
    if (m_lockedUntil >= 0) {
        if (lockedForMs() > 0) {
            return Outcome::Locked;
        }
        m_lockedUntil = -1; // the lock has run out: a fresh set of tries
        m_failures = 0;
    }
    if (HubRecords::ExitPin::verify(m_hash, pin)) {
        m_failures = 0;
        qCInfo(lcLockdown) << "the exit PIN was accepted";
        return Outcome::Correct;
    }
    ++m_failures;
    qCInfo(lcLockdown) << "a wrong exit PIN was entered";
    if (m_failures >= kMaxFailures) {
        m_lockedUntil = now() + kLockMs;
        qCWarning(lcLockdown) << "exit PIN locked for" << kLockMs / 1000 << "s after" << kMaxFailures << "wrong PINs";
        return Outcome::Locked;
    }
    return Outcome::Wrong;
}

} // namespace HealthHub::Kiosk
