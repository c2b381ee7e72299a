// SPDX-License-Identifier: GPL-3.0-or-later
// The composition root: read the command line and configuration, then build the role's window.

#include "app/cli/admincommand.h"
#include "core/bookings/boothbookings.h"
#include "core/catalogue/catalogue.h"
#include "core/catalogue/taskusagerecorder.h"
#include "core/config/commandline.h"
#include "core/config/languagemanager.h"
#include "core/config/logging.h"
#include "core/config/settings.h"
#include "core/config/visitorpreferences.h"
#include "core/store/processhardening.h"
#include "kiosk/exitpingate.h"
#include "kiosk/inputlockdown.h"
#include "kiosk/restart.h"
#include "kiosk/urlschemes.h"
#include "kiosk/visitorsession.h"
#include "kiosk/watchdog.h"
#include "ui/booth/boothshell.h"
#include "ui/common/capture.h"
#include "ui/common/exitpinscreen.h"
#include "ui/common/mainwindow.h"
#include "ui/common/onscreenkeyboard.h"
#include "ui/common/theme.h"
#include "ui/console/consoleshell.h"
#include "ui/visitor/idleoverlay.h"
#include "ui/visitor/sessionlink.h"
#include "ui/visitor/visitorshell.h"

#include <QApplication>
#include <QDir>
#include <QTemporaryDir>
#include <QTimer>

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace HealthHub;

namespace {
/** The exit code for the on-screen keyboard's early exit (see main()). */
int s_exitCode = 0;
} // namespace

namespace {

QStringList argumentList(int argc, char **argv)
{
    QStringList arguments;
    arguments.reserve(argc);
    for (int i = 0; i < argc; ++i) {
        arguments.append(QString::fromLocal8Bit(argv[i]));
    }
    return arguments;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication::setApplicationName(QStringLiteral("healthhub"));
    QCoreApplication::setOrganizationName(QStringLiteral("healthhub"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HEALTHHUB_VERSION));

    // `healthhub admin <command>`: the records store from a shell. No display, no GUI, no core dumps.
    if (argc > 1 && qstrcmp(argv[1], "admin") == 0) {
        Store::disableCoreDumps();
        QCoreApplication app(argc, argv);
        return Cli::runAdmin(argumentList(argc, argv).mid(2));
    }

    // Decide everything before opening a window, so --help, --version and bad configuration need no display.
    Config::StartupPlan plan = Config::planStartup(argumentList(argc, argv), Config::Settings::systemConfigPath());
    switch (plan.action) {
    case Config::StartupPlan::Action::PrintExit:
        std::fputs(qPrintable(plan.output), stdout);
        return 0;
    case Config::StartupPlan::Action::Fail:
        std::fprintf(stderr, "healthhub: %s\n", qPrintable(plan.errorText()));
        return Config::kConfigErrorExitCode;
    case Config::StartupPlan::Action::Run:
        break;
    }

    // The demo keeps its made-up data in a temporary folder that is removed at exit.
    std::unique_ptr<QTemporaryDir> demoDir;
    if (plan.config.demo && !plan.options.dataDirGiven) {
        demoDir = std::make_unique<QTemporaryDir>(QDir::temp().filePath(QStringLiteral("healthhub-demo-XXXXXX")));
        if (!demoDir->isValid()) {
            std::fprintf(stderr, "healthhub: could not make a temporary folder for the demo: %s\n",
                         qPrintable(demoDir->errorString()));
            return 1;
        }
        plan.config.dataDir = demoDir->path();
    }
    if (!QDir().mkpath(plan.config.dataDir)) {
        std::fprintf(stderr,
                     "healthhub: the data folder %s cannot be created. Check [terminal] data_dir and the "
                     "folder's permissions.\n",
                     qPrintable(plan.config.dataDir));
        return Config::kConfigErrorExitCode;
    }

    // The web engine must know the application's URL schemes before QApplication exists.
    Kiosk::registerUrlSchemes();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    if (plan.config.role == Config::Role::Console ||
        (plan.config.role == Config::Role::Booth && !plan.config.boothRecordsDir.isEmpty())) {
        // The console holds the records key in memory, and a booth that reads its bookings holds it for a
        // moment: no core dump may write it to disk. The other roles hold no key; their web view's Chromium
        // sets its own processes' dumpability.
        Store::disableCoreDumps();
    }
    // Touch-only visitor terminals type with Qt's on-screen keyboard; it must be chosen before the application.
    const bool onScreenKeyboard = plan.config.role == Config::Role::Visitor && plan.config.onScreenKeyboard;
    if (onScreenKeyboard) {
        Ui::OnScreenKeyboard::select();
    }
    QApplication app(argc, argv);
    const Config::TerminalConfig &config = plan.config;
    qCInfo(lcApp) << "starting as" << Config::roleName(config.role) << (config.demo ? "(demo)" : "")
                  << (config.kiosk ? "(kiosk)" : "");

    // The volunteer console is staff-facing and English only (docs/languages.md); the other roles start in the
    // terminal's language.
    Config::VisitorPreferences preferences(config.role == Config::Role::Console ? QStringLiteral("en")
                                                                             : config.defaultLanguage);
    preferences.setTextScale(plan.options.textScale);
    // The language follows the visitor's choice at once, and returns to the terminal's default at Finish.
    Config::LanguageManager languages;
    languages.follow(&preferences);
    std::unique_ptr<Ui::OnScreenKeyboard> keyboard;
    if (onScreenKeyboard && Ui::OnScreenKeyboard::isSelected()) {
        keyboard = std::make_unique<Ui::OnScreenKeyboard>();
        keyboard->setLanguage(languages.language());
        QObject::connect(&languages, &Config::LanguageManager::languageChanged, keyboard.get(),
                         &Ui::OnScreenKeyboard::setLanguage);
        // Qt 6.4's virtual keyboard deletes its panel after QApplication is gone and aborts the process. By the
        // time Qt's post routines run, everything of ours has been destroyed: end the process there instead.
        qAddPostRoutine([] {
            std::fflush(nullptr);
            std::_Exit(s_exitCode);
        });
    }
    auto applyTheme = [&app, &preferences] {
        Ui::Theme::apply(app, {preferences.textScale(), preferences.highContrast(), preferences.language()});
    };
    applyTheme();
    QObject::connect(&preferences, &Config::VisitorPreferences::changed, &app, applyTheme);

    Catalogue::Catalogue catalogue;
    Catalogue::TaskUsageRecorder usage;
    Ui::MainWindow window(config);
    // Kiosk mode: no shortcut, close request or desktop key leaves the application.
    Kiosk::InputLockdown lockdown;
    // Leaving kiosk mode: the hidden gesture, then the hub lead's PIN; the right PIN ends the program with
    // its own exit status (76), which the kiosk unit does not restart on.
    Kiosk::ExitPinGate exitGate(config.exitPinHash);
    auto *exitPinScreen = new Ui::ExitPinScreen(&exitGate, &window);
    QObject::connect(exitPinScreen, &Ui::ExitPinScreen::exitAuthorised, &app, [&lockdown] {
        lockdown.setExitAllowed(true);
        QCoreApplication::exit(Kiosk::ExitPinGate::kLeftKioskExitCode);
    });
    if (config.kiosk) {
        lockdown.install();
        lockdown.protect(&window);
        QObject::connect(&lockdown, &Kiosk::InputLockdown::exitGesture, exitPinScreen, &Ui::ExitPinScreen::open);
    }
    // Screens that are not in a role's stack, for screenshots and tests.
    const QString showScreen = plan.options.showScreen;
    bool shownHere = false;
    if (showScreen == QLatin1String("exitPin")) {
        shownHere = true;
        QTimer::singleShot(0, exitPinScreen, &Ui::ExitPinScreen::open);
    }
    Kiosk::Watchdog watchdog;
    std::unique_ptr<Kiosk::VisitorSession> session;
    bool shown = plan.options.showScreen.isEmpty();
    const auto showInShell = [&plan, &shown](auto *shell) {
        shown = shown || shell->showScreen(plan.options.showScreen);
    };
    switch (config.role) {
    case Config::Role::Visitor: {
        // Guides are read and checked once, at start; a broken guide is logged and left out.
        catalogue = Catalogue::Catalogue::load(Catalogue::Catalogue::sourcesFor(config.contentDir));
        auto *shell = new Ui::VisitorShell(config, &preferences, &catalogue);
        // Anonymous counts of guides opened and finished, only while a records store is open on this
        // terminal. Visitor terminals open none today, so nothing is counted there (docs/content-format.md).
        QObject::connect(shell, &Ui::VisitorShell::taskOpened, shell,
                         [&usage](const QString &id) { usage.opened(id); });
        QObject::connect(shell, &Ui::VisitorShell::taskFinished, shell,
                         [&usage](const QString &id) { usage.finished(id); });
        // Each visitor gets a fresh web sandbox; Finish and the idle countdown wipe it and verify the wipe.
        session = std::make_unique<Kiosk::VisitorSession>(Kiosk::UrlPolicy(config.allowedHosts, config.allowLoopback),
                                                          &preferences, qint64(config.idleSeconds) * 1000,
                                                          qint64(config.warningSeconds) * 1000);
        auto *idleOverlay = new Ui::IdleOverlay(session->idleWatch(), shell);
        if (showScreen == QLatin1String("idleWarning")) {
            shownHere = true;
            QTimer::singleShot(0, idleOverlay,
                               [idleOverlay, &config] { idleOverlay->showCountdown(config.warningSeconds); });
        }
        // Web pages in the session's sandbox, made on demand; Finish wipes it and verifies the wipe.
        Ui::linkVisitorSession(shell, session.get());
        // Qt WebEngine keeps a little of each visitor's deleted profile: start afresh every N visitors, when idle.
        session->setRestartAfter(config.restartAfterSessions);
        // Once used, the web engine stays in the process (about 90 MB): a kiosk left idle restarts without it.
        session->setRestartWhenIdleAfterWeb(config.kiosk);
        QObject::connect(session.get(), &Kiosk::VisitorSession::restartDue, &app,
                         [] { QCoreApplication::exit(Kiosk::VisitorSession::kRestartExitCode); });
        QObject::connect(session.get(), &Kiosk::VisitorSession::hardResetRequired, &app, [] {
            // Something survived the wipe: start again with a new web engine process.
            QCoreApplication::exit(Kiosk::VisitorSession::kRestartExitCode);
        });
        Kiosk::VisitorSession *visitorSession = session.get();
        watchdog.setWebProbe(
            [visitorSession](std::function<void(bool)> answer) { visitorSession->heartbeat(std::move(answer)); });
        QObject::connect(session.get(), &Kiosk::VisitorSession::started, &watchdog, [&watchdog] {
            watchdog.notifyReady();
            watchdog.start();
        });
        // After the first frame. The web engine is not started here: it would cost more memory than the whole
        // home screen, so it starts when a visitor presses Start (docs/lockdown.md, "Memory at the home screen").
        QTimer::singleShot(0, session.get(), &Kiosk::VisitorSession::start);
        window.setShell(shell);
        showInShell(shell);
        break;
    }
    case Config::Role::Console: {
        auto *shell = new Ui::ConsoleShell(config);
        window.setShell(shell);
        showInShell(shell);
        break;
    }
    case Config::Role::Booth: {
        auto *shell = new Ui::BoothShell(config);
        // The booth is one visitor session: a leftover after a call restarts the web engine, as on a kiosk.
        QObject::connect(shell, &Ui::BoothShell::hardResetRequired, &app,
                         [] { QCoreApplication::exit(Kiosk::VisitorSession::kRestartExitCode); });
        Kiosk::VisitorSession *boothSession = shell->visitorSession();
        // Each call's deleted profile leaves a little behind too: start afresh every N sessions, when idle.
        boothSession->setRestartAfter(config.restartAfterSessions);
        QObject::connect(boothSession, &Kiosk::VisitorSession::restartDue, &app,
                         [] { QCoreApplication::exit(Kiosk::VisitorSession::kRestartExitCode); });
        watchdog.setWebProbe(
            [boothSession](std::function<void(bool)> answer) { boothSession->heartbeat(std::move(answer)); });
        QObject::connect(boothSession, &Kiosk::VisitorSession::started, &watchdog, [&watchdog] {
            watchdog.notifyReady();
            watchdog.start();
        });
        // The next booking, when this terminal can read the hub's records ([booth] records_dir).
        auto *bookings = new Bookings::BoothBookings(config, shell);
        shell->showBookingsFrom(bookings);
        QTimer::singleShot(0, bookings, &Bookings::BoothBookings::start);
        window.setShell(shell);
        showInShell(shell);
        break;
    }
    }
    if (!shown && !shownHere) {
        std::fprintf(stderr, "healthhub: --show \"%s\" is not a screen of the %s role.\n",
                     qPrintable(plan.options.showScreen), qPrintable(Config::roleName(config.role)));
        return Config::kConfigErrorExitCode;
    }

    if (config.role == Config::Role::Console) {
        // The console has no visitor session: ready once shown; the heartbeat is an event-loop round trip only.
        watchdog.setWebProbe([](std::function<void(bool)> answer) { answer(true); });
        QTimer::singleShot(0, &watchdog, [&watchdog] {
            watchdog.notifyReady();
            watchdog.start();
        });
    }

    Ui::StartupCapture capture(&window, plan.options);
    window.present();
    const int code = QApplication::exec();
    s_exitCode = code;
    if (code == Kiosk::VisitorSession::kRestartExitCode) {
        // A harder reset: a new process, so a new web engine with nothing of the last visitor in it, and none of
        // the old one's helper processes left running (kiosk/restart.h).
        session.reset();
        Kiosk::startAgain(argv);
    }
    return code;
}
