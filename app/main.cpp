// SPDX-License-Identifier: GPL-3.0-or-later
// The program: `healthhub admin …` is the command line; anything else is one terminal, run by the Application.

#include "app/application.h"
#include "app/cli/admincommand.h"
#include "app/fleet.h"
#include "core/config/settings.h"
#include "core/store/privatefiles.h"
#include "core/store/processhardening.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>

using namespace HealthHub;

int main(int argc, char **argv)
{
    // Whatever the umask of the shell or unit that started it, what this program writes is its own (0600/0700).
    Store::restrictNewFilesToOwner();
    QCoreApplication::setApplicationName(QStringLiteral("healthhub"));
    QCoreApplication::setOrganizationName(QStringLiteral("healthhub"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HEALTHHUB_VERSION));
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        arguments.append(QString::fromLocal8Bit(argv[i]));
    }

    // `healthhub admin <command>`: the records store from a shell. No display, no GUI, no core dumps.
    if (arguments.value(1) == QLatin1String("admin")) {
        Store::disableCoreDumps();
        QCoreApplication app(argc, argv);
        return Cli::runAdmin(arguments.mid(2));
    }

    // Decide everything before opening a window, so --help, --version and bad configuration need no display.
    Config::StartupPlan plan = Config::planStartup(arguments, Config::Settings::systemConfigPath());
    switch (plan.action) {
    case Config::StartupPlan::Action::PrintExit:
        std::fputs(qPrintable(plan.output), stdout);
        if (arguments.contains(QStringLiteral("--version")) || arguments.contains(QStringLiteral("-v"))) {
            // Which signed bundle this terminal runs (docs/bundles.md), when it uses them.
            std::fputs(qPrintable(App::Fleet::contentLine(arguments, Config::Settings::systemConfigPath())), stdout);
        }
        return 0;
    case Config::StartupPlan::Action::Fail:
        std::fprintf(stderr, "healthhub: %s\n", qPrintable(plan.errorText()));
        return Config::kConfigErrorExitCode;
    case Config::StartupPlan::Action::Run:
        break;
    }
    App::Application application(argc, argv, std::move(plan));
    return application.run();
}
