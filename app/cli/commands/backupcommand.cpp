// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/admincommand.h"
#include "app/cli/commandcontext.h"
#include "app/cli/commands/commands.h"

namespace HealthHub::Cli {

namespace {

/** `backup`: an encrypted, checked copy, and optionally only the newest N kept. */
class BackupCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("backup"); }
    QString usage() const override { return QStringLiteral("backup [--folder FOLDER] [--keep N]"); }
    QString help() const override
    {
        return QStringLiteral("Write an encrypted, checked backup (default: <data folder>/backups).\n"
                              "--keep N then deletes all but the newest N backups in that folder.");
    }
    QList<QCommandLineOption> options() const override
    {
        // "--to" is the name older versions used; hubs' own scripts and units may still give it.
        return {
            QCommandLineOption({QStringLiteral("folder"), QStringLiteral("to")}, QString(), QStringLiteral("folder")),
            QCommandLineOption(QStringLiteral("keep"), QString(), QStringLiteral("n"))};
    }

    int run(CommandContext &context) override
    {
        const std::optional<int> keep =
            context.numberOption(QStringLiteral("keep"), 1, 100000, 0,
                                 QStringLiteral("--keep needs a whole number of backups to keep, 1 or more."));
        if (!keep) {
            return AdminExit::Usage;
        }
        const auto made = context.records().backup(context.value(QStringLiteral("folder")), *keep);
        if (!made.ok()) {
            return CommandContext::report(made.error());
        }
        CommandContext::out(QStringLiteral("Backup written and checked: %1\n").arg(made.value().path));
        for (const QString &removed : made.value().removed) {
            CommandContext::out(QStringLiteral("Old backup removed: %1\n").arg(removed));
        }
        return AdminExit::Ok;
    }
};

} // namespace

std::unique_ptr<Command> makeBackupCommand()
{
    return std::make_unique<BackupCommand>();
}

} // namespace HealthHub::Cli
