// SPDX-License-Identifier: GPL-3.0-or-later
// systemd's notify protocol through libsystemd.
#include "kiosk/watchdog.h"

#include <systemd/sd-daemon.h>

namespace HealthHub::Kiosk {

bool Watchdog::isRequested()
{
    return requestedBeatMs() > 0;
}

int Watchdog::requestedBeatMs()
{
    uint64_t usec = 0;
    if (sd_watchdog_enabled(0, &usec) <= 0 || usec == 0) {
        return 0;
    }
    return int(qMax<uint64_t>(usec / 2000, 1));
}

bool Watchdog::notify(const char *state)
{
    return sd_notify(0, state) > 0;
}

} // namespace HealthHub::Kiosk
