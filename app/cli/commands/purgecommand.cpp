// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/admincommand.h"
#include "app/cli/commandcontext.h"
#include "app/cli/commands/commands.h"
#include "core/config/settingstable.h"

namespace HealthHub::Cli {

namespace {

/** `purge`: what is past the retention in force (or --months) is removed or made anonymous. */
class PurgeCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("purge"); }
    QString usage() const override { return QStringLiteral("purge [--months N]"); }
    QString help() const override
    {
        return QStringLiteral("Remove what is older than the retention period (default: the hub lead's choice\n"
                              "in the console, else [records] retention_months of the configuration).");
    }
    QList<QCommandLineOption> options() const override
    {
        return {QCommandLineOption(QStringLiteral("months"), QString(), QStringLiteral("n"))};
    }

    int run(CommandContext &context) override
    {
        // Opening the records already purged by the retention in force; --months may ask for a shorter one.
        const Config::Setting &range = Config::settingFor("records", "retention_months");
        const std::optional<int> months = context.numberOption(
            QStringLiteral("months"), range.min, range.max, context.records().retentionMonths(),
            QStringLiteral("--months needs a whole number from %1 to %2.").arg(range.min).arg(range.max));
        if (!months) {
            return AdminExit::Usage;
        }
        const auto purged = context.records().purge(Records::Actor{}, *months);
        if (!purged.ok()) {
            return CommandContext::report(purged.error());
        }
        CommandContext::out(
            QStringLiteral("Retention purge done (older than %1). Visitors deleted: %2. Sessions made anonymous: %3. "
                           "Bookings deleted: %4.\n")
                .arg(*months == 1 ? QStringLiteral("1 month") : QStringLiteral("%1 months").arg(*months))
                .arg(purged.value().visitorsDeleted)
                .arg(purged.value().sessionsAnonymised)
                .arg(purged.value().bookingsDeleted));
        return AdminExit::Ok;
    }
};

} // namespace

std::unique_ptr<Command> makePurgeCommand()
{
    return std::make_unique<PurgeCommand>();
}

} // namespace HealthHub::Cli
