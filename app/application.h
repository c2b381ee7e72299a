// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/config/commandline.h"

#include <QtGlobal>

#include <memory>
#include <optional>

class QApplication;
class QTemporaryDir;

namespace HealthHub::Config {
class LanguageManager;
class VisitorPreferences;
} // namespace HealthHub::Config

namespace HealthHub::HubLink {
class Link;
}

namespace HealthHub::Kiosk {
class ExitPinGate;
class InputLockdown;
class StopSignals;
class Watchdog;
class WindowKeeper;
} // namespace HealthHub::Kiosk

namespace HealthHub::Ui {
class ExitPinScreen;
class MainWindow;
class OnScreenKeyboard;
class StartupCapture;
} // namespace HealthHub::Ui

namespace HealthHub::App {

class Terminal;

/**
 * The running program for one terminal, from its start-up plan: the data folder, the URL schemes, the on-screen
 * keyboard, the visitor's preferences and the theme, the main window, the kiosk's lockdown and exit gate, the
 * systemd watchdog, --show and the start-up capture, and the restart. It makes the role's Terminal and gives it
 * the window; everything of the role itself lives there.
 */
class Application final
{
    Q_DISABLE_COPY_MOVE(Application)

public:
    /** @p argc and @p argv are main()'s: QApplication keeps them, and the restart starts the program again with them.
     */
    Application(int &argc, char **argv, Config::StartupPlan plan);
    ~Application();

    /** Builds the terminal, runs the event loop and starts the program again when it asks. Returns the exit code. */
    int run();

private:
    /**
     * What must happen before QApplication exists: the data folder (the demo's is temporary), the web engine's URL
     * schemes, core dumps off where a key is held, the on-screen keyboard. An exit code when the program cannot
     * go on, with the message written.
     */
    std::optional<int> prepare();
    void buildPreferences();
    void buildKeyboard();
    void buildLockdown();
    void buildHub();
    bool buildTerminal();
    /**
     * After the window is shown: SIGTERM and SIGINT wipe the visitor's session as Finish does, then end the
     * program (0 once the wipe is verified, 1 otherwise); in kiosk mode the window keeps itself in front.
     */
    void buildStopAndKeeper();
    void stop(int signal);
    int restartOrReturn(int code);

    int &m_argc;
    char **m_argv = nullptr;
    Config::StartupPlan m_plan;
    std::unique_ptr<QTemporaryDir> m_demoDir;
    std::unique_ptr<QApplication> m_app;
    std::unique_ptr<Config::VisitorPreferences> m_preferences;
    std::unique_ptr<Config::LanguageManager> m_languages;
    std::unique_ptr<Ui::OnScreenKeyboard> m_keyboard;
    std::unique_ptr<Kiosk::InputLockdown> m_lockdown;
    std::unique_ptr<Kiosk::ExitPinGate> m_exitGate;
    std::unique_ptr<Kiosk::Watchdog> m_watchdog;
    std::unique_ptr<HubLink::Link> m_hub; // after the terminal that uses it
    std::unique_ptr<Terminal> m_terminal;
    std::unique_ptr<Ui::MainWindow> m_window; // after the terminal, so the window and its shell go first
    std::unique_ptr<Ui::StartupCapture> m_capture;
    std::unique_ptr<Kiosk::StopSignals> m_stopSignals;
    std::unique_ptr<Kiosk::WindowKeeper> m_windowKeeper;
    Ui::ExitPinScreen *m_exitPinScreen = nullptr;
    bool m_stopping = false;
};

} // namespace HealthHub::App
