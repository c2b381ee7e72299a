// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/admincommand.h"
#include "app/cli/commandcontext.h"
#include "app/cli/commands/commands.h"

namespace HealthHub::Cli {

namespace {

/** `erase-visitor ID --yes`: one visitor erased; the audit log keeps only that it happened. */
class EraseVisitorCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("erase-visitor"); }
    QString usage() const override { return QStringLiteral("erase-visitor ID --yes"); }
    QString help() const override
    {
        return QStringLiteral("Erase one visitor. The audit log keeps only that it happened.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {QCommandLineOption(QStringLiteral("yes"), QString())};
    }

    int run(CommandContext &context) override
    {
        const qint64 id = context.visitorNumber(name());
        if (id == 0) {
            return AdminExit::Usage;
        }
        if (!context.isSet(QStringLiteral("yes"))) {
            CommandContext::err(QStringLiteral("Erasing cannot be undone. Add --yes to erase visitor %1.").arg(id));
            return AdminExit::Usage;
        }
        const Store::StoreError error = context.store().eraseVisitor(Records::Actor{}, id);
        if (error.ok()) {
            CommandContext::out(QStringLiteral("Visitor %1 was erased.\n").arg(id));
        }
        return CommandContext::report(error);
    }
};

} // namespace

std::unique_ptr<Command> makeEraseVisitorCommand()
{
    return std::make_unique<EraseVisitorCommand>();
}

} // namespace HealthHub::Cli
