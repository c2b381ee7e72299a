// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/config/terminalconfig.h"
#include "core/hubrecords/hubrecords.h"
#include "core/store/securebytes.h"
#include "core/store/store.h"
#include "core/store/storeerror.h"

#include <QCommandLineParser>
#include <QStringList>

#include <memory>
#include <optional>

namespace HealthHub::Cli {

/**
 * What a command works with: its words and options, the terminal's configuration, the records store and the
 * records service over it, and the command line's ways to speak (plain English on stdout, errors on stderr).
 */
class CommandContext final
{
public:
    CommandContext(const QCommandLineParser &parser, QStringList words, Config::TerminalConfig config);
    Q_DISABLE_COPY_MOVE(CommandContext)

    /** The words after the command name. */
    const QStringList &words() const { return m_words; }
    bool isSet(const QString &option) const { return m_parser.isSet(option); }
    QString value(const QString &option) const { return m_parser.value(option); }
    QStringList values(const QString &option) const { return m_parser.values(option); }
    const Config::TerminalConfig &config() const { return m_config; }
    Store::Store &store() { return *m_store; }
    HubRecords::HubRecords &records() { return *m_records; }

    /** The hub passphrase (--passphrase-fd, HEALTHHUB_PASSPHRASE or a prompt); nullopt after saying why not. */
    std::optional<Store::SecureBytes> readPassphrase(const QString &prompt, bool confirm) const;
    /** The new passphrase of change-passphrase (--new-passphrase-fd, HEALTHHUB_NEW_PASSPHRASE or a prompt). */
    std::optional<Store::SecureBytes> readNewPassphrase() const;
    /** The one visitor number after the command; 0 after saying what was expected. */
    qint64 visitorNumber(const QString &command) const;
    /** A whole number option from @p minimum to @p maximum; @p fallback when not given; nullopt after a message. */
    std::optional<int> numberOption(const QString &option, int minimum, int maximum, int fallback,
                                    const QString &problem) const;
    /** A file descriptor option (-1 when not given); nullopt when it is not a number. */
    std::optional<int> fdOption(const QString &option) const;

    static void out(const QString &text);
    static void err(const QString &text);
    /** Prints @p error (and its detail) and returns its exit code; Ok for no error. */
    static int report(const Store::StoreError &error);
    /** Writes @p data to @p path as a private file, or to stdout for "" and "-". */
    static bool writeOutput(const QString &path, const QByteArray &data);

private:
    const QCommandLineParser &m_parser;
    QStringList m_words;
    Config::TerminalConfig m_config;
    std::unique_ptr<Store::Store> m_store;
    std::unique_ptr<HubRecords::HubRecords> m_records;
};

} // namespace HealthHub::Cli
