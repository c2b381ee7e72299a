// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/netprobe/networkreport.h"

#include <algorithm>

namespace HealthHub::NetProbe {

int HostTiming::latencyMs() const
{
    if (!reached()) {
        return -1;
    }
    const qint64 roundTripUs = std::max(connectUs, firstByteUs);
    return int((roundTripUs + 500) / 1000);
}

double SpeedSample::kbps() const
{
    if (bytes <= 0 || micros <= 0) {
        return 0;
    }
    return double(bytes) * 8.0 * 1000.0 / double(micros); // bits per microsecond × 1000 = kbit/s
}

QString failureName(HostTiming::Failure failure)
{
    switch (failure) {
    case HostTiming::Failure::None:
        return QStringLiteral("ok");
    case HostTiming::Failure::NameLookup:
        return QStringLiteral("name look-up failed");
    case HostTiming::Failure::Connect:
        return QStringLiteral("no connection");
    case HostTiming::Failure::Tls:
        return QStringLiteral("secure connection failed");
    case HostTiming::Failure::Timeout:
        return QStringLiteral("no answer in time");
    case HostTiming::Failure::Other:
        return QStringLiteral("failed");
    }
    return QString();
}

QStringList probeHostsFor(const QStringList &videoHostPatterns)
{
    QStringList hosts;
    for (const QString &pattern : videoHostPatterns) {
        const QString host = pattern.startsWith(QLatin1String("*.")) ? pattern.mid(2) : pattern;
        if (!host.isEmpty() && !hosts.contains(host)) {
            hosts.append(host);
        }
    }
    return hosts;
}

} // namespace HealthHub::NetProbe
