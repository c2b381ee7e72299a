// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/mediacheck/checkresult.h"
#include "core/netprobe/networkreport.h"

namespace HealthHub::MediaCheck {

/**
 * Turns a network report into words. In order: no video host reached fails; a speed under half the
 * threshold fails; the test address not reached, a speed under the threshold, a round trip over the
 * threshold, or only some video hosts reached each give a warning with what it means for the call.
 * The round trip judged is the slowest reached video host: the visitor's service may be that one.
 */
CheckResult assessNetwork(const NetProbe::NetworkReport &report, const NetProbe::NetworkThresholds &thresholds);

} // namespace HealthHub::MediaCheck
