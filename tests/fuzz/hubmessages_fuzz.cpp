// SPDX-License-Identifier: GPL-3.0-or-later
// Every message a terminal reads from the hub's broker: anyone on the hub's network may try to send one.
#include "core/hublink/messages.h"
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    HealthHub::Fuzz::folder();
    const QByteArray payload = HealthHub::Fuzz::bytes(data, size);
    using namespace HealthHub::HubLink;
    if (const auto request = decodeHelpRequest(payload)) {
        (void)encode(*request); // what was accepted can be said again
    }
    if (const auto answer = decodeHelpAnswer(payload)) {
        (void)encode(*answer);
    }
    if (const auto status = decodeStatus(payload)) {
        (void)encode(*status);
    }
    if (const auto times = decodeBookings(payload)) {
        (void)encodeBookings(*times);
    }
    (void)Topic::terminalOf(QString::fromUtf8(payload));
    return 0;
}
