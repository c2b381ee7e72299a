// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/admincommand.h"
#include "app/cli/commandcontext.h"
#include "app/cli/commands/commands.h"
#include "core/config/settings.h"
#include "core/hublink/hubsetup.h"

#include <QDir>
#include <QFileInfo>

namespace HealthHub::Cli {

namespace {

const QString kDefaultHubFolder = QStringLiteral("/etc/healthhub/hub");

/**
 * `hub init|add-terminal|remove-terminal|list|join`: the hub's broker and its terminals' identities
 * (HubLink::HubSetup). Needs no records and no passphrase; init, add and remove run on the hub PC, join on each
 * terminal.
 */
class HubCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("hub"); }
    QString usage() const override { return QStringLiteral("hub init|add-terminal|remove-terminal|list|join"); }
    QString help() const override
    {
        return QStringLiteral("The hub's broker and its terminals (docs/hub.md). On the hub PC:\n"
                              "  hub init --name HUB --host NAME [--host NAME…] [--port 8883] [--listen ADDRESS]\n"
                              "  hub add-terminal NAME --role kiosk|booth|console [--output FILE]\n"
                              "  hub remove-terminal NAME        hub list\n"
                              "On each terminal: hub join FILE (installs it beside the configuration).\n"
                              "--folder FOLDER is the hub folder (default /etc/healthhub/hub).");
    }
    QList<QCommandLineOption> options() const override
    {
        return {QCommandLineOption(QStringLiteral("folder"), QString(), QStringLiteral("folder")),
                QCommandLineOption(QStringLiteral("name"), QString(), QStringLiteral("hub")),
                QCommandLineOption(QStringLiteral("host"), QString(), QStringLiteral("name")),
                QCommandLineOption(QStringLiteral("port"), QString(), QStringLiteral("port")),
                QCommandLineOption(QStringLiteral("listen"), QString(), QStringLiteral("address")),
                QCommandLineOption(QStringLiteral("role"), QString(), QStringLiteral("role")),
                QCommandLineOption(QStringLiteral("output"), QString(), QStringLiteral("file"))};
    }
    Needs needs() const override { return Needs::Nothing; }

    int run(CommandContext &context) override
    {
        const QString action = context.words().value(0);
        const QString folder =
            context.isSet(QStringLiteral("folder")) ? context.value(QStringLiteral("folder")) : kDefaultHubFolder;
        if (action == QLatin1String("init")) {
            return init(context, folder);
        }
        if (action == QLatin1String("add-terminal") && context.words().size() == 2) {
            return addTerminal(context, folder, context.words().at(1));
        }
        if (action == QLatin1String("remove-terminal") && context.words().size() == 2) {
            return done(HubLink::HubSetup::removeTerminal(folder, context.words().at(1)),
                        QStringLiteral("%1 can no longer reach the hub. Reload the broker: systemctl reload "
                                       "mosquitto\n")
                            .arg(context.words().at(1)));
        }
        if (action == QLatin1String("list")) {
            QString problem;
            const QStringList terminals = HubLink::HubSetup::terminals(folder, &problem);
            if (!problem.isEmpty()) {
                return done(problem, {});
            }
            CommandContext::out(terminals.isEmpty() ? QStringLiteral("No terminals yet.\n")
                                                    : terminals.join(QLatin1Char('\n')) + QLatin1Char('\n'));
            return AdminExit::Ok;
        }
        if (action == QLatin1String("join") && context.words().size() == 2) {
            return join(context);
        }
        CommandContext::err(QStringLiteral("hub needs one of: init, add-terminal NAME, remove-terminal NAME, list, "
                                           "join FILE. Run healthhub admin --help."));
        return AdminExit::Usage;
    }

private:
    static int done(const QString &problem, const QString &success)
    {
        if (!problem.isEmpty()) {
            CommandContext::err(problem + QLatin1Char('.'));
            return AdminExit::Failed;
        }
        CommandContext::out(success);
        return AdminExit::Ok;
    }

    static int init(CommandContext &context, const QString &folder)
    {
        HubLink::HubSetup::Options options;
        options.folder = folder;
        options.hubName = context.value(QStringLiteral("name"));
        options.hosts = context.values(QStringLiteral("host"));
        options.listen = context.value(QStringLiteral("listen"));
        const std::optional<int> port = context.numberOption(QStringLiteral("port"), 1, 65535, 8883,
                                                             QStringLiteral("--port needs a number from 1 to 65535."));
        if (!port) {
            return AdminExit::Usage;
        }
        options.port = *port;
        return done(HubLink::HubSetup::init(options),
                    QStringLiteral("The hub is set up in %1.\nNext: ln -s %1/mosquitto.conf "
                                   "/etc/mosquitto/conf.d/healthhub.conf && systemctl restart mosquitto\n"
                                   "Then add each terminal: healthhub admin hub add-terminal NAME --role ROLE\n")
                        .arg(QDir(folder).absolutePath()));
    }

    static int addTerminal(CommandContext &context, const QString &folder, const QString &terminal)
    {
        const QString output = context.isSet(QStringLiteral("output")) ? context.value(QStringLiteral("output"))
                                                                       : terminal + QStringLiteral(".hubjoin");
        return done(HubLink::HubSetup::addTerminal(folder, terminal, context.value(QStringLiteral("role")), output),
                    QStringLiteral("%1 is on the hub. Its join file is %2: copy it to that terminal (it holds the "
                                   "terminal's password) and run: healthhub admin hub join %3\n"
                                   "Reload the broker: systemctl reload mosquitto\n")
                        .arg(terminal, output, QFileInfo(output).fileName()));
    }

    static int join(CommandContext &context)
    {
        // Beside the terminal's configuration: --config's folder, else /etc/healthhub.
        QString config = context.value(QStringLiteral("config"));
        if (config.isEmpty()) {
            config = Config::Settings::systemConfigPath();
        }
        const QString configFolder = QFileInfo(config).absolutePath();
        return done(HubLink::HubSetup::join(context.words().at(1), configFolder),
                    QStringLiteral("This terminal will join the hub when it next starts (identity in %1).\n")
                        .arg(QDir(configFolder).filePath(QStringLiteral("hub-identity.json"))));
    }
};

} // namespace

std::unique_ptr<Command> makeHubCommand()
{
    return std::make_unique<HubCommand>();
}

} // namespace HealthHub::Cli
