// SPDX-License-Identifier: GPL-3.0-or-later
// A hub join file, as `healthhub admin hub join` and every terminal's start read it.
#include "core/hublink/identity.h"
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = HealthHub::Fuzz::writeInput(QStringLiteral("hub-identity.json"), data, size);
    QString problem;
    (void)HealthHub::HubLink::Identity::load(path, &problem);
    return 0;
}
