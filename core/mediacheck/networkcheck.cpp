// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mediacheck/networkcheck.h"

#include <QCoreApplication>

#include <algorithm>

namespace HealthHub::MediaCheck {

namespace {
// Named translate() with the context written at each call, so lupdate files each text under the context the
// program looks it up with.
QString translate(const char *context, const char *text)
{
    return QCoreApplication::translate(context, text);
}
/** The figures behind the verdict, for the log. */
QString detailText(const NetProbe::NetworkReport &report, int reached, int slowestMs)
{
    return QStringLiteral("video hosts reached %1 of %2; slowest round trip %3 ms; down %4 kbit/s; up %5 kbit/s%6")
        .arg(reached)
        .arg(report.videoHosts.size())
        .arg(slowestMs)
        .arg(qRound(report.download.kbps()))
        .arg(qRound(report.upload.kbps()))
        .arg(report.upload.timeBudgetHit ? QStringLiteral(" or less") : QString());
}

} // namespace

CheckResult assessNetwork(const NetProbe::NetworkReport &report, const NetProbe::NetworkThresholds &thresholds)
{
    CheckResult result;
    int reached = 0;
    int slowestMs = -1;
    for (const NetProbe::HostTiming &host : report.videoHosts) {
        if (host.reached()) {
            ++reached;
            slowestMs = std::max(slowestMs, host.latencyMs());
        }
    }
    const double down = report.download.kbps();
    const double up = report.upload.kbps();
    const bool measured = report.testHost.reached() && report.download.completed && report.upload.completed;
    const double slowest = std::min(down, up);

    result.detail = detailText(report, reached, slowestMs);

    if (report.cancelled) {
        result.status = CheckResult::Status::NotRun;
        return result;
    }
    if (reached == 0) {
        result.status = CheckResult::Status::Fail;
        result.message = translate("HealthHub::MediaCheck::NetworkCheck",
                                   "This room cannot reach the video service. Please ask a volunteer.");
        return result;
    }
    if (measured && slowest < thresholds.minKbps / 2.0) {
        result.status = CheckResult::Status::Fail;
        result.message = translate("HealthHub::MediaCheck::NetworkCheck",
                                   "The internet is too slow for a video call. Please ask a volunteer.");
        return result;
    }
    result.status = CheckResult::Status::Warning;
    if (!measured) {
        result.message = translate("HealthHub::MediaCheck::NetworkCheck",
                                   "We could not test the internet speed. You can still try your call.");
    } else if (slowest < thresholds.minKbps) {
        result.message = translate("HealthHub::MediaCheck::NetworkCheck",
                                   "The internet is slow. Your picture may freeze. You can still try your call.");
    } else if (slowestMs > thresholds.maxLatencyMs) {
        result.message = translate("HealthHub::MediaCheck::NetworkCheck",
                                   "The internet is slow to answer. There may be a delay when you talk.");
    } else if (reached < report.videoHosts.size()) {
        result.message =
            translate("HealthHub::MediaCheck::NetworkCheck",
                      "Some video services cannot be reached. If your call does not start, ask a volunteer.");
    } else {
        result.status = CheckResult::Status::Pass;
        result.message = translate("HealthHub::MediaCheck::NetworkCheck",
                                   "The internet connection is good enough for a video call.");
    }
    return result;
}

} // namespace HealthHub::MediaCheck
