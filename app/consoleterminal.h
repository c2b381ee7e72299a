// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/terminal.h"

#include <memory>

namespace HealthHub::Store {
class Store;
}

class QStackedWidget;
class QWidget;

namespace HealthHub::Ui {
class ConsoleContext;
class ConsoleShell;
class HubBar;
class HubScreen;
} // namespace HealthHub::Ui

namespace HealthHub::App {

/**
 * The volunteer console: it owns the encrypted records store for the life of the program and the context the
 * console's screens share (who is signed in); the shell receives both. On a hub, the hub's bar (requests for a
 * volunteer, at once and on every screen) sits above the shell, the Terminals screen beside it, and the booth's
 * booking times go out to the booths whenever the records are open and the bookings or the booths change.
 */
class ConsoleTerminal final : public Terminal
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsoleTerminal)

public:
    explicit ConsoleTerminal(const TerminalContext &context, QObject *parent = nullptr);
    ~ConsoleTerminal() override;

    QWidget *takeShell() override;
    bool showScreen(const QString &objectName) override;
    void start(Kiosk::Watchdog *watchdog) override;

private:
    void buildHub(HubLink::Link *hub);
    void publishBookings();

    std::unique_ptr<Store::Store> m_store;
    Ui::ConsoleContext *m_context = nullptr;
    Ui::ConsoleShell *m_shell = nullptr;
    HubLink::Link *m_hub = nullptr;
    QWidget *m_top = nullptr; ///< what the window shows: the shell, or the hub's bar over the shell and Terminals
    QStackedWidget *m_pages = nullptr;
    Ui::HubScreen *m_hubScreen = nullptr;
};

} // namespace HealthHub::App
