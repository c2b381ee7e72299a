// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>

namespace HealthHub::Cli {

class CommandContext;

/**
 * One `healthhub admin` command. The registry lists every command once: its name, usage and help lines, its own
 * options, and what it needs opened before it runs. Commands never parse the command line or open the records
 * themselves; the CommandContext has done that.
 */
class Command
{
public:
    /** What the registry prepares before run(). */
    enum class Needs {
        Nothing,  ///< no configuration, no records (hash-pin)
        Closed,   ///< the configuration and a closed store (init, restore)
        Unlocked, ///< the records, unlocked with the hub passphrase (and the retention purge done)
    };

    Command() = default;
    virtual ~Command() = default;
    Q_DISABLE_COPY_MOVE(Command)

    virtual QString name() const = 0;
    /** The usage line, e.g. "backup [--folder FOLDER] [--keep N]". */
    virtual QString usage() const = 0;
    /** One or two short lines for --help. */
    virtual QString help() const = 0;
    /** The options only this command takes (the shared ones are the registry's). */
    virtual QList<QCommandLineOption> options() const { return {}; }
    virtual Needs needs() const { return Needs::Unlocked; }
    /** Runs with the words after the command name in @p context; returns an AdminExit code. */
    virtual int run(CommandContext &context) = 0;
};

} // namespace HealthHub::Cli
