// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace HealthHub::Store {

/**
 * Stops this process from writing a core dump (which would hold keys and records in the clear) and from
 * being read by ptrace from other processes of the same user. Call first thing in main().
 * Returns false when the system refused.
 */
bool disableCoreDumps();

} // namespace HealthHub::Store
