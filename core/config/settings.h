// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/config/terminalconfig.h"

#include <QList>
#include <QString>

namespace HealthHub::Config {

/**
 * The one place that reads and writes the terminal's INI file (nothing else touches QSettings).
 * Reading validates every key and value and collects every problem, so an admin can fix them all at once.
 * What each key is, its range and its default are in the settings table (settingstable.h).
 */
class Settings final
{
public:
    struct LoadResult
    {
        TerminalConfig config;
        QList<ConfigError> errors;
        bool ok() const { return errors.isEmpty(); }
    };

    /** Reads and validates @p path. Keys it leaves out take TerminalConfig::defaults(). */
    static LoadResult load(const QString &path);

    /** Writes @p config to @p path atomically, every key present. Returns false with @p error set on failure. */
    static bool save(const TerminalConfig &config, const QString &path, QString *error = nullptr);

    /** The system-wide configuration file this terminal uses when no --config is given. */
    static QString systemConfigPath();
};

} // namespace HealthHub::Config
