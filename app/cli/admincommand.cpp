// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/admincommand.h"

#include "app/cli/passphraseinput.h"
#include "core/config/settings.h"
#include "core/store/store.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSaveFile>

#include <sodium.h>

#include <unistd.h>

#include <cstdio>
#include <cstdlib>

namespace HealthHub::Cli {

namespace {

constexpr char kPassphraseVariable[] = "HEALTHHUB_PASSPHRASE";
constexpr char kNewPassphraseVariable[] = "HEALTHHUB_NEW_PASSPHRASE";
constexpr char kExitPinVariable[] = "HEALTHHUB_EXIT_PIN";
constexpr int kMinPinDigits = 4;
constexpr int kMaxPinDigits = 8;

const char kHelp[] = R"(Usage: healthhub admin <command> [options]

Commands:
  init                       Set up new encrypted records. You choose the hub passphrase now.
  verify                     Check the records file and the audit log. Exit 5 if damaged.
  backup [--to FOLDER] [--keep N]
                             Write an encrypted, checked backup (default: <data folder>/backups).
                             --keep N then deletes all but the newest N backups in that folder.
  restore FILE               Replace the records with a checked backup (FILE is the backup's .db).
  purge [--months N]         Remove what is older than the retention period (default: from the config).
  export-visitor ID [--format text|json] [--output FILE]
                             Everything held about one visitor (subject access request).
  erase-visitor ID --yes     Erase one visitor. The audit log keeps only that it happened.
  report --from DATE --to DATE [--output FILE]
                             A CSV report for [from, to): dates as YYYY-MM-DD.
  change-passphrase          Choose a new hub passphrase.
  hash-pin                   Make the [kiosk] exit_pin_hash line for the hub lead's exit PIN (4 to 8 digits).
                             Needs no records and no passphrase.

Options:
  --data-dir FOLDER          The records folder (default: [terminal] data_dir of the configuration).
  --config FILE              The terminal configuration (default: /etc/healthhub/healthhub.ini if present).
  --passphrase-fd N          Read the passphrase from file descriptor N (one line).
  --new-passphrase-fd N      Read the new passphrase (change-passphrase) from file descriptor N.
  --pin-fd N                 Read the exit PIN (hash-pin) from file descriptor N (one line).
  -h, --help                 Show this help.

The passphrase never goes on the command line. It comes from --passphrase-fd, the HEALTHHUB_PASSPHRASE
environment variable, or a prompt. change-passphrase also reads HEALTHHUB_NEW_PASSPHRASE. In the same way
hash-pin reads the PIN from --pin-fd, the HEALTHHUB_EXIT_PIN environment variable, or a prompt.

Exit codes: 0 done, 1 failed, 2 usage or configuration error, 3 wrong passphrase,
4 no records or key file missing, 5 records, backup or audit log damaged.
)";

void out(const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stdout);
    std::fflush(stdout);
}

void err(const QString &text)
{
    std::fputs((QStringLiteral("healthhub admin: ") + text + QLatin1Char('\n')).toLocal8Bit().constData(), stderr);
}

int exitCodeFor(Store::StoreError::Code code)
{
    switch (code) {
    case Store::StoreError::Code::None:
        return AdminExit::Ok;
    case Store::StoreError::Code::WrongPassphrase:
        return AdminExit::WrongPassphrase;
    case Store::StoreError::Code::NoDatabase:
    case Store::StoreError::Code::MissingKeyFile:
        return AdminExit::NoRecords;
    case Store::StoreError::Code::Corrupt:
    case Store::StoreError::Code::NotAHubDatabase:
    case Store::StoreError::Code::BadBackup:
        return AdminExit::Damaged;
    case Store::StoreError::Code::InvalidInput:
        return AdminExit::Usage;
    default:
        return AdminExit::Failed;
    }
}

int report(const Store::StoreError &error)
{
    if (error.ok()) {
        return AdminExit::Ok;
    }
    err(error.message());
    if (!error.detail().isEmpty()) {
        std::fputs((QStringLiteral("  (") + error.detail() + QStringLiteral(")\n")).toLocal8Bit().constData(), stderr);
    }
    return exitCodeFor(error.code());
}

bool writeOutput(const QString &path, const QByteArray &data)
{
    if (path.isEmpty() || path == QLatin1String("-")) {
        std::fwrite(data.constData(), 1, size_t(data.size()), stdout);
        std::fflush(stdout);
        return true;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        err(QStringLiteral("%1 could not be written: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

int fdOption(const QCommandLineParser &parser, const QCommandLineOption &option, bool *ok)
{
    *ok = true;
    if (!parser.isSet(option)) {
        return -1;
    }
    const int fd = parser.value(option).toInt(ok);
    *ok = *ok && fd >= 0;
    return fd;
}

/** `hash-pin`: reads the exit PIN (never from the command line) and prints the configuration line. */
int hashPin(int pinFd)
{
    if (pinFd < 0 && !std::getenv(kExitPinVariable) && !::isatty(STDIN_FILENO)) {
        err(QStringLiteral("No PIN was given. Use --pin-fd N, the %1 environment variable, or run this in a "
                           "terminal to be asked.")
                .arg(QLatin1String(kExitPinVariable)));
        return AdminExit::Usage;
    }
    PassphraseInput::Result input =
        PassphraseInput::read(pinFd, kExitPinVariable, QStringLiteral("Exit PIN (4 to 8 digits): "), true);
    if (!input.problem.isEmpty()) {
        // The reader speaks of passphrases; here it is a PIN.
        err(input.problem.replace(QStringLiteral("passphrases"), QStringLiteral("PINs"))
                .replace(QStringLiteral("passphrase"), QStringLiteral("PIN")));
        return AdminExit::Usage;
    }
    const Store::SecureBytes &pin = input.passphrase;
    bool digits = pin.size() >= std::size_t(kMinPinDigits) && pin.size() <= std::size_t(kMaxPinDigits);
    for (std::size_t i = 0; digits && i < pin.size(); ++i) {
        digits = pin.data()[i] >= '0' && pin.data()[i] <= '9';
    }
    if (!digits) {
        err(QStringLiteral("The exit PIN must be %1 to %2 digits, such as 482913. Nothing was printed.")
                .arg(kMinPinDigits)
                .arg(kMaxPinDigits));
        return AdminExit::Usage;
    }
    if (sodium_init() < 0) {
        err(QStringLiteral("The hashing library could not start."));
        return AdminExit::Failed;
    }
    // The same Argon2id string Kiosk::ExitPin::verify() checks (libsodium's crypto_pwhash_str, interactive cost).
    char hash[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(hash, reinterpret_cast<const char *>(pin.data()), pin.size(),
                              crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE,
                              crypto_pwhash_ALG_ARGON2ID13) != 0) {
        err(QStringLiteral("The PIN could not be hashed: not enough memory."));
        return AdminExit::Failed;
    }
    out(QStringLiteral("# Paste this line under [kiosk] in the terminal's configuration:\nexit_pin_hash = \"%1\"\n")
            .arg(QLatin1String(hash)));
    return AdminExit::Ok;
}

} // namespace

int runAdmin(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("help"));
    const QCommandLineOption dataDirOption(QStringLiteral("data-dir"), QString(), QStringLiteral("folder"));
    const QCommandLineOption configOption(QStringLiteral("config"), QString(), QStringLiteral("file"));
    const QCommandLineOption fdOpt(QStringLiteral("passphrase-fd"), QString(), QStringLiteral("n"));
    const QCommandLineOption newFdOpt(QStringLiteral("new-passphrase-fd"), QString(), QStringLiteral("n"));
    const QCommandLineOption pinFdOpt(QStringLiteral("pin-fd"), QString(), QStringLiteral("n"));
    const QCommandLineOption toOption(QStringLiteral("to"), QString(), QStringLiteral("folder"));
    const QCommandLineOption monthsOption(QStringLiteral("months"), QString(), QStringLiteral("n"));
    const QCommandLineOption formatOption(QStringLiteral("format"), QString(), QStringLiteral("format"));
    const QCommandLineOption outputOption(QStringLiteral("output"), QString(), QStringLiteral("file"));
    const QCommandLineOption fromOption(QStringLiteral("from"), QString(), QStringLiteral("date"));
    const QCommandLineOption yesOption(QStringLiteral("yes"), QString());
    const QCommandLineOption keepOption(QStringLiteral("keep"), QString(), QStringLiteral("n"));
    parser.addOptions({helpOption, dataDirOption, configOption, fdOpt, newFdOpt, toOption, monthsOption, formatOption,
                       outputOption, fromOption, yesOption, keepOption, pinFdOpt});

    // The command line speaks for itself: the store's own log lines would only repeat its messages.
    QLoggingCategory::setFilterRules(QStringLiteral("healthhub.store.info=false\nhealthhub.store.warning=false"));

    if (!parser.parse(QStringList{QStringLiteral("healthhub admin")} + arguments)) {
        QString problem = parser.errorText();
        if (problem.endsWith(QLatin1Char('.'))) {
            problem.chop(1);
        }
        err(problem + QStringLiteral(". Run healthhub admin --help to see the commands."));
        return AdminExit::Usage;
    }
    const QStringList words = parser.positionalArguments();
    if (parser.isSet(helpOption) || words.isEmpty()) {
        out(QString::fromUtf8(kHelp));
        return words.isEmpty() && !parser.isSet(helpOption) ? AdminExit::Usage : AdminExit::Ok;
    }
    const QString command = words.first();
    static const QStringList commands{
        QStringLiteral("init"),          QStringLiteral("verify"), QStringLiteral("backup"),
        QStringLiteral("restore"),       QStringLiteral("purge"),  QStringLiteral("export-visitor"),
        QStringLiteral("erase-visitor"), QStringLiteral("report"), QStringLiteral("change-passphrase"),
        QStringLiteral("hash-pin"),
    };
    if (!commands.contains(command)) {
        err(QStringLiteral("\"%1\" is not a command. Run healthhub admin --help to see the commands.").arg(command));
        return AdminExit::Usage;
    }
    if (command == QLatin1String("hash-pin")) {
        // No records, configuration or passphrase: the hash goes into a visitor or booth terminal's INI file.
        bool pinFdOk = true;
        const int pinFd = fdOption(parser, pinFdOpt, &pinFdOk);
        if (!pinFdOk || words.size() != 1) {
            err(QStringLiteral("hash-pin takes no words; give the PIN with --pin-fd N, HEALTHHUB_EXIT_PIN or the "
                               "prompt."));
            return AdminExit::Usage;
        }
        return hashPin(pinFd);
    }

    // The configuration gives the data folder, the terminal's name and the retention period.
    Config::TerminalConfig config = Config::TerminalConfig::defaults();
    QString configPath = parser.value(configOption);
    if (configPath.isEmpty() && QFileInfo::exists(Config::Settings::systemConfigPath())) {
        configPath = Config::Settings::systemConfigPath();
    }
    if (!configPath.isEmpty()) {
        const Config::Settings::LoadResult loaded = Config::Settings::load(configPath);
        if (!loaded.ok()) {
            for (const Config::ConfigError &error : loaded.errors) {
                err(error.message());
            }
            return AdminExit::Usage;
        }
        config = loaded.config;
    }
    if (parser.isSet(dataDirOption)) {
        config.dataDir = QDir::cleanPath(QDir::current().absoluteFilePath(parser.value(dataDirOption)));
    }

    Store::StoreOptions options;
    options.dataDir = config.dataDir;
    options.terminal = config.terminalName.isEmpty() ? QStringLiteral("admin") : config.terminalName;
    Store::Store store(options);
    const Store::Actor admin{};

    bool fdOk = true;
    const int passphraseFd = fdOption(parser, fdOpt, &fdOk);
    if (!fdOk) {
        err(QStringLiteral("--passphrase-fd needs a file descriptor number, like 3."));
        return AdminExit::Usage;
    }
    const int newPassphraseFd = fdOption(parser, newFdOpt, &fdOk);
    if (!fdOk) {
        err(QStringLiteral("--new-passphrase-fd needs a file descriptor number, like 4."));
        return AdminExit::Usage;
    }
    auto readPassphrase = [&](const QString &prompt, bool confirm) -> std::optional<Store::SecureBytes> {
        PassphraseInput::Result input = PassphraseInput::read(passphraseFd, kPassphraseVariable, prompt, confirm);
        if (!input.problem.isEmpty()) {
            err(input.problem);
            return std::nullopt;
        }
        return std::move(input.passphrase);
    };
    auto numberArgument = [&](qint64 *value) {
        bool ok = false;
        *value = words.size() == 2 ? words.at(1).toLongLong(&ok) : 0;
        if (!ok || *value <= 0) {
            err(QStringLiteral("%1 needs one visitor number, like: healthhub admin %1 42").arg(command));
            return false;
        }
        return true;
    };

    if (command == QLatin1String("init")) {
        if (store.exists()) {
            return report(Store::StoreError(Store::StoreError::Code::AlreadyExists));
        }
        auto passphrase = readPassphrase(QStringLiteral("Choose the hub passphrase: "), true);
        if (!passphrase) {
            return AdminExit::Usage;
        }
        if (passphrase->size() < 12) {
            err(QStringLiteral("Use a passphrase of at least 12 characters, such as four unrelated words."));
            return AdminExit::Usage;
        }
        const Store::StoreError error = store.create(*passphrase);
        if (error.ok()) {
            out(QStringLiteral("New encrypted records are ready in %1.\nKeep the passphrase safe: without it the "
                               "records cannot be opened.\n")
                    .arg(config.dataDir));
        }
        return report(error);
    }

    if (command == QLatin1String("restore")) {
        if (words.size() != 2) {
            err(QStringLiteral(
                "restore needs the backup file, like: healthhub admin restore hub-20250101-090000-000.db"));
            return AdminExit::Usage;
        }
        auto passphrase = readPassphrase(QStringLiteral("The backup's passphrase: "), false);
        if (!passphrase) {
            return AdminExit::Usage;
        }
        const Store::StoreError error = store.restore(words.at(1), *passphrase);
        if (error.ok()) {
            out(QStringLiteral("The records were restored from %1.\n").arg(words.at(1)));
        }
        return report(error);
    }

    // Every other command works on unlocked records.
    {
        auto passphrase = readPassphrase(QStringLiteral("Hub passphrase: "), false);
        if (!passphrase) {
            return AdminExit::Usage;
        }
        const Store::StoreError unlocked = store.unlock(*passphrase);
        if (!unlocked.ok()) {
            return report(unlocked);
        }
    }

    if (command == QLatin1String("verify")) {
        const Store::StoreError error = store.checkIntegrity();
        if (!error.ok()) {
            return report(error);
        }
        const auto sessions = store.sessionCount();
        const auto chain = store.verifyAudit();
        if (!sessions.ok() || !chain.ok()) {
            return report(sessions.ok() ? chain.error() : sessions.error());
        }
        out(QStringLiteral("The records are whole. Sessions: %1. Audit log entries: %2, chain intact.\n")
                .arg(sessions.value())
                .arg(chain.value().entries));
        return AdminExit::Ok;
    }
    if (command == QLatin1String("backup")) {
        const QString folder =
            parser.isSet(toOption) ? parser.value(toOption) : QDir(config.dataDir).filePath(QStringLiteral("backups"));
        int keep = 0;
        if (parser.isSet(keepOption)) {
            bool ok = false;
            keep = parser.value(keepOption).toInt(&ok);
            if (!ok || keep < 1) {
                err(QStringLiteral("--keep needs a whole number of backups to keep, 1 or more."));
                return AdminExit::Usage;
            }
        }
        const auto path = store.backup(folder);
        if (!path.ok()) {
            return report(path.error());
        }
        out(QStringLiteral("Backup written and checked: %1\n").arg(path.value()));
        if (keep > 0) {
            // Names carry the date and time, so the newest sort last. Only this program's backups are touched.
            QStringList backups = QDir(folder).entryList({QStringLiteral("hub-*.db")}, QDir::Files, QDir::Name);
            while (backups.size() > keep) {
                const QString oldest = QDir(folder).filePath(backups.takeFirst());
                QFile::remove(oldest);
                QFile::remove(oldest.left(oldest.size() - 3) + QStringLiteral(".key"));
                out(QStringLiteral("Old backup removed: %1\n").arg(oldest));
            }
        }
        return AdminExit::Ok;
    }
    if (command == QLatin1String("purge")) {
        int months = config.retentionMonths;
        if (parser.isSet(monthsOption)) {
            bool ok = false;
            months = parser.value(monthsOption).toInt(&ok);
            if (!ok || months < 1 || months > 120) {
                err(QStringLiteral("--months needs a whole number from 1 to 120."));
                return AdminExit::Usage;
            }
        }
        const auto purged = store.purgeExpired(admin, months);
        if (!purged.ok()) {
            return report(purged.error());
        }
        out(QStringLiteral("Retention purge done (older than %1). Visitors deleted: %2. Sessions made anonymous: %3. "
                           "Bookings deleted: %4.\n")
                .arg(months == 1 ? QStringLiteral("1 month") : QStringLiteral("%1 months").arg(months))
                .arg(purged.value().visitorsDeleted)
                .arg(purged.value().sessionsAnonymised)
                .arg(purged.value().bookingsDeleted));
        return AdminExit::Ok;
    }
    if (command == QLatin1String("export-visitor")) {
        qint64 id = 0;
        if (!numberArgument(&id)) {
            return AdminExit::Usage;
        }
        const QString format = parser.isSet(formatOption) ? parser.value(formatOption) : QStringLiteral("text");
        if (format != QLatin1String("text") && format != QLatin1String("json")) {
            err(QStringLiteral("--format is text or json."));
            return AdminExit::Usage;
        }
        const auto exported = store.exportVisitor(admin, id);
        if (!exported.ok()) {
            return report(exported.error());
        }
        const QByteArray data =
            format == QLatin1String("json") ? exported.value().json : exported.value().text.toUtf8();
        return writeOutput(parser.value(outputOption), data) ? AdminExit::Ok : AdminExit::Failed;
    }
    if (command == QLatin1String("erase-visitor")) {
        qint64 id = 0;
        if (!numberArgument(&id)) {
            return AdminExit::Usage;
        }
        if (!parser.isSet(yesOption)) {
            err(QStringLiteral("Erasing cannot be undone. Add --yes to erase visitor %1.").arg(id));
            return AdminExit::Usage;
        }
        const Store::StoreError error = store.eraseVisitor(admin, id);
        if (error.ok()) {
            out(QStringLiteral("Visitor %1 was erased.\n").arg(id));
        }
        return report(error);
    }
    if (command == QLatin1String("report")) {
        // "--to" is the backup folder elsewhere; for report it is the end date.
        const QDate from = QDate::fromString(parser.value(fromOption), Qt::ISODate);
        const QDate to = QDate::fromString(parser.value(toOption), Qt::ISODate);
        if (!from.isValid() || !to.isValid() || to <= from) {
            err(QStringLiteral("report needs --from and --to dates as YYYY-MM-DD, with --to after --from."));
            return AdminExit::Usage;
        }
        const auto result = store.periodReport(QDateTime(from, QTime(), Qt::UTC), QDateTime(to, QTime(), Qt::UTC));
        if (!result.ok()) {
            return report(result.error());
        }
        return writeOutput(parser.value(outputOption), Store::Store::reportCsv(result.value())) ? AdminExit::Ok
                                                                                         : AdminExit::Failed;
    }
    if (command == QLatin1String("change-passphrase")) {
        PassphraseInput::Result input = PassphraseInput::read(newPassphraseFd, kNewPassphraseVariable,
                                                              QStringLiteral("New hub passphrase: "), true);
        if (!input.problem.isEmpty()) {
            err(input.problem);
            return AdminExit::Usage;
        }
        if (input.passphrase.size() < 12) {
            err(QStringLiteral("Use a passphrase of at least 12 characters, such as four unrelated words."));
            return AdminExit::Usage;
        }
        const Store::StoreError error = store.changePassphrase(input.passphrase);
        if (error.ok()) {
            out(QStringLiteral("The hub passphrase was changed. Backups made before keep the old passphrase.\n"));
        }
        return report(error);
    }
    return AdminExit::Usage;
}

} // namespace HealthHub::Cli
