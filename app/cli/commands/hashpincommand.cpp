// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/admincommand.h"
#include "app/cli/commandcontext.h"
#include "app/cli/commands/commands.h"
#include "app/cli/passphraseinput.h"
#include "core/hubrecords/exitpin.h"

#include <unistd.h>

#include <cstdlib>

namespace HealthHub::Cli {

namespace {

constexpr char kExitPinVariable[] = "HEALTHHUB_EXIT_PIN";

/**
 * `hash-pin`: the [kiosk] exit_pin_hash line for the hub lead's exit PIN. Needs no records, configuration or
 * passphrase: the hash goes into a visitor or booth terminal's INI file, and HubRecords::ExitPin makes it, the
 * same class the kiosk's exit gate checks it with.
 */
class HashPinCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("hash-pin"); }
    QString usage() const override { return QStringLiteral("hash-pin [--pin-fd N]"); }
    QString help() const override
    {
        return QStringLiteral("Make the [kiosk] exit_pin_hash line for the hub lead's exit PIN (4 to 8 digits).\n"
                              "Needs no records and no passphrase.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {QCommandLineOption(QStringLiteral("pin-fd"), QString(), QStringLiteral("n"))};
    }
    Needs needs() const override { return Needs::Nothing; }

    int run(CommandContext &context) override
    {
        const std::optional<int> pinFd = context.fdOption(QStringLiteral("pin-fd"));
        if (!pinFd || !context.words().isEmpty()) {
            CommandContext::err(QStringLiteral("hash-pin takes no words; give the PIN with --pin-fd N, "
                                               "HEALTHHUB_EXIT_PIN or the prompt."));
            return AdminExit::Usage;
        }
        if (*pinFd < 0 && !std::getenv(kExitPinVariable) && !::isatty(STDIN_FILENO)) {
            CommandContext::err(QStringLiteral("No PIN was given. Use --pin-fd N, the %1 environment variable, or run "
                                               "this in a terminal to be asked.")
                                    .arg(QLatin1String(kExitPinVariable)));
            return AdminExit::Usage;
        }
        PassphraseInput::Result input =
            PassphraseInput::read(*pinFd, kExitPinVariable, QStringLiteral("Exit PIN (4 to 8 digits): "), true);
        if (!input.problem.isEmpty()) {
            // The reader speaks of passphrases; here it is a PIN.
            CommandContext::err(input.problem.replace(QStringLiteral("passphrases"), QStringLiteral("PINs"))
                                    .replace(QStringLiteral("passphrase"), QStringLiteral("PIN")));
            return AdminExit::Usage;
        }
        // A view of the secure buffer, not a copy: the PIN is wiped with it.
        const QByteArray pin = QByteArray::fromRawData(input.passphrase.chars(), qsizetype(input.passphrase.size()));
        if (!HubRecords::ExitPin::isWellFormed(pin)) {
            CommandContext::err(QStringLiteral("The exit PIN must be %1 to %2 digits, such as 482913. Nothing was "
                                               "printed.")
                                    .arg(HubRecords::ExitPin::kMinDigits)
                                    .arg(HubRecords::ExitPin::kMaxDigits));
            return AdminExit::Usage;
        }
        const QByteArray hash = HubRecords::ExitPin::hash(pin);
        if (hash.isEmpty()) {
            CommandContext::err(QStringLiteral("The PIN could not be hashed: not enough memory."));
            return AdminExit::Failed;
        }
        CommandContext::out(
            QStringLiteral("# Paste this line under [kiosk] in the terminal's configuration:\nexit_pin_hash = \"%1\"\n")
                .arg(QLatin1String(hash)));
        return AdminExit::Ok;
    }
};

} // namespace

std::unique_ptr<Command> makeHashPinCommand()
{
    return std::make_unique<HashPinCommand>();
}

} // namespace HealthHub::Cli
