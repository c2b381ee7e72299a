// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/admincommand.h"
#include "app/cli/commandcontext.h"
#include "app/cli/commands/commands.h"
#include "core/reports/reportcsv.h"

#include <QDate>

namespace HealthHub::Cli {

namespace {

/** `report --from DATE --to DATE`: the funders' CSV for [from, to). */
class ReportCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("report"); }
    QString usage() const override { return QStringLiteral("report --from DATE --to DATE [--output FILE]"); }
    QString help() const override { return QStringLiteral("A CSV report for [from, to): dates as YYYY-MM-DD."); }
    QList<QCommandLineOption> options() const override
    {
        return {QCommandLineOption(QStringLiteral("from"), QString(), QStringLiteral("date")),
                QCommandLineOption(QStringLiteral("to"), QString(), QStringLiteral("date")),
                QCommandLineOption(QStringLiteral("output"), QString(), QStringLiteral("file"))};
    }

    int run(CommandContext &context) override
    {
        const QDate from = QDate::fromString(context.value(QStringLiteral("from")), Qt::ISODate);
        const QDate to = QDate::fromString(context.value(QStringLiteral("to")), Qt::ISODate);
        if (!from.isValid() || !to.isValid() || to <= from) {
            CommandContext::err(
                QStringLiteral("report needs --from and --to dates as YYYY-MM-DD, with --to after --from."));
            return AdminExit::Usage;
        }
        const auto result =
            context.store().periodReport(QDateTime(from, QTime(), Qt::UTC), QDateTime(to, QTime(), Qt::UTC));
        if (!result.ok()) {
            return CommandContext::report(result.error());
        }
        return CommandContext::writeOutput(context.value(QStringLiteral("output")),
                                           Reports::reportCsv(result.value()))
                   ? AdminExit::Ok
                   : AdminExit::Failed;
    }
};

} // namespace

std::unique_ptr<Command> makeReportCommand()
{
    return std::make_unique<ReportCommand>();
}

} // namespace HealthHub::Cli
