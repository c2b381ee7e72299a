// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QSocketNotifier;

namespace HealthHub::Kiosk {

/**
 * SIGTERM (what `systemctl stop` sends) and SIGINT as a request to stop, heard in the event loop. A signal handler
 * may do almost nothing safely, so it only writes the signal's number into a socket pair; a QSocketNotifier reads
 * it and emits stopRequested(), where the application can wipe the visitor's session before it exits. One object
 * at a time; the default handlers come back when it is destroyed.
 */
class StopSignals final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StopSignals)

public:
    explicit StopSignals(QObject *parent = nullptr);
    ~StopSignals() override;

    /** False when the socket pair or the handlers could not be set up (then the signals end the program at once). */
    bool isListening() const { return m_notifier != nullptr; }

Q_SIGNALS:
    /** SIGTERM or SIGINT arrived (@p signal is its number). */
    void stopRequested(int signal);

private:
    void onReadable();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace HealthHub::Kiosk
