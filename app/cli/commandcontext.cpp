// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commandcontext.h"

#include "app/cli/admincommand.h"
#include "app/cli/passphraseinput.h"
#include "core/store/privatefiles.h"

#include <cstdio>

namespace HealthHub::Cli {

namespace {
constexpr char kPassphraseVariable[] = "HEALTHHUB_PASSPHRASE";
constexpr char kNewPassphraseVariable[] = "HEALTHHUB_NEW_PASSPHRASE";

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

Store::StoreOptions storeOptionsFor(const Config::TerminalConfig &config)
{
    Store::StoreOptions options;
    options.dataDir = config.dataDir;
    options.terminal = config.terminalName.isEmpty() ? QStringLiteral("admin") : config.terminalName;
    return options;
}
} // namespace

CommandContext::CommandContext(const QCommandLineParser &parser, QStringList words, Config::TerminalConfig config)
    : m_parser(parser)
    , m_words(std::move(words))
    , m_config(std::move(config))
    , m_store(std::make_unique<Store::Store>(storeOptionsFor(m_config)))
    , m_records(std::make_unique<HubRecords::HubRecords>(*m_store, m_config))
{}

std::optional<int> CommandContext::fdOption(const QString &option) const
{
    if (!m_parser.isSet(option)) {
        return -1;
    }
    bool ok = false;
    const int fd = m_parser.value(option).toInt(&ok);
    if (!ok || fd < 0) {
        return std::nullopt;
    }
    return fd;
}

std::optional<Store::SecureBytes> CommandContext::readPassphrase(const QString &prompt, bool confirm) const
{
    const std::optional<int> fd = fdOption(QStringLiteral("passphrase-fd"));
    if (!fd) {
        err(QStringLiteral("--passphrase-fd needs a file descriptor number, like 3."));
        return std::nullopt;
    }
    PassphraseInput::Result input = PassphraseInput::read(*fd, kPassphraseVariable, prompt, confirm);
    if (!input.problem.isEmpty()) {
        err(input.problem);
        return std::nullopt;
    }
    return std::move(input.passphrase);
}

std::optional<Store::SecureBytes> CommandContext::readNewPassphrase() const
{
    const std::optional<int> fd = fdOption(QStringLiteral("new-passphrase-fd"));
    if (!fd) {
        err(QStringLiteral("--new-passphrase-fd needs a file descriptor number, like 4."));
        return std::nullopt;
    }
    PassphraseInput::Result input =
        PassphraseInput::read(*fd, kNewPassphraseVariable, QStringLiteral("New hub passphrase: "), true);
    if (!input.problem.isEmpty()) {
        err(input.problem);
        return std::nullopt;
    }
    return std::move(input.passphrase);
}

qint64 CommandContext::visitorNumber(const QString &command) const
{
    bool ok = false;
    const qint64 id = m_words.size() == 1 ? m_words.first().toLongLong(&ok) : 0;
    if (!ok || id <= 0) {
        err(QStringLiteral("%1 needs one visitor number, like: healthhub admin %1 42").arg(command));
        return 0;
    }
    return id;
}

std::optional<int> CommandContext::numberOption(const QString &option, int minimum, int maximum, int fallback,
                                                const QString &problem) const
{
    if (!m_parser.isSet(option)) {
        return fallback;
    }
    bool ok = false;
    const int value = m_parser.value(option).toInt(&ok);
    if (!ok || value < minimum || value > maximum) {
        err(problem);
        return std::nullopt;
    }
    return value;
}

void CommandContext::out(const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stdout);
    std::fflush(stdout);
}

void CommandContext::err(const QString &text)
{
    std::fputs((QStringLiteral("healthhub admin: ") + text + QLatin1Char('\n')).toLocal8Bit().constData(), stderr);
}

int CommandContext::report(const Store::StoreError &error)
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

bool CommandContext::writeOutput(const QString &path, const QByteArray &data)
{
    if (path.isEmpty() || path == QLatin1String("-")) {
        std::fwrite(data.constData(), 1, size_t(data.size()), stdout);
        std::fflush(stdout);
        return true;
    }
    QString why;
    if (!Store::writePrivateFile(path, data, &why)) {
        err(QStringLiteral("%1 could not be written: %2").arg(path, why));
        return false;
    }
    return true;
}

} // namespace HealthHub::Cli
