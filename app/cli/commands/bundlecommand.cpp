// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/admincommand.h"
#include "app/cli/commandcontext.h"
#include "app/cli/commands/commands.h"
#include "core/bundles/bundlefolder.h"
#include "core/bundles/signing.h"
#include "core/store/privatefiles.h"

#include <QFile>

#include <sodium.h>

namespace HealthHub::Cli {

namespace {

/**
 * `bundle keygen|sign|verify`: make a signing key, sign a folder of content and settings as a bundle, and check
 * a bundle as a terminal would (docs/bundles.md). Needs no records and no passphrase.
 */
class BundleCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("bundle"); }
    QString usage() const override { return QStringLiteral("bundle keygen|sign FOLDER|verify FOLDER"); }
    QString help() const override
    {
        return QStringLiteral(
            "Signed bundles of content and settings for many terminals (docs/bundles.md):\n"
            "  bundle keygen --output KEYFILE     a signing key (0600); prints its public key for trusted_keys\n"
            "  bundle sign FOLDER --key KEYFILE [--scope TEXT] [--days N] [--version N] [--next-key PUBLIC]\n"
            "  bundle verify FOLDER --trust PUBLIC [--trust PUBLIC…]");
    }
    QList<QCommandLineOption> options() const override
    {
        return {QCommandLineOption(QStringLiteral("output"), QString(), QStringLiteral("file")),
                QCommandLineOption(QStringLiteral("key"), QString(), QStringLiteral("file")),
                QCommandLineOption(QStringLiteral("scope"), QString(), QStringLiteral("text")),
                QCommandLineOption(QStringLiteral("days"), QString(), QStringLiteral("n")),
                QCommandLineOption(QStringLiteral("version"), QString(), QStringLiteral("n")),
                QCommandLineOption(QStringLiteral("next-key"), QString(), QStringLiteral("public")),
                QCommandLineOption(QStringLiteral("trust"), QString(), QStringLiteral("public"))};
    }
    Needs needs() const override { return Needs::Nothing; }

    int run(CommandContext &context) override
    {
        const QString action = context.words().value(0);
        if (action == QLatin1String("keygen") && context.words().size() == 1) {
            return keygen(context);
        }
        if (action == QLatin1String("sign") && context.words().size() == 2) {
            return sign(context, context.words().at(1));
        }
        if (action == QLatin1String("verify") && context.words().size() == 2) {
            return verify(context, context.words().at(1));
        }
        CommandContext::err(
            QStringLiteral("bundle needs one of: keygen, sign FOLDER, verify FOLDER. Run healthhub admin --help."));
        return AdminExit::Usage;
    }

private:
    static int keygen(CommandContext &context)
    {
        const QString output = context.value(QStringLiteral("output"));
        if (output.isEmpty() || QFile::exists(output)) {
            CommandContext::err(QStringLiteral("keygen needs --output FILE for the secret key, a file that does not "
                                               "exist yet."));
            return AdminExit::Usage;
        }
        Bundles::Signing::KeyPair pair = Bundles::Signing::generate();
        QByteArray text = pair.secretKey.toBase64() + '\n';
        const bool written = Store::writePrivateFile(output, text);
        sodium_memzero(text.data(), size_t(text.size()));
        sodium_memzero(pair.secretKey.data(), size_t(pair.secretKey.size()));
        if (!written) {
            CommandContext::err(QStringLiteral("%1 could not be written.").arg(output));
            return AdminExit::Failed;
        }
        CommandContext::out(QStringLiteral("The secret key is in %1: keep it off the terminals.\nIts public key, for "
                                           "[fleet] trusted_keys on every terminal:\n%2\n")
                                .arg(output, Bundles::Signing::publicKeyText(pair.publicKey)));
        return AdminExit::Ok;
    }

    static int sign(CommandContext &context, const QString &folder)
    {
        QString problem;
        QByteArray key = Bundles::Signing::readSecretKey(context.value(QStringLiteral("key")), &problem);
        if (key.isEmpty()) {
            CommandContext::err(problem.isEmpty() ? QStringLiteral("sign needs --key KEYFILE.")
                                                  : problem + QLatin1Char('.'));
            return AdminExit::Usage;
        }
        Bundles::BundleFolder::SignOptions options;
        options.scope = context.value(QStringLiteral("scope"));
        options.validDays = context
                                .numberOption(QStringLiteral("days"), 1, 3650, 30,
                                              QStringLiteral("--days needs a number from 1 to 3650."))
                                .value_or(-1);
        options.version = context.value(QStringLiteral("version")).toLongLong();
        if (context.isSet(QStringLiteral("next-key"))) {
            options.nextKey = Bundles::Signing::publicKeyFromText(context.value(QStringLiteral("next-key")));
            if (options.nextKey.isEmpty()) {
                CommandContext::err(QStringLiteral("--next-key is not a public key made by bundle keygen."));
                return AdminExit::Usage;
            }
        }
        if (options.validDays < 0) {
            return AdminExit::Usage;
        }
        Bundles::Manifest manifest;
        problem = Bundles::BundleFolder::sign(folder, key, options, &manifest);
        sodium_memzero(key.data(), size_t(key.size()));
        if (!problem.isEmpty()) {
            CommandContext::err(problem + QLatin1Char('.'));
            return AdminExit::Failed;
        }
        CommandContext::out(QStringLiteral("Bundle %1 signed: %2 files, valid until %3. Publish the whole folder on "
                                           "your https server.\n")
                                .arg(manifest.version)
                                .arg(manifest.files.size())
                                .arg(manifest.expires.toString(Qt::ISODate)));
        return AdminExit::Ok;
    }

    static int verify(CommandContext &context, const QString &folder)
    {
        QList<QByteArray> keys;
        for (const QString &text : context.values(QStringLiteral("trust"))) {
            const QByteArray key = Bundles::Signing::publicKeyFromText(text);
            if (key.isEmpty()) {
                CommandContext::err(QStringLiteral("--trust %1 is not a public key.").arg(text));
                return AdminExit::Usage;
            }
            keys.append(key);
        }
        QString problem;
        const auto checked = Bundles::BundleFolder::verify(folder, keys, &problem);
        if (!checked) {
            CommandContext::err(QStringLiteral("The bundle was refused: %1.").arg(problem));
            return AdminExit::Damaged;
        }
        CommandContext::out(QStringLiteral("Bundle %1 is whole and signed by %2. Valid until %3.\n")
                                .arg(checked->manifest.version)
                                .arg(Bundles::Signing::publicKeyText(checked->signedBy),
                                     checked->manifest.expires.toString(Qt::ISODate)));
        return AdminExit::Ok;
    }
};

} // namespace

std::unique_ptr<Command> makeBundleCommand()
{
    return std::make_unique<BundleCommand>();
}

} // namespace HealthHub::Cli
