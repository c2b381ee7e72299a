// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/admincommand.h"
#include "app/cli/commandcontext.h"
#include "app/cli/commands/commands.h"

namespace HealthHub::Cli {

namespace {

/** `verify`: the records file's integrity and the audit chain. */
class VerifyCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("verify"); }
    QString usage() const override { return QStringLiteral("verify"); }
    QString help() const override
    {
        return QStringLiteral("Check the records file and the audit log. Exit 5 if damaged.");
    }

    int run(CommandContext &context) override
    {
        Store::Store &store = context.store();
        const Store::StoreError error = store.checkIntegrity();
        if (!error.ok()) {
            return CommandContext::report(error);
        }
        const auto sessions = store.sessionCount();
        const auto chain = store.verifyAudit();
        if (!sessions.ok() || !chain.ok()) {
            return CommandContext::report(sessions.ok() ? chain.error() : sessions.error());
        }
        CommandContext::out(
            QStringLiteral("The records are whole. Sessions: %1. Audit log entries: %2, chain intact.\n")
                .arg(sessions.value())
                .arg(chain.value().entries));
        return AdminExit::Ok;
    }
};

} // namespace

std::unique_ptr<Command> makeVerifyCommand()
{
    return std::make_unique<VerifyCommand>();
}

} // namespace HealthHub::Cli
