// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QWidget;

namespace HealthHub::Config {
struct TerminalConfig;
class VisitorPreferences;
} // namespace HealthHub::Config

namespace HealthHub::HubLink {
class Link;
}

namespace HealthHub::Kiosk {
class Watchdog;
}

namespace HealthHub::App {

/** What a terminal is given by the Application: its configuration, the visitor's display choices, the hub. */
struct TerminalContext
{
    const Config::TerminalConfig &config;
    Config::VisitorPreferences *preferences = nullptr;
    HubLink::Link *hub = nullptr; ///< null when this terminal has not joined a hub
};

/**
 * One role of the program (visitor kiosk, volunteer console, video booth). A terminal owns what its role needs
 * beyond the window, for as long as the program runs (sessions, the records store, bookings), builds the role's
 * shell and hands it over, and says when the program must start again. The Application owns the rest (window,
 * lockdown, theme, watchdog); shells receive their sessions and contexts from here and never create them.
 */
class Terminal : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Terminal)

public:
    explicit Terminal(QObject *parent = nullptr)
        : QObject(parent)
    {}
    ~Terminal() override = default;

    /** The role's screens, made once; the main window takes ownership. */
    virtual QWidget *takeShell() = 0;
    /** Opens a screen by objectName for --show; false when the role has no such screen. */
    virtual bool showScreen(const QString &objectName) = 0;
    /** After the window is shown: starts the role's sessions; @p watchdog hears when the terminal is ready. */
    virtual void start(Kiosk::Watchdog *watchdog) = 0;
    /**
     * The program is asked to stop (SIGTERM, SIGINT): a role with visitors wipes their session as at Finish, then
     * emits stopped(). The default has nothing to wipe.
     */
    virtual void stop()
    {
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT stopped(true); }, Qt::QueuedConnection);
    }

Q_SIGNALS:
    /** The program must start again with a new web engine process (Kiosk::VisitorSession::kRestartExitCode). */
    void restartRequested();
    /** stop()'s wipe is done; @p verified: checked clean. */
    void stopped(bool verified);
};

} // namespace HealthHub::App
