// SPDX-License-Identifier: GPL-3.0-or-later
// The terminal's INI file, as Config::Settings::load reads it at every start.
#include "core/config/settings.h"
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = HealthHub::Fuzz::writeInput(QStringLiteral("healthhub.ini"), data, size);
    const auto loaded = HealthHub::Config::Settings::load(path);
    for (const auto &error : loaded.errors) {
        (void)error.message(); // every message must be buildable from whatever was read
    }
    return 0;
}
