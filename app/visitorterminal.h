// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/terminal.h"
#include "core/catalogue/catalogue.h"
#include "core/catalogue/taskusagerecorder.h"

#include <memory>

namespace HealthHub::Kiosk {
class VisitorSession;
}

namespace HealthHub::Ui {
class IdleOverlay;
class VisitorShell;
} // namespace HealthHub::Ui

namespace HealthHub::App {

class Fleet;
class SessionSupervisor;

/**
 * The visitor kiosk: the guides (read and checked once, at start), the visitor session with its sandbox made on
 * demand, its supervisor, the idle countdown, and the visitor's screens joined to the session.
 */
class VisitorTerminal final : public Terminal
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VisitorTerminal)

public:
    explicit VisitorTerminal(const TerminalContext &context, QObject *parent = nullptr);
    ~VisitorTerminal() override;

    QWidget *takeShell() override;
    bool showScreen(const QString &objectName) override;
    void start(Kiosk::Watchdog *watchdog) override;
    void stop() override;

    Kiosk::VisitorSession *session() const { return m_session.get(); }

private:
    int m_warningSeconds = 0;
    Catalogue::Catalogue m_catalogue;
    Catalogue::TaskUsageRecorder m_usage;
    std::unique_ptr<Kiosk::VisitorSession> m_session;
    SessionSupervisor *m_supervisor = nullptr;
    Fleet *m_fleet = nullptr;
    Ui::VisitorShell *m_shell = nullptr;
    Ui::IdleOverlay *m_idleOverlay = nullptr;
};

} // namespace HealthHub::App
