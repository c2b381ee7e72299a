// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/boothterminal.h"

#include "app/hubwiring.h"
#include "app/sessionsupervisor.h"
#include "core/bookings/boothbookings.h"
#include "core/config/terminalconfig.h"
#include "kiosk/terminalsessions.h"
#include "kiosk/visitorsession.h"
#include "ui/booth/boothshell.h"

#include <QTimer>

namespace HealthHub::App {

BoothTerminal::BoothTerminal(const TerminalContext &context, QObject *parent)
    : Terminal(parent)
    , m_session(Kiosk::makeBoothSession(context.config))
{
    m_shell = new Ui::BoothShell(context.config, m_session.get());
    // The booth is one visitor session: a leftover after a call, or N calls, start the web engine afresh.
    m_supervisor = new SessionSupervisor(m_session.get(), this);
    m_supervisor->setRestartPolicy(context.config.restartAfterSessions, false);
    connect(m_supervisor, &SessionSupervisor::restartRequested, this, &Terminal::restartRequested);
    connect(m_supervisor, &SessionSupervisor::stopped, this, &Terminal::stopped);
    linkHelp(context.hub, m_shell);
    reportToHub(context.hub, m_session.get());
    if (context.hub) {
        reportBoothState(context.hub);
        // The booking times come from the console through the hub: no records and no passphrase here.
        connect(context.hub, &HubLink::Link::bookingsReceived, m_shell,
                [this](const QList<HubLink::BookingTime> &times) {
                    m_shell->setNextBooking(nextStart(times, QDateTime::currentDateTimeUtc()));
                });
        return;
    }
    // Without a hub, the old way (docs/booth.md): the next booking from the records on this disk, if configured.
    m_bookings = new Bookings::BoothBookings(context.config, this);
    m_shell->showBookingsFrom(m_bookings);
}

// The shell (owned by the window) goes before the session and the bookings it shows.
BoothTerminal::~BoothTerminal() = default;

QWidget *BoothTerminal::takeShell()
{
    return m_shell;
}

bool BoothTerminal::showScreen(const QString &objectName)
{
    return m_shell->showScreen(objectName);
}

void BoothTerminal::start(Kiosk::Watchdog *watchdog)
{
    m_supervisor->superviseWith(watchdog);
    if (m_bookings) {
        QTimer::singleShot(0, m_bookings, &Bookings::BoothBookings::start);
    }
}

QDateTime BoothTerminal::nextStart(const QList<HubLink::BookingTime> &times, const QDateTime &now)
{
    QDateTime next;
    for (const HubLink::BookingTime &time : times) {
        if (time.end > now && (!next.isValid() || time.start < next)) {
            next = time.start;
        }
    }
    return next;
}

void BoothTerminal::reportBoothState(HubLink::Link *hub)
{
    // Free, in a call, being cleared: never who.
    const auto say = [hub](const QString &state) {
        HubLink::TerminalStatus status = hub->status();
        status.booth = state;
        hub->setStatus(status);
    };
    say(QStringLiteral("free"));
    connect(m_shell, &Ui::BoothShell::callStarted, hub, [say] { say(QStringLiteral("in-call")); });
    connect(m_session.get(), &Kiosk::VisitorSession::aboutToReset, hub, [say] { say(QStringLiteral("clearing")); });
    connect(m_shell, &Ui::BoothShell::boothCleared, hub, [say] { say(QStringLiteral("free")); });
    connect(m_shell, &Ui::BoothShell::hardResetRequired, hub, [say] { say(QStringLiteral("check-failed")); });
}

void BoothTerminal::stop()
{
    m_supervisor->wipeAndStop();
}

} // namespace HealthHub::App
