// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/consoleterminal.h"

#include "core/bookings/boothbookings.h"
#include "core/hublink/hublink.h"
#include "core/store/store.h"
#include "kiosk/watchdog.h"
#include "ui/console/consolecontext.h"
#include "ui/console/consoleshell.h"
#include "ui/console/hubbar.h"
#include "ui/console/hubscreen.h"

#include <QCoreApplication>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace HealthHub::App {

ConsoleTerminal::ConsoleTerminal(const TerminalContext &context, QObject *parent)
    : Terminal(parent)
    , m_store(std::make_unique<Store::Store>(Ui::ConsoleContext::storeOptionsFor(context.config)))
    , m_context(new Ui::ConsoleContext(context.config, m_store.get(), this))
    , m_shell(new Ui::ConsoleShell(m_context))
    , m_hub(context.hub)
    , m_top(m_shell)
{
    if (m_hub) {
        buildHub(m_hub);
    }
}

void ConsoleTerminal::buildHub(HubLink::Link *hub)
{
    m_top = new QWidget;
    m_top->setObjectName(QStringLiteral("consoleWithHub"));
    auto *layout = new QVBoxLayout(m_top);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *bar = new Ui::HubBar(hub, m_context, m_top);
    m_pages = new QStackedWidget(m_top);
    m_hubScreen = new Ui::HubScreen(hub, m_pages);
    m_shell->setParent(m_pages);
    m_pages->addWidget(m_shell);
    m_pages->addWidget(m_hubScreen);
    layout->addWidget(bar);
    layout->addWidget(m_pages, 1);
    connect(bar, &Ui::HubBar::terminalsRequested, m_pages, [this] { m_pages->setCurrentWidget(m_hubScreen); });
    connect(m_hubScreen, &Ui::HubScreen::backRequested, m_pages, [this] { m_pages->setCurrentWidget(m_shell); });
    // Booking times for the booths: when the records open or change, when a booth appears, when reconnected.
    connect(m_context, &Ui::ConsoleContext::recordsChanged, this, &ConsoleTerminal::publishBookings);
    connect(m_context, &Ui::ConsoleContext::signedInChanged, this, &ConsoleTerminal::publishBookings);
    connect(hub, &HubLink::Link::terminalsChanged, this, &ConsoleTerminal::publishBookings);
    HubLink::TerminalStatus status;
    status.version = QCoreApplication::applicationVersion();
    hub->setStatus(status);
}

void ConsoleTerminal::publishBookings()
{
    if (!m_store->isOpen()) {
        return; // locked: the last times sent stay on the broker
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto bookings = m_store->bookings(now.addSecs(-3600), now.addSecs(24 * 3600));
    if (!bookings.ok()) {
        return;
    }
    QList<HubLink::BookingTime> times;
    for (const Records::Booking &booking : bookings.value()) {
        if (booking.room == Bookings::BoothBookings::room() && booking.endsAt > now) {
            times.append({booking.startsAt, booking.endsAt}); // times only: never who or why
        }
    }
    for (const HubLink::TerminalSeen &seen : m_hub->terminals()) {
        if (seen.status.role == QLatin1String("booth")) {
            m_hub->publishBookings(seen.name, times);
        }
    }
}

// The window deletes the shell (which saves its draft into the store) before the terminal goes.
ConsoleTerminal::~ConsoleTerminal() = default;

QWidget *ConsoleTerminal::takeShell()
{
    return m_top;
}

bool ConsoleTerminal::showScreen(const QString &objectName)
{
    if (m_pages && objectName == QLatin1String("consoleHub")) {
        m_pages->setCurrentWidget(m_hubScreen);
        return true;
    }
    return m_shell->showScreen(objectName);
}

void ConsoleTerminal::start(Kiosk::Watchdog *watchdog)
{
    // The console has no visitor session: ready once shown; the heartbeat is an event-loop round trip only.
    watchdog->setWebProbe([](std::function<void(bool)> answer) { answer(true); });
    QTimer::singleShot(0, watchdog, [watchdog] {
        watchdog->notifyReady();
        watchdog->start();
    });
}

} // namespace HealthHub::App
