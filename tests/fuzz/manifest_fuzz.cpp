// SPDX-License-Identifier: GPL-3.0-or-later
// A bundle's manifest, as a terminal parses it after its signature checked (and a publisher's tool before).
#include "core/bundles/manifest.h"
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    HealthHub::Fuzz::folder();
    QString problem;
    if (const auto manifest = HealthHub::Bundles::Manifest::parse(HealthHub::Fuzz::bytes(data, size), &problem)) {
        // What parses must say itself again the same way.
        const auto again = HealthHub::Bundles::Manifest::parse(manifest->toJson(), &problem);
        if (!again || again->files.size() != manifest->files.size() || again->version != manifest->version) {
            __builtin_trap();
        }
    }
    return 0;
}
