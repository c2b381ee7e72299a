// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/application.h"

#include "app/boothterminal.h"
#include "app/consoleterminal.h"
#include "app/fleet.h"
#include "app/visitorterminal.h"
#include "core/config/languagemanager.h"
#include "core/config/logging.h"
#include "core/config/visitorpreferences.h"
#include "core/hublink/hublink.h"
#include "core/store/processhardening.h"
#include "kiosk/devtoolsswitches.h"
#include "kiosk/exitpingate.h"
#include "kiosk/inputlockdown.h"
#include "kiosk/restart.h"
#include "kiosk/stopsignals.h"
#include "kiosk/urlschemes.h"
#include "kiosk/visitorsession.h"
#include "kiosk/watchdog.h"
#include "kiosk/windowkeeper.h"
#include "ui/common/capture.h"
#include "ui/common/exitpinscreen.h"
#include "ui/common/mainwindow.h"
#include "ui/common/onscreenkeyboard.h"
#include "ui/common/theme.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <cstdlib>

namespace HealthHub::App {

namespace {
/** The exit code for the on-screen keyboard's early exit (see buildKeyboard()). */
int s_exitCode = 0;
/** How long a stop waits for the visitor's wipe before it ends the program anyway (systemd waits 90 s). */
constexpr int kStopWipeTimeoutMs = 10000;
} // namespace

Application::Application(int &argc, char **argv, Config::StartupPlan plan)
    : m_argc(argc)
    , m_argv(argv)
    , m_plan(std::move(plan))
{}

Application::~Application()
{
    m_windowKeeper.reset();
    m_stopSignals.reset();
    // The window and the role's shell go before the terminal that owns their sessions and store.
    m_capture.reset();
    m_window.reset();
    m_terminal.reset();
}

std::optional<int> Application::prepare()
{
    Config::TerminalConfig &config = m_plan.config;
    if (config.kiosk) {
        // Before the web engine reads them: developer tools would open the visitor's pages to anyone.
        const QString devTools = Kiosk::DevToolsSwitches::foundIn(QProcessEnvironment::systemEnvironment());
        if (!devTools.isEmpty()) {
            std::fprintf(stderr, "healthhub: %s\n", qPrintable(Kiosk::DevToolsSwitches::refusal(devTools)));
            return Config::kConfigErrorExitCode;
        }
    }
    // The demo keeps its made-up data in a temporary folder that is removed at exit.
    if (config.demo && !m_plan.options.dataDirGiven) {
        m_demoDir = std::make_unique<QTemporaryDir>(QDir::temp().filePath(QStringLiteral("healthhub-demo-XXXXXX")));
        if (!m_demoDir->isValid()) {
            std::fprintf(stderr, "healthhub: could not make a temporary folder for the demo: %s\n",
                         qPrintable(m_demoDir->errorString()));
            return 1;
        }
        config.dataDir = m_demoDir->path();
    }
    if (!QDir().mkpath(config.dataDir)) {
        std::fprintf(stderr,
                     "healthhub: the data folder %s cannot be created. Check [terminal] data_dir and the "
                     "folder's permissions.\n",
                     qPrintable(config.dataDir));
        return Config::kConfigErrorExitCode;
    }
    // A signed bundle that arrived is swapped in now, before anything reads the content or the settings.
    for (const QString &line : Fleet::applyAtStart(config)) {
        qCInfo(lcApp).noquote() << line;
    }
    // A process that was killed (or stopped before its reset) left its visitor's folder: nothing of it may stay.
    Kiosk::VisitorSession::removeLeftoverFolders();
    // The web engine must know the application's URL schemes before QApplication exists.
    Kiosk::registerUrlSchemes();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    if (config.role == Config::Role::Console ||
        (config.role == Config::Role::Booth && !config.boothRecordsDir.isEmpty())) {
        // The console holds the records key in memory, and a booth that reads its bookings holds it for a
        // moment: no core dump may write it to disk. The other roles hold no key; their web view's Chromium
        // sets its own processes' dumpability.
        Store::disableCoreDumps();
    }
    // Touch-only visitor terminals type with Qt's on-screen keyboard; it must be chosen before the application.
    if (config.role == Config::Role::Visitor && config.onScreenKeyboard) {
        Ui::OnScreenKeyboard::select();
    }
    return std::nullopt;
}

void Application::buildPreferences()
{
    const Config::TerminalConfig &config = m_plan.config;
    // The volunteer console is staff-facing and English only (docs/languages.md); the other roles start in the
    // terminal's language, and return to it at Finish.
    m_preferences = std::make_unique<Config::VisitorPreferences>(
        config.role == Config::Role::Console ? QStringLiteral("en") : config.defaultLanguage);
    m_preferences->setTextScale(m_plan.options.textScale);
    m_languages = std::make_unique<Config::LanguageManager>();
    m_languages->follow(m_preferences.get());
    Config::VisitorPreferences *preferences = m_preferences.get();
    QApplication *app = m_app.get();
    const auto applyTheme = [app, preferences] {
        Ui::Theme::apply(*app, {preferences->textScale(), preferences->highContrast(), preferences->language()});
    };
    applyTheme();
    QObject::connect(preferences, &Config::VisitorPreferences::changed, app, applyTheme);
}

void Application::buildKeyboard()
{
    if (!Ui::OnScreenKeyboard::isSelected()) {
        return;
    }
    m_keyboard = std::make_unique<Ui::OnScreenKeyboard>();
    m_keyboard->setLanguage(m_languages->language());
    QObject::connect(m_languages.get(), &Config::LanguageManager::languageChanged, m_keyboard.get(),
                     &Ui::OnScreenKeyboard::setLanguage);
    // Qt 6.4's virtual keyboard deletes its panel after QApplication is gone and aborts the process. By the time
    // Qt's post routines run, everything of ours has been destroyed: end the process there instead.
    qAddPostRoutine([] {
        std::fflush(nullptr);
        std::_Exit(s_exitCode);
    });
}

void Application::buildLockdown()
{
    // Kiosk mode: no shortcut, close request or desktop key leaves the application.
    m_lockdown = std::make_unique<Kiosk::InputLockdown>();
    // Leaving kiosk mode: the hidden gesture, then the hub lead's PIN; the right PIN ends the program with its
    // own exit status (76), which the kiosk unit does not restart on.
    m_exitGate = std::make_unique<Kiosk::ExitPinGate>(m_plan.config.exitPinHash);
    m_exitPinScreen = new Ui::ExitPinScreen(m_exitGate.get(), m_window.get());
    Kiosk::InputLockdown *lockdown = m_lockdown.get();
    QObject::connect(m_exitPinScreen, &Ui::ExitPinScreen::exitAuthorised, m_app.get(), [this, lockdown] {
        lockdown->setExitAllowed(true);
        if (m_windowKeeper) {
            m_windowKeeper->release();
        }
        QCoreApplication::exit(Kiosk::ExitPinGate::kLeftKioskExitCode);
    });
    if (m_plan.config.kiosk) {
        m_lockdown->install();
        m_lockdown->protect(m_window.get());
        QObject::connect(m_lockdown.get(), &Kiosk::InputLockdown::exitGesture, m_exitPinScreen,
                         &Ui::ExitPinScreen::open);
    }
}

void Application::buildHub()
{
    // A terminal joins its hub when `healthhub admin hub join` put an identity beside its configuration.
    const QString path = HubLink::Identity::pathBeside(m_plan.config.configFile);
    if (path.isEmpty() || !QFileInfo::exists(path)) {
        return;
    }
    QString problem;
    const std::optional<HubLink::Identity> identity = HubLink::Identity::load(path, &problem);
    if (!identity) {
        qCWarning(lcApp).noquote() << "not joining the hub:" << problem;
        return;
    }
    const QString role =
        m_plan.config.role == Config::Role::Visitor ? QStringLiteral("kiosk") : Config::roleName(m_plan.config.role);
    if (identity->role != role) {
        qCWarning(lcApp).noquote() << "not joining the hub: the identity is for a" << identity->role
                                   << "but this terminal is a" << role;
        return;
    }
    m_hub = std::make_unique<HubLink::Link>(*identity);
    m_hub->start();
}

bool Application::buildTerminal()
{
    const TerminalContext context{m_plan.config, m_preferences.get(), m_hub.get()};
    switch (m_plan.config.role) {
    case Config::Role::Visitor:
        m_terminal = std::make_unique<VisitorTerminal>(context);
        break;
    case Config::Role::Console:
        m_terminal = std::make_unique<ConsoleTerminal>(context);
        break;
    case Config::Role::Booth:
        m_terminal = std::make_unique<BoothTerminal>(context);
        break;
    }
    QObject::connect(m_terminal.get(), &Terminal::restartRequested, m_app.get(), [this] {
        if (!m_stopping) {
            QCoreApplication::exit(Kiosk::VisitorSession::kRestartExitCode);
        }
    });
    m_window->setShell(m_terminal->takeShell());
    // --show: a screen of the role, or one the Application itself holds (the exit PIN).
    const QString screen = m_plan.options.showScreen;
    if (screen.isEmpty()) {
        return true;
    }
    if (screen == QLatin1String("exitPin")) {
        QTimer::singleShot(0, m_exitPinScreen, &Ui::ExitPinScreen::open);
        return true;
    }
    return m_terminal->showScreen(screen);
}

int Application::run()
{
    if (const std::optional<int> failed = prepare()) {
        return *failed;
    }
    m_app = std::make_unique<QApplication>(m_argc, m_argv);
    const Config::TerminalConfig &config = m_plan.config;
    qCInfo(lcApp) << "starting as" << Config::roleName(config.role) << (config.demo ? "(demo)" : "")
                  << (config.kiosk ? "(kiosk)" : "");
    buildPreferences();
    buildKeyboard();
    m_window = std::make_unique<Ui::MainWindow>(config);
    buildLockdown();
    m_watchdog = std::make_unique<Kiosk::Watchdog>();
    buildHub();
    if (!buildTerminal()) {
        std::fprintf(stderr, "healthhub: --show \"%s\" is not a screen of the %s role.\n",
                     qPrintable(m_plan.options.showScreen), qPrintable(Config::roleName(config.role)));
        return Config::kConfigErrorExitCode;
    }
    m_terminal->start(m_watchdog.get());
    m_capture = std::make_unique<Ui::StartupCapture>(m_window.get(), m_plan.options);
    m_window->present();
    buildStopAndKeeper();
    return restartOrReturn(QApplication::exec());
}

void Application::buildStopAndKeeper()
{
    m_stopSignals = std::make_unique<Kiosk::StopSignals>();
    QObject::connect(m_stopSignals.get(), &Kiosk::StopSignals::stopRequested, m_app.get(),
                     [this](int signal) { stop(signal); });
    QObject::connect(m_terminal.get(), &Terminal::stopped, m_app.get(), [](bool verified) {
        if (verified) {
            qCInfo(lcApp) << "stopped after a verified wipe";
        } else {
            qCCritical(lcApp) << "stopped, but the wipe was not verified clean";
        }
        QCoreApplication::exit(verified ? 0 : 1);
    });
    if (m_plan.config.kiosk) {
        m_windowKeeper = std::make_unique<Kiosk::WindowKeeper>(m_window->windowHandle());
    }
}

void Application::stop(int signal)
{
    if (m_stopping) {
        return; // the wipe is under way; its end, or the time limit, ends the program
    }
    m_stopping = true;
    qCInfo(lcApp) << "asked to stop by signal" << signal << "- wiping the visitor's session first";
    if (m_lockdown) {
        m_lockdown->setExitAllowed(true);
    }
    m_terminal->stop();
    QTimer::singleShot(kStopWipeTimeoutMs, m_app.get(), [] {
        qCCritical(lcApp) << "the wipe did not finish in time; stopping without it";
        QCoreApplication::exit(1);
    });
}

int Application::restartOrReturn(int code)
{
    s_exitCode = code;
    if (code == Kiosk::VisitorSession::kRestartExitCode) {
        // A harder reset: a new process, so a new web engine with nothing of the last visitor in it, and none of
        // the old one's helper processes left running (kiosk/restart.h).
        m_capture.reset();
        m_window.reset();
        m_terminal.reset();
        Kiosk::startAgain(m_argv);
    }
    return code;
}

} // namespace HealthHub::App
