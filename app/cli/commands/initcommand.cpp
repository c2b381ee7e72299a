// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/admincommand.h"
#include "app/cli/commandcontext.h"
#include "app/cli/commands/commands.h"
#include "core/hubrecords/passphrasepolicy.h"

namespace HealthHub::Cli {

namespace {

/** `init`: new, empty encrypted records with a passphrase the hub chooses now. */
class InitCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("init"); }
    QString usage() const override { return QStringLiteral("init"); }
    QString help() const override
    {
        return QStringLiteral("Set up new encrypted records. You choose the hub passphrase now.");
    }
    Needs needs() const override { return Needs::Closed; }

    int run(CommandContext &context) override
    {
        if (context.store().exists()) {
            return CommandContext::report(Store::StoreError(Store::StoreError::Code::AlreadyExists));
        }
        const auto passphrase = context.readPassphrase(QStringLiteral("Choose the hub passphrase: "), true);
        if (!passphrase) {
            return AdminExit::Usage;
        }
        const QString problem = HubRecords::PassphrasePolicy::problem(*passphrase);
        if (!problem.isEmpty()) {
            CommandContext::err(problem);
            return AdminExit::Usage;
        }
        const Store::StoreError error = context.records().create(*passphrase);
        if (error.ok()) {
            CommandContext::out(QStringLiteral("New encrypted records are ready in %1.\nKeep the passphrase safe: "
                                               "without it the records cannot be opened.\n")
                                    .arg(context.config().dataDir));
        }
        return CommandContext::report(error);
    }
};

} // namespace

std::unique_ptr<Command> makeInitCommand()
{
    return std::make_unique<InitCommand>();
}

} // namespace HealthHub::Cli
