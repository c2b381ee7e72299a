// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/boothterminal.h"

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
    // The next booking, when this terminal can read the hub's records.
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
    QTimer::singleShot(0, m_bookings, &Bookings::BoothBookings::start);
}

} // namespace HealthHub::App
