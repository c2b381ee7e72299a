// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/admincommand.h"
#include "app/cli/commandcontext.h"
#include "app/cli/commands/commands.h"

namespace HealthHub::Cli {

namespace {

/** `restore FILE`: the live records replaced by a checked backup, atomically. */
class RestoreCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("restore"); }
    QString usage() const override { return QStringLiteral("restore FILE"); }
    QString help() const override
    {
        return QStringLiteral("Replace the records with a checked backup (FILE is the backup's .db).");
    }
    Needs needs() const override { return Needs::Closed; }

    int run(CommandContext &context) override
    {
        if (context.words().size() != 1) {
            CommandContext::err(QStringLiteral(
                "restore needs the backup file, like: healthhub admin restore hub-20250101-090000-000.db"));
            return AdminExit::Usage;
        }
        const QString backup = context.words().first();
        const auto passphrase = context.readPassphrase(QStringLiteral("The backup's passphrase: "), false);
        if (!passphrase) {
            return AdminExit::Usage;
        }
        const Store::StoreError error = context.store().restore(backup, *passphrase);
        if (error.ok()) {
            CommandContext::out(QStringLiteral("The records were restored from %1.\n").arg(backup));
        }
        return CommandContext::report(error);
    }
};

} // namespace

std::unique_ptr<Command> makeRestoreCommand()
{
    return std::make_unique<RestoreCommand>();
}

} // namespace HealthHub::Cli
