// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace HealthHub::Kiosk {

/**
 * The hard reset's restart: replaces this process with a fresh start of the same program (`execv` of
 * /proc/self/exe with @p argv), so a new web engine with nothing of the last visitor in it. Every descriptor
 * above stderr is made close-on-exec first: the old web engine's helper processes end only when their sockets
 * to this process close, and without it every restart left them running (about 100 MB each time, measured by
 * `soak_bench product`; docs/lockdown.md, "Memory over a long day"). Returns only if execv failed; the caller
 * then exits with VisitorSession::kRestartExitCode and systemd starts the program again.
 */
void startAgain(char **argv);

/** startAgain()'s first step: every open descriptor above stderr is closed by the next execv. */
void markDescriptorsCloseOnExec();

} // namespace HealthHub::Kiosk
