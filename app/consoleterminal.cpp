// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/consoleterminal.h"

#include "core/store/store.h"
#include "kiosk/watchdog.h"
#include "ui/console/consolecontext.h"
#include "ui/console/consoleshell.h"

#include <QTimer>

namespace HealthHub::App {

ConsoleTerminal::ConsoleTerminal(const TerminalContext &context, QObject *parent)
    : Terminal(parent)
    , m_store(std::make_unique<Store::Store>(Ui::ConsoleContext::storeOptionsFor(context.config)))
    , m_context(new Ui::ConsoleContext(context.config, m_store.get(), this))
    , m_shell(new Ui::ConsoleShell(m_context))
{}

// The window deletes the shell (which saves its draft into the store) before the terminal goes.
ConsoleTerminal::~ConsoleTerminal() = default;

QWidget *ConsoleTerminal::takeShell()
{
    return m_shell;
}

bool ConsoleTerminal::showScreen(const QString &objectName)
{
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
