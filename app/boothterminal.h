// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/terminal.h"
#include "core/hublink/messages.h"

#include <QDateTime>
#include <QList>

#include <memory>

namespace HealthHub::Bookings {
class BoothBookings;
}

namespace HealthHub::Kiosk {
class VisitorSession;
}

namespace HealthHub::Ui {
class BoothShell;
}

namespace HealthHub::App {

class SessionSupervisor;

/**
 * The video booth: one visitor session for the calls (only the allowed video services), its supervisor, and the
 * next booking: from the console through the hub (times only), or, on a booth that has not joined a hub, read
 * from the hub's records when this terminal may read them ([booth] records_dir).
 */
class BoothTerminal final : public Terminal
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BoothTerminal)

public:
    explicit BoothTerminal(const TerminalContext &context, QObject *parent = nullptr);
    ~BoothTerminal() override;

    QWidget *takeShell() override;
    bool showScreen(const QString &objectName) override;
    void start(Kiosk::Watchdog *watchdog) override;
    void stop() override;

    /** The start of the first booking in @p times that has not ended by @p now; invalid when none. */
    static QDateTime nextStart(const QList<HubLink::BookingTime> &times, const QDateTime &now);

private:
    void reportBoothState(HubLink::Link *hub);

    std::unique_ptr<Kiosk::VisitorSession> m_session;
    SessionSupervisor *m_supervisor = nullptr;
    Bookings::BoothBookings *m_bookings = nullptr;
    Ui::BoothShell *m_shell = nullptr;
};

} // namespace HealthHub::App
