// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/admincommand.h"

#include "app/cli/command.h"
#include "app/cli/commandcontext.h"
#include "app/cli/commands/commands.h"
#include "core/config/settings.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>

#include <optional>
#include <vector>

namespace HealthHub::Cli {

namespace {

const char kHelpTail[] = R"(
Options of every command:
  --data-dir FOLDER          The records folder (default: [terminal] data_dir of the configuration).
  --config FILE              The terminal configuration (default: /etc/healthhub/healthhub.ini if present).
  --passphrase-fd N          Read the passphrase from file descriptor N (one line).
  --new-passphrase-fd N      Read the new passphrase (change-passphrase) from file descriptor N.
  -h, --help                 Show this help.

The passphrase never goes on the command line. It comes from --passphrase-fd, the HEALTHHUB_PASSPHRASE
environment variable, or a prompt. change-passphrase also reads HEALTHHUB_NEW_PASSPHRASE. In the same way
hash-pin reads the PIN from --pin-fd, the HEALTHHUB_EXIT_PIN environment variable, or a prompt.
Opening the records also removes what is past the retention period, as the console does.

Exit codes: 0 done, 1 failed, 2 usage or configuration error, 3 wrong passphrase,
4 no records or key file missing, 5 records, backup or audit log damaged.
)";

constexpr int kUsageColumn = 29;

/** Every command, once: --help, dispatch and the option check all come from this list. */
std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(makeInitCommand());
    commands.push_back(makeVerifyCommand());
    commands.push_back(makeBackupCommand());
    commands.push_back(makeRestoreCommand());
    commands.push_back(makePurgeCommand());
    commands.push_back(makeExportVisitorCommand());
    commands.push_back(makeEraseVisitorCommand());
    commands.push_back(makeReportCommand());
    commands.push_back(makeChangePassphraseCommand());
    commands.push_back(makeHashPinCommand());
    commands.push_back(makeHubCommand());
    commands.push_back(makeBundleCommand());
    return commands;
}

QList<QCommandLineOption> sharedOptions()
{
    return {QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")}, QString()),
            QCommandLineOption(QStringLiteral("data-dir"), QString(), QStringLiteral("folder")),
            QCommandLineOption(QStringLiteral("config"), QString(), QStringLiteral("file")),
            QCommandLineOption(QStringLiteral("passphrase-fd"), QString(), QStringLiteral("n")),
            QCommandLineOption(QStringLiteral("new-passphrase-fd"), QString(), QStringLiteral("n"))};
}

QString helpText(const std::vector<std::unique_ptr<Command>> &commands)
{
    QString text = QStringLiteral("Usage: healthhub admin <command> [options]\n\nCommands:\n");
    const QString indent(kUsageColumn, QLatin1Char(' '));
    for (const auto &command : commands) {
        const QString usage = QStringLiteral("  ") + command->usage();
        const QStringList lines = command->help().split(QLatin1Char('\n'));
        // A long usage line gets its own line; the help starts on the next one, under the others.
        text +=
            usage.size() < kUsageColumn - 1 ? usage.leftJustified(kUsageColumn) : usage + QLatin1Char('\n') + indent;
        text += lines.first() + QLatin1Char('\n');
        for (qsizetype i = 1; i < lines.size(); ++i) {
            text += indent + lines.at(i) + QLatin1Char('\n');
        }
    }
    return text + QString::fromUtf8(kHelpTail);
}

/** Adds @p option unless one of its names is already there (commands may share an option's name). */
void addOnce(QCommandLineParser &parser, const QCommandLineOption &option, QStringList &names)
{
    for (const QString &name : option.names()) {
        if (names.contains(name)) {
            return;
        }
    }
    names += option.names();
    parser.addOption(option);
}

bool parse(QCommandLineParser &parser, const QStringList &arguments)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (parser.parse(QStringList{QStringLiteral("healthhub admin")} + arguments)) {
        return true;
    }
    QString problem = parser.errorText();
    if (problem.endsWith(QLatin1Char('.'))) {
        problem.chop(1);
    }
    CommandContext::err(problem + QStringLiteral(". Run healthhub admin --help to see the commands."));
    return false;
}

/** The configuration gives the data folder, the terminal's name and the retention period. */
std::optional<Config::TerminalConfig> loadConfig(const QCommandLineParser &parser)
{
    Config::TerminalConfig config = Config::TerminalConfig::defaults();
    QString path = parser.value(QStringLiteral("config"));
    if (path.isEmpty() && QFileInfo::exists(Config::Settings::systemConfigPath())) {
        path = Config::Settings::systemConfigPath();
    }
    if (!path.isEmpty()) {
        const Config::Settings::LoadResult loaded = Config::Settings::load(path);
        if (!loaded.ok()) {
            for (const Config::ConfigError &error : loaded.errors) {
                CommandContext::err(error.message());
            }
            return std::nullopt;
        }
        config = loaded.config;
    }
    if (parser.isSet(QStringLiteral("data-dir"))) {
        config.dataDir = QDir::cleanPath(QDir::current().absoluteFilePath(parser.value(QStringLiteral("data-dir"))));
    }
    return config;
}

/** Prepares what @p command needs, then runs it. */
int runCommand(Command &command, const QCommandLineParser &parser)
{
    const QStringList words = parser.positionalArguments().mid(1);
    if (command.needs() == Command::Needs::Nothing) {
        CommandContext context(parser, words, Config::TerminalConfig::defaults());
        return command.run(context);
    }
    const std::optional<Config::TerminalConfig> config = loadConfig(parser);
    if (!config) {
        return AdminExit::Usage;
    }
    CommandContext context(parser, words, *config);
    if (command.needs() == Command::Needs::Unlocked) {
        const auto passphrase = context.readPassphrase(QStringLiteral("Hub passphrase: "), false);
        if (!passphrase) {
            return AdminExit::Usage;
        }
        const Store::StoreError unlocked = context.records().unlock(*passphrase);
        if (!unlocked.ok()) {
            return CommandContext::report(unlocked);
        }
    }
    return command.run(context);
}

} // namespace

int runAdmin(const QStringList &arguments)
{
    // The command line speaks for itself: the store's own log lines would only repeat its messages.
    QLoggingCategory::setFilterRules(QStringLiteral("healthhub.store.info=false\nhealthhub.store.warning=false"));
    const std::vector<std::unique_ptr<Command>> commands = allCommands();

    // First find the command, with every option any command takes; then parse again with only its own.
    QCommandLineParser scan;
    QStringList names;
    for (const QCommandLineOption &option : sharedOptions()) {
        addOnce(scan, option, names);
    }
    for (const auto &command : commands) {
        for (const QCommandLineOption &option : command->options()) {
            addOnce(scan, option, names);
        }
    }
    if (!parse(scan, arguments)) {
        return AdminExit::Usage;
    }
    const QStringList words = scan.positionalArguments();
    if (scan.isSet(QStringLiteral("help")) || words.isEmpty()) {
        CommandContext::out(helpText(commands));
        return words.isEmpty() && !scan.isSet(QStringLiteral("help")) ? AdminExit::Usage : AdminExit::Ok;
    }
    const auto found = std::find_if(commands.begin(), commands.end(),
                                    [&](const auto &command) { return command->name() == words.first(); });
    if (found == commands.end()) {
        CommandContext::err(QStringLiteral("\"%1\" is not a command. Run healthhub admin --help to see the commands.")
                                .arg(words.first()));
        return AdminExit::Usage;
    }
    QCommandLineParser parser;
    parser.addOptions(sharedOptions() + (*found)->options());
    if (!parse(parser, arguments)) {
        return AdminExit::Usage;
    }
    return runCommand(**found, parser);
}

} // namespace HealthHub::Cli
