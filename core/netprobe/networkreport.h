// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QUrl>

namespace HealthHub::NetProbe {

/** The limits a booth's network must meet; the video services' own guidance by default. */
struct NetworkThresholds
{
    int minKbps = 350;      ///< each way, kilobits per second
    int maxLatencyMs = 150; ///< round trip to a video host
};

/** How long each part of reaching one host took. Times are in microseconds; -1 when that part never happened. */
struct HostTiming
{
    enum class Failure {
        None,       ///< the host answered (any HTTP status counts: the network is what is being checked)
        NameLookup, ///< the name could not be looked up
        Connect,    ///< no connection (refused, unreachable, or no route)
        Tls,        ///< the secure connection failed (certificate or handshake)
        Timeout,    ///< no answer in time
        Other,      ///< anything else libcurl reports
    };

    QString host; ///< the host name probed (never a path or query)
    Failure failure = Failure::None;
    qint64 dnsUs = -1;       ///< name look-up (CURLINFO_NAMELOOKUP_TIME_T)
    qint64 connectUs = -1;   ///< TCP handshake, after the look-up (CONNECT - NAMELOOKUP)
    qint64 tlsUs = -1;       ///< TLS handshake (APPCONNECT - CONNECT); 0 for plain http on loopback
    qint64 firstByteUs = -1; ///< request sent to first byte of the answer (STARTTRANSFER - PRETRANSFER)

    bool reached() const { return failure == Failure::None; }
    /**
     * The round trip a call would feel: the longer of the TCP handshake and the request's answer time.
     * Both are one round trip each; the longer is the honest figure. -1 when the host was not reached.
     */
    int latencyMs() const;
};

/** One timed transfer: bytes moved and the time they took, without connection set-up. */
struct SpeedSample
{
    bool completed = false; ///< false when the transfer failed before moving any data
    HostTiming::Failure failure = HostTiming::Failure::None;
    qint64 bytes = 0;
    qint64 micros = 0;
    bool timeBudgetHit = false; ///< stopped at the time limit; kbps() is then an upper bound for uploads

    /** Kilobits per second; 0 when nothing moved. */
    double kbps() const;
};

/** Everything one network check measured. */
struct NetworkReport
{
    QList<HostTiming> videoHosts;
    HostTiming testHost;
    SpeedSample download;
    SpeedSample upload;
    qint64 elapsedMs = 0; ///< the whole probe, wall clock
    bool cancelled = false;
};

/** A short English name for a failure, for logs and the volunteer's detail line (never for visitors). */
QString failureName(HostTiming::Failure failure);

/**
 * The hosts the probe should reach for a list of video-host patterns: "*.example.org" becomes example.org,
 * loopback hosts stay as they are, duplicates go.
 */
QStringList probeHostsFor(const QStringList &videoHostPatterns);

} // namespace HealthHub::NetProbe

Q_DECLARE_METATYPE(HealthHub::NetProbe::NetworkReport)
