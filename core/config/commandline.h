// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/config/terminalconfig.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace HealthHub::Config {

/** Options that steer one run of the application but are not part of a terminal's configuration. */
struct RunOptions
{
    QString screenshotFile; ///< --screenshot: grab the window to PNG once shown and idle, then exit
    QString inspectFile;    ///< --inspect: write the visible widget tree as JSON once shown, then exit
    QString showScreen;     ///< --show: open this screen instead of home (for docs and tests)
    int settleMs = 300;     ///< --settle-ms: how long to let the window settle before --screenshot/--inspect
    bool reportReady = false; ///< --report-ready: print "ready" on stdout once the home screen is interactive
    double textScale = 1.0;   ///< --text-scale: start with this text size (1.0 to 2.0), for docs and tests
    bool dataDirGiven = false;
};

/** What the command line and configuration file together tell the application to do. */
struct StartupPlan
{
    enum class Action {
        Run,       ///< start the GUI with `config`
        PrintExit, ///< print `output` (help, version) and exit 0
        Fail,      ///< print every error and exit 2
    };
    Action action = Action::Fail;
    TerminalConfig config;
    RunOptions options;
    QString output;
    QList<ConfigError> errors;

    /** All errors, one per line, as shown to the admin. */
    QString errorText() const;
};

/**
 * Parses @p arguments (argv, program name first) and loads the configuration they point at.
 * With no --config the file at @p systemConfigPath is used when it exists; otherwise the safe windowed demo.
 */
StartupPlan planStartup(const QStringList &arguments, const QString &systemConfigPath);

/** Exit code for a bad configuration or command line. */
constexpr int kConfigErrorExitCode = 2;

} // namespace HealthHub::Config
