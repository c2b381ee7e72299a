// SPDX-License-Identifier: GPL-3.0-or-later
// soak_bench's "product" mode: the production restart policy over a soak (see soakproduct.cpp), and the
// statistics both modes report.
#pragma once

#include <QList>

#include <cmath>

namespace HealthHub::Bench {

/** A least-squares line through (x, y) and the standard error of its slope (from the residuals). */
struct Trend
{
    double slope = 0;
    double slopeError = 0;
};

inline Trend leastSquares(const QList<double> &x, const QList<double> &y)
{
    Trend trend;
    const qsizetype n = std::min(x.size(), y.size());
    if (n < 3) {
        return trend;
    }
    double mx = 0;
    double my = 0;
    for (qsizetype i = 0; i < n; ++i) {
        mx += x[i];
        my += y[i];
    }
    mx /= double(n);
    my /= double(n);
    double sxy = 0;
    double sxx = 0;
    for (qsizetype i = 0; i < n; ++i) {
        sxy += (x[i] - mx) * (y[i] - my);
        sxx += (x[i] - mx) * (x[i] - mx);
    }
    if (sxx <= 0) {
        return trend;
    }
    trend.slope = sxy / sxx;
    double residuals = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const double r = y[i] - (my + trend.slope * (x[i] - mx));
        residuals += r * r;
    }
    trend.slopeError = std::sqrt(residuals / double(n - 2) / sxx);
    return trend;
}

/**
 * The pass rule, in MB per 1,000 sessions: a slope above this is an upward trend beyond noise. Twice the
 * slope's standard error (the sawtooth of the restarts and the jitter of RSS are the noise; with 20 samples
 * a true zero slope is above 2 SE about 3 % of the time), and never less than 1 MB per 1,000 sessions: at
 * that rate the 100 MB between a fresh kiosk and its budget would last 100,000 visitors.
 */
inline double upwardThreshold(const Trend &trend)
{
    return std::max(2.0 * trend.slopeError * 1000.0, 1.0);
}

/** `soak_bench product [sessions] [--restart-after N]`: the supervisor. */
int runProductSoak(int argc, char **argv);
/** `soak_bench --child <first> <last> <restart-after>`: the application process the supervisor runs. */
int runSoakChild(int argc, char **argv);

} // namespace HealthHub::Bench
