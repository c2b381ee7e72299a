// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/command.h"

#include <memory>

namespace HealthHub::Cli {

// One factory per command; each command's class lives in its own file in this folder.
std::unique_ptr<Command> makeInitCommand();
std::unique_ptr<Command> makeVerifyCommand();
std::unique_ptr<Command> makeBackupCommand();
std::unique_ptr<Command> makeRestoreCommand();
std::unique_ptr<Command> makePurgeCommand();
std::unique_ptr<Command> makeExportVisitorCommand();
std::unique_ptr<Command> makeEraseVisitorCommand();
std::unique_ptr<Command> makeReportCommand();
std::unique_ptr<Command> makeChangePassphraseCommand();
std::unique_ptr<Command> makeHashPinCommand();
std::unique_ptr<Command> makeHubCommand();
std::unique_ptr<Command> makeBundleCommand();

} // namespace HealthHub::Cli
