// SPDX-License-Identifier: GPL-3.0-or-later
// Platforms without systemd: no service manager to tell, so the watchdog is off.
#include "kiosk/watchdog.h"

namespace HealthHub::Kiosk {

bool Watchdog::isRequested()
{
    return false;
}

int Watchdog::requestedBeatMs()
{
    return 0;
}

bool Watchdog::notify(const char *)
{
    return false;
}

} // namespace HealthHub::Kiosk
