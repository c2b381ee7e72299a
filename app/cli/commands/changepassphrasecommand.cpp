// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/admincommand.h"
#include "app/cli/commandcontext.h"
#include "app/cli/commands/commands.h"
#include "core/hubrecords/passphrasepolicy.h"

namespace HealthHub::Cli {

namespace {

/** `change-passphrase`: the records re-encrypted under a new hub passphrase. */
class ChangePassphraseCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("change-passphrase"); }
    QString usage() const override { return QStringLiteral("change-passphrase"); }
    QString help() const override { return QStringLiteral("Choose a new hub passphrase."); }

    int run(CommandContext &context) override
    {
        const auto passphrase = context.readNewPassphrase();
        if (!passphrase) {
            return AdminExit::Usage;
        }
        const QString problem = HubRecords::PassphrasePolicy::problem(*passphrase);
        if (!problem.isEmpty()) {
            CommandContext::err(problem);
            return AdminExit::Usage;
        }
        const Store::StoreError error = context.records().changePassphrase(*passphrase);
        if (error.ok()) {
            CommandContext::out(
                QStringLiteral("The hub passphrase was changed. Backups made before keep the old passphrase.\n"));
        }
        return CommandContext::report(error);
    }
};

} // namespace

std::unique_ptr<Command> makeChangePassphraseCommand()
{
    return std::make_unique<ChangePassphraseCommand>();
}

} // namespace HealthHub::Cli
