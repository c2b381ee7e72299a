// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/config/commandline.h"

#include "core/config/settings.h"
#include "core/config/settingstable.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace HealthHub::Config {

namespace {

const QString kCommandLine = QStringLiteral("command line");

ConfigError commandLineError(const QString &advice)
{
    return {kCommandLine, QString(), QString(), QString(), advice};
}

ConfigError badValue(const QString &option, const QString &value, const QString &advice)
{
    return {kCommandLine, option, value, QStringLiteral("is not allowed"), advice};
}

/** The program's options, parsed once; each step of planStartup() reads them. */
class StartupOptions final
{
public:
    explicit StartupOptions(const QString &systemConfigPath)
        : m_systemConfigPath(systemConfigPath)
        , m_help(m_parser.addHelpOption())
        , m_version(m_parser.addVersionOption())
        , m_role(QStringLiteral("role"), QStringLiteral("Run as this role: visitor, console or booth."),
                 QStringLiteral("role"))
        , m_config(QStringLiteral("config"),
                   QStringLiteral("Read the terminal configuration from <file> instead of %1.").arg(systemConfigPath),
                   QStringLiteral("file"))
        , m_dataDir(QStringLiteral("data-dir"), QStringLiteral("Keep records and working files in <folder>."),
                    QStringLiteral("folder"))
        , m_kiosk(QStringLiteral("kiosk"), QStringLiteral("Full screen and locked down. Off by default, so a "
                                                          "developer's desktop is never locked."))
        , m_demo(QStringLiteral("demo"),
                 QStringLiteral("Safe demo: made-up data in a temporary folder that is deleted at exit."))
        , m_screenshot(QStringLiteral("screenshot"),
                       QStringLiteral("Save the window as a PNG <file> once it is shown and idle, then exit."),
                       QStringLiteral("file"))
        , m_inspect(QStringLiteral("inspect"),
                    QStringLiteral("Write the visible widgets as JSON to <file> once shown, then exit (for tests)."),
                    QStringLiteral("file"))
        , m_show(QStringLiteral("show"),
                 QStringLiteral("Open <screen> instead of the home screen (for docs and tests)."),
                 QStringLiteral("screen"))
        , m_settle(QStringLiteral("settle-ms"),
                   QStringLiteral("Milliseconds to let the window settle before --screenshot or --inspect (default "
                                  "300)."),
                   QStringLiteral("ms"))
        , m_ready(QStringLiteral("report-ready"),
                  QStringLiteral("Print \"ready\" once the home screen is interactive (for benchmarks)."))
        , m_check(QStringLiteral("check-config"),
                  QStringLiteral("Check the configuration file, say what is wrong or that it is fine, and exit (0 "
                                 "when fine, 2 when not)."))
        , m_textScale(QStringLiteral("text-scale"),
                      QStringLiteral("Start with text at this size, 1.0 to 2.0 (for docs and tests)."),
                      QStringLiteral("scale"))
    {
        m_parser.setApplicationDescription(
            QStringLiteral("Health Hub Kiosk: a visitor kiosk, volunteer console and video booth for community "
                           "Digital Health Hubs.\nWith no configuration it starts a safe windowed demo."));
        m_parser.addOption(m_check);
        for (QCommandLineOption *option : {&m_inspect, &m_show, &m_settle, &m_ready, &m_textScale}) {
            option->setFlags(QCommandLineOption::HiddenFromHelp);
        }
        m_parser.addOptions({m_role, m_config, m_dataDir, m_kiosk, m_demo, m_screenshot, m_inspect, m_show, m_settle,
                             m_ready, m_textScale});
    }

    /** Parses @p arguments; false with the error in @p plan when they are not the program's options. */
    bool parse(const QStringList &arguments, StartupPlan &plan)
    {
        if (!m_parser.parse(arguments)) {
            plan.errors.append(
                commandLineError(m_parser.errorText() + QStringLiteral(" Run healthhub --help to see the options.")));
            return false;
        }
        if (!m_parser.positionalArguments().isEmpty()) {
            plan.errors.append(
                commandLineError(QStringLiteral("Unexpected argument \"%1\". Run healthhub --help to see the options.")
                                     .arg(m_parser.positionalArguments().constFirst())));
            return false;
        }
        return true;
    }

    /** --help and --version: true, with what to print in @p plan, when one was given. */
    bool printsAndExits(StartupPlan &plan) const
    {
        if (m_parser.isSet(m_help)) {
            plan.action = StartupPlan::Action::PrintExit;
            // Parsed before any QCoreApplication exists, so Qt cannot know the program's name: say it ourselves.
            plan.output = m_parser.helpText();
            plan.output.replace(QRegularExpression(QStringLiteral("^Usage: \\S+")), QStringLiteral("Usage: healthhub"));
            return true;
        }
        if (m_parser.isSet(m_version)) {
            plan.action = StartupPlan::Action::PrintExit;
            plan.output = QStringLiteral("healthhub %1\n").arg(QStringLiteral(HEALTHHUB_VERSION));
            return true;
        }
        return false;
    }

    /** The configuration: an explicit file, else the system file, else the demo. False when the file is wrong. */
    bool loadConfiguration(StartupPlan &plan) const
    {
        const bool demo = m_parser.isSet(m_demo);
        QString configPath = m_parser.value(m_config);
        if (configPath.isEmpty() && !demo && QFileInfo::exists(m_systemConfigPath)) {
            configPath = m_systemConfigPath;
        }
        if (configPath.isEmpty()) {
            plan.config = TerminalConfig::defaults();
            plan.config.demo = true;
            return true;
        }
        Settings::LoadResult loaded = Settings::load(configPath);
        if (!loaded.ok()) {
            plan.errors = loaded.errors;
            return false;
        }
        plan.config = loaded.config;
        plan.config.demo = demo;
        return true;
    }

    /** What the command line changes in the configuration and run options; problems go to @p plan's errors. */
    void applyOverrides(StartupPlan &plan) const
    {
        if (m_parser.isSet(m_role)) {
            const QString value = m_parser.value(m_role);
            if (const auto role = roleFromName(value)) {
                plan.config.role = *role;
            } else {
                plan.errors.append(
                    badValue(QStringLiteral("--role"), value, settingFor("terminal", "role").kindAdvice()));
            }
        }
        if (m_parser.isSet(m_dataDir)) {
            const QString value = m_parser.value(m_dataDir);
            if (value.isEmpty()) {
                plan.errors.append(
                    badValue(QStringLiteral("--data-dir"), value, QStringLiteral("Give a folder path.")));
            } else {
                plan.config.dataDir = QDir::cleanPath(QDir::current().absoluteFilePath(value));
                plan.options.dataDirGiven = true;
            }
        }
        applyRunOverrides(plan);
    }

    /** --check-config: true, with the verdict in @p plan, when it was given. */
    bool checksOnly(StartupPlan &plan) const
    {
        if (!m_parser.isSet(m_check)) {
            return false;
        }
        plan.action = StartupPlan::Action::PrintExit;
        plan.output = plan.config.configFile.isEmpty()
                          ? QStringLiteral("No configuration file: %1 does not exist, so healthhub starts the safe "
                                           "windowed demo.\n")
                                .arg(m_systemConfigPath)
                          : QStringLiteral("%1 is fine: role %2, hub \"%3\".\n")
                                .arg(plan.config.configFile, roleName(plan.config.role), plan.config.hubName);
        return true;
    }

    void setRun(StartupPlan &plan) const
    {
        plan.config.kiosk = m_parser.isSet(m_kiosk);
        plan.options.screenshotFile = m_parser.value(m_screenshot);
        plan.options.inspectFile = m_parser.value(m_inspect);
        plan.options.showScreen = m_parser.value(m_show);
        plan.options.reportReady = m_parser.isSet(m_ready);
        plan.action = StartupPlan::Action::Run;
    }

private:
    /** The options for docs, tests and benchmarks: settle time, text size and the files to write. */
    void applyRunOverrides(StartupPlan &plan) const
    {
        if (m_parser.isSet(m_settle)) {
            bool ok = false;
            const int value = m_parser.value(m_settle).toInt(&ok);
            if (!ok || value < 0 || value > 60000) {
                plan.errors.append(badValue(QStringLiteral("--settle-ms"), m_parser.value(m_settle),
                                            QStringLiteral("Use a whole number of milliseconds from 0 to 60000.")));
            } else {
                plan.options.settleMs = value;
            }
        }
        if (m_parser.isSet(m_textScale)) {
            bool ok = false;
            const double value = m_parser.value(m_textScale).toDouble(&ok);
            if (!ok || value < 1.0 || value > 2.0) {
                plan.errors.append(badValue(QStringLiteral("--text-scale"), m_parser.value(m_textScale),
                                            QStringLiteral("Use a number from 1.0 to 2.0.")));
            } else {
                plan.options.textScale = value;
            }
        }
        for (const QCommandLineOption *option : {&m_screenshot, &m_inspect}) {
            if (m_parser.isSet(*option) && m_parser.value(*option).isEmpty()) {
                plan.errors.append({kCommandLine, QStringLiteral("--") + option->names().constFirst(), QString(),
                                    QStringLiteral("needs a file name"), QStringLiteral("Give the file to write.")});
            }
        }
    }

    QString m_systemConfigPath;
    QCommandLineParser m_parser;
    QCommandLineOption m_help;
    QCommandLineOption m_version;
    QCommandLineOption m_role;
    QCommandLineOption m_config;
    QCommandLineOption m_dataDir;
    QCommandLineOption m_kiosk;
    QCommandLineOption m_demo;
    QCommandLineOption m_screenshot;
    QCommandLineOption m_inspect;
    QCommandLineOption m_show;
    QCommandLineOption m_settle;
    QCommandLineOption m_ready;
    QCommandLineOption m_check;
    QCommandLineOption m_textScale;
};

} // namespace

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
    StartupOptions options(systemConfigPath);
    if (!options.parse(arguments, plan) || options.printsAndExits(plan) || !options.loadConfiguration(plan)) {
        return plan;
    }
    options.applyOverrides(plan);
    if (!plan.errors.isEmpty() || options.checksOnly(plan)) {
        return plan;
    }
    options.setRun(plan);
    return plan;
}

} // namespace HealthHub::Config
