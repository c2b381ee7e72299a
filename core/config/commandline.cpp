// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/config/commandline.h"

#include "core/config/settings.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace HealthHub::Config {

namespace {
const QString kCommandLine = QStringLiteral("command line");
}

QString StartupPlan::errorText() const
{
    QStringList lines;
    for (const ConfigError &error : errors) {
        lines.append(error.message());
    }
    return lines.join(QLatin1Char('\n'));
}

StartupPlan planStartup(const QStringList &arguments, const QString &systemConfigPath)
{
    StartupPlan plan;

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Health Hub Kiosk: a visitor kiosk, volunteer console and video booth for community Digital "
                       "Health Hubs.\nWith no configuration it starts a safe windowed demo."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption roleOption(
        QStringLiteral("role"), QStringLiteral("Run as this role: visitor, console or booth."), QStringLiteral("role"));
    const QCommandLineOption configOption(
        QStringLiteral("config"),
        QStringLiteral("Read the terminal configuration from <file> instead of %1.").arg(systemConfigPath),
        QStringLiteral("file"));
    const QCommandLineOption dataDirOption(QStringLiteral("data-dir"),
                                           QStringLiteral("Keep records and working files in <folder>."),
                                           QStringLiteral("folder"));
    const QCommandLineOption kioskOption(QStringLiteral("kiosk"),
                                         QStringLiteral("Full screen and locked down. Off by default, so a "
                                                        "developer's desktop is never locked."));
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        QStringLiteral("Safe demo: made-up data in a temporary folder that is "
                                                       "deleted at exit."));
    QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                        QStringLiteral("Save the window as a PNG <file> once it is shown and "
                                                       "idle, then exit."),
                                        QStringLiteral("file"));
    QCommandLineOption inspectOption(QStringLiteral("inspect"),
                                     QStringLiteral("Write the visible widgets as JSON to <file> once shown, then "
                                                    "exit (for tests)."),
                                     QStringLiteral("file"));
    QCommandLineOption showOption(QStringLiteral("show"),
                                  QStringLiteral("Open <screen> instead of the home screen (for docs and tests)."),
                                  QStringLiteral("screen"));
    QCommandLineOption settleOption(QStringLiteral("settle-ms"),
                                    QStringLiteral("Milliseconds to let the window settle before --screenshot or "
                                                   "--inspect (default 300)."),
                                    QStringLiteral("ms"));
    QCommandLineOption readyOption(QStringLiteral("report-ready"),
                                   QStringLiteral("Print \"ready\" once the home screen is interactive (for "
                                                  "benchmarks)."));
    const QCommandLineOption checkOption(QStringLiteral("check-config"),
                                         QStringLiteral("Check the configuration file, say what is wrong or that it "
                                                        "is fine, and exit (0 when fine, 2 when not)."));
    parser.addOption(checkOption);
    QCommandLineOption textScaleOption(QStringLiteral("text-scale"),
                                       QStringLiteral("Start with text at this size, 1.0 to 2.0 (for docs and tests)."),
                                       QStringLiteral("scale"));
    for (QCommandLineOption *option : {&inspectOption, &showOption, &settleOption, &readyOption, &textScaleOption}) {
        option->setFlags(QCommandLineOption::HiddenFromHelp);
    }
    parser.addOptions({roleOption, configOption, dataDirOption, kioskOption, demoOption, screenshotOption,
                       inspectOption, showOption, settleOption, readyOption, textScaleOption});

    if (!parser.parse(arguments)) {
        plan.errors.append({kCommandLine, QString(), QString(), QString(),
                            parser.errorText() + QStringLiteral(" Run healthhub --help to see the options.")});
        return plan;
    }
    if (!parser.positionalArguments().isEmpty()) {
        plan.errors.append({kCommandLine, QString(), QString(), QString(),
                            QStringLiteral("Unexpected argument \"%1\". Run healthhub --help to see the options.")
                                .arg(parser.positionalArguments().constFirst())});
        return plan;
    }
    if (parser.isSet(helpOption)) {
        plan.action = StartupPlan::Action::PrintExit;
        // Parsed before any QCoreApplication exists, so Qt cannot know the program's name: say it ourselves.
        plan.output = parser.helpText();
        plan.output.replace(QRegularExpression(QStringLiteral("^Usage: \\S+")), QStringLiteral("Usage: healthhub"));
        return plan;
    }
    if (parser.isSet(versionOption)) {
        plan.action = StartupPlan::Action::PrintExit;
        plan.output = QStringLiteral("healthhub %1\n").arg(QStringLiteral(HEALTHHUB_VERSION));
        return plan;
    }

    // The configuration: an explicit file, else the system file, else the demo.
    const bool demo = parser.isSet(demoOption);
    QString configPath = parser.value(configOption);
    if (configPath.isEmpty() && !demo && QFileInfo::exists(systemConfigPath)) {
        configPath = systemConfigPath;
    }
    if (configPath.isEmpty()) {
        plan.config = TerminalConfig::defaults();
        plan.config.demo = true;
    } else {
        Settings::LoadResult loaded = Settings::load(configPath);
        if (!loaded.ok()) {
            plan.errors = loaded.errors;
            return plan;
        }
        plan.config = loaded.config;
        plan.config.demo = demo;
    }

    // Command-line overrides.
    if (parser.isSet(roleOption)) {
        const QString value = parser.value(roleOption);
        if (const auto role = roleFromName(value)) {
            plan.config.role = *role;
        } else {
            plan.errors.append({kCommandLine, QStringLiteral("--role"), value, QStringLiteral("is not allowed"),
                                QStringLiteral("Use one of: visitor, console, booth.")});
        }
    }
    if (parser.isSet(dataDirOption)) {
        const QString value = parser.value(dataDirOption);
        if (value.isEmpty()) {
            plan.errors.append({kCommandLine, QStringLiteral("--data-dir"), value, QStringLiteral("is not allowed"),
                                QStringLiteral("Give a folder path.")});
        } else {
            plan.config.dataDir = QDir::cleanPath(QDir::current().absoluteFilePath(value));
            plan.options.dataDirGiven = true;
        }
    }
    if (parser.isSet(settleOption)) {
        bool ok = false;
        const int value = parser.value(settleOption).toInt(&ok);
        if (!ok || value < 0 || value > 60000) {
            plan.errors.append({kCommandLine, QStringLiteral("--settle-ms"), parser.value(settleOption),
                                QStringLiteral("is not allowed"),
                                QStringLiteral("Use a whole number of milliseconds from 0 to 60000.")});
        } else {
            plan.options.settleMs = value;
        }
    }
    if (parser.isSet(textScaleOption)) {
        bool ok = false;
        const double value = parser.value(textScaleOption).toDouble(&ok);
        if (!ok || value < 1.0 || value > 2.0) {
            plan.errors.append({kCommandLine, QStringLiteral("--text-scale"), parser.value(textScaleOption),
                                QStringLiteral("is not allowed"), QStringLiteral("Use a number from 1.0 to 2.0.")});
        } else {
            plan.options.textScale = value;
        }
    }
    for (const QCommandLineOption *option :
         std::initializer_list<const QCommandLineOption *>{&screenshotOption, &inspectOption}) {
        if (parser.isSet(*option) && parser.value(*option).isEmpty()) {
            plan.errors.append({kCommandLine, QStringLiteral("--") + option->names().constFirst(), QString(),
                                QStringLiteral("needs a file name"), QStringLiteral("Give the file to write.")});
        }
    }
    if (!plan.errors.isEmpty()) {
        return plan;
    }

    if (parser.isSet(checkOption)) {
        plan.action = StartupPlan::Action::PrintExit;
        plan.output = plan.config.configFile.isEmpty()
                          ? QStringLiteral("No configuration file: %1 does not exist, so healthhub starts the safe "
                                           "windowed demo.\n")
                                .arg(systemConfigPath)
                          : QStringLiteral("%1 is fine: role %2, hub \"%3\".\n")
                                .arg(plan.config.configFile, roleName(plan.config.role), plan.config.hubName);
        return plan;
    }
    plan.config.kiosk = parser.isSet(kioskOption);
    plan.options.screenshotFile = parser.value(screenshotOption);
    plan.options.inspectFile = parser.value(inspectOption);
    plan.options.showScreen = parser.value(showOption);
    plan.options.reportReady = parser.isSet(readyOption);
    plan.action = StartupPlan::Action::Run;
    return plan;
}

} // namespace HealthHub::Config
