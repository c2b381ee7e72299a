// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace HealthHub::Cli {

/** Exit codes of `healthhub admin`, for scripts. docs/store.md lists them. */
namespace AdminExit {
constexpr int Ok = 0;
constexpr int Failed = 1;          ///< the operation did not succeed (disk full, busy, not found…)
constexpr int Usage = 2;           ///< bad command line or configuration
constexpr int WrongPassphrase = 3; ///< the passphrase does not unlock the records
constexpr int NoRecords = 4;       ///< no records here, or the key file is missing
constexpr int Damaged = 5;         ///< the records, a backup or the audit chain failed a check
} // namespace AdminExit

/**
 * `healthhub admin <command> [options]`: init, verify, backup, restore, purge, export-visitor, erase-visitor,
 * report and change-passphrase over the encrypted store. @p arguments are the words after "admin".
 * Needs a QCoreApplication; never a display. Writes plain English to stdout and errors to stderr.
 */
int runAdmin(const QStringList &arguments);

} // namespace HealthHub::Cli
