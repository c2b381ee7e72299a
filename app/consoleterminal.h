// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/terminal.h"

#include <memory>

namespace HealthHub::Store {
class Store;
}

namespace HealthHub::Ui {
class ConsoleContext;
class ConsoleShell;
} // namespace HealthHub::Ui

namespace HealthHub::App {

/**
 * The volunteer console: it owns the encrypted records store for the life of the program and the context the
 * console's screens share (who is signed in); the shell receives both.
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
    std::unique_ptr<Store::Store> m_store;
    Ui::ConsoleContext *m_context = nullptr;
    Ui::ConsoleShell *m_shell = nullptr;
};

} // namespace HealthHub::App
