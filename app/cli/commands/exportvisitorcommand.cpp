// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/admincommand.h"
#include "app/cli/commandcontext.h"
#include "app/cli/commands/commands.h"

namespace HealthHub::Cli {

namespace {

/** `export-visitor ID`: everything held about one visitor, for a subject access request. */
class ExportVisitorCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("export-visitor"); }
    QString usage() const override { return QStringLiteral("export-visitor ID [--format text|json] [--output FILE]"); }
    QString help() const override
    {
        return QStringLiteral("Everything held about one visitor (subject access request).");
    }
    QList<QCommandLineOption> options() const override
    {
        return {QCommandLineOption(QStringLiteral("format"), QString(), QStringLiteral("format")),
                QCommandLineOption(QStringLiteral("output"), QString(), QStringLiteral("file"))};
    }

    int run(CommandContext &context) override
    {
        const qint64 id = context.visitorNumber(name());
        if (id == 0) {
            return AdminExit::Usage;
        }
        const QString format =
            context.isSet(QStringLiteral("format")) ? context.value(QStringLiteral("format")) : QStringLiteral("text");
        if (format != QLatin1String("text") && format != QLatin1String("json")) {
            CommandContext::err(QStringLiteral("--format is text or json."));
            return AdminExit::Usage;
        }
        const auto exported = context.store().exportVisitor(Records::Actor{}, id);
        if (!exported.ok()) {
            return CommandContext::report(exported.error());
        }
        const QByteArray data =
            format == QLatin1String("json") ? exported.value().json : exported.value().text.toUtf8();
        return CommandContext::writeOutput(context.value(QStringLiteral("output")), data) ? AdminExit::Ok
                                                                                          : AdminExit::Failed;
    }
};

} // namespace

std::unique_ptr<Command> makeExportVisitorCommand()
{
    return std::make_unique<ExportVisitorCommand>();
}

} // namespace HealthHub::Cli
