// SPDX-License-Identifier: GPL-3.0-or-later
// Linux only: the build picks processhardening_other.cpp elsewhere.
#include "core/store/processhardening.h"

#include <sys/prctl.h>
#include <sys/resource.h>

namespace HealthHub::Store {

bool disableCoreDumps()
{
    const rlimit none{0, 0};
    const bool limited = setrlimit(RLIMIT_CORE, &none) == 0;
    // Not dumpable: no core file even if a limit is raised later, and no ptrace attach by the same user.
    const bool undumpable = prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0;
    return limited && undumpable;
}

} // namespace HealthHub::Store
