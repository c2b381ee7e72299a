// SPDX-License-Identifier: GPL-3.0-or-later
// Systems other than Linux: core dumps are limited with setrlimit where it exists.
#include "core/store/processhardening.h"

#if defined(__unix__) || defined(__APPLE__)
#include <sys/resource.h>
#endif

namespace HealthHub::Store {

bool disableCoreDumps()
{
#if defined(__unix__) || defined(__APPLE__)
    const rlimit none{0, 0};
    return setrlimit(RLIMIT_CORE, &none) == 0;
#else
    return false;
#endif
}

} // namespace HealthHub::Store
