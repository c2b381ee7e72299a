// SPDX-License-Identifier: GPL-3.0-or-later
// 1,000 visitor sessions (open a page that uses storage, reset), sampling the resident memory of this
// process and its web engine processes every 50 sessions. Reports the least-squares slope and any web
// engine processes left over after the last reset. "on-demand" runs the visitor kiosk's way (no sandbox
// between visitors; each reset verifies in a fresh sandbox and destroys it), "ready" the booth's.
// Usage: packaging/with-test-env.sh build/<preset>/tests/benchmarks/soak_bench [sessions] [on-demand|ready]
//        (default 1000 on-demand)
// This mode is one process with no restart: it measures Qt WebEngine's own growth. What the product does
// over the same visitors, restarts included, is `soak_bench product [sessions]` (soakproduct.cpp).

#include "core/config/visitorpreferences.h"
#include "tests/benchmarks/sessionbench.h"
#include "tests/benchmarks/soakproduct.h"

#include <cstdio>

using namespace HealthHub;

int main(int argc, char **argv)
{
    if (argc > 1 && QByteArray(argv[1]) == "product") {
        return Bench::runProductSoak(argc, argv);
    }
    if (argc > 1 && QByteArray(argv[1]) == "--child") {
        return Bench::runSoakChild(argc, argv);
    }
    Kiosk::registerUrlSchemes();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("healthhub.*.info=false"));
    const int sessions = argc > 1 ? std::max(50, QByteArray(argv[1]).toInt()) : 1000;
    const bool onDemand = argc <= 2 || QByteArray(argv[2]) != "ready";

    Test::LoopbackHttpServer server;
    if (!server.listen()) {
        return 1;
    }
    server.html("/visit", Bench::storagePage());
    Config::VisitorPreferences preferences(QStringLiteral("en"));
    Kiosk::VisitorSession session(Kiosk::UrlPolicy({QStringLiteral("127.0.0.1")}, true), &preferences, 120000, 30000);
    session.setSandboxOnDemand(onDemand);
    QSignalSpy started(&session, &Kiosk::VisitorSession::started);
    session.start();
    started.wait(10000);
    int processesAtStart = 0; // counted after the first session: on demand, the engine starts with it

    QList<double> x;
    QList<double> y;
    QList<double> resets;
    QElapsedTimer wall;
    wall.start();
    std::printf("%s sandbox\n%8s %10s %10s %14s\n", onDemand ? "on-demand" : "kept-ready", "session", "RSS MB",
                "processes", "median reset ms");
    for (int i = 1; i <= sessions; ++i) {
        if (!Bench::visit(session, server.url(QStringLiteral("/visit")))) {
            std::fprintf(stderr, "session %d: the visit page did not fill its storage\n", i);
            return 1;
        }
        const double ms = Bench::finish(session);
        if (ms < 0) {
            std::fprintf(stderr, "session %d: the reset did not finish clean\n", i);
            return 1;
        }
        resets.append(ms);
        if (i == 1) {
            QTest::qWait(500);
            processesAtStart = int(Bench::descendants(::getpid()).size());
        }
        if (i % 50 == 0) {
            QTest::qWait(200); // let the last profile's renderer go
            const double mb = Bench::totalResidentMb();
            x.append(i);
            y.append(mb);
            std::printf("%8d %10.1f %10lld %14.1f\n", i, mb, qlonglong(Bench::descendants(::getpid()).size()),
                        Bench::median(resets.mid(resets.size() - 50)));
            std::fflush(stdout);
        }
    }
    // Least-squares slope of memory against sessions.
    double mx = 0;
    double my = 0;
    for (qsizetype i = 0; i < x.size(); ++i) {
        mx += x[i];
        my += y[i];
    }
    mx /= double(x.size());
    my /= double(y.size());
    double sxy = 0;
    double sxx = 0;
    for (qsizetype i = 0; i < x.size(); ++i) {
        sxy += (x[i] - mx) * (y[i] - my);
        sxx += (x[i] - mx) * (x[i] - mx);
    }
    const double slope = sxx > 0 ? sxy / sxx : 0;
    const Bench::Trend trend = Bench::leastSquares(x, y);
    std::printf("\nsingle process, no restart (Qt WebEngine's own growth): standard error %.3f MB per 1,000; "
                "product mode's rule would call it %s (threshold %.3f)",
                trend.slopeError * 1000.0, trend.slope * 1000.0 > Bench::upwardThreshold(trend) ? "upward" : "flat",
                Bench::upwardThreshold(trend));
    QTest::qWait(1000);
    const int processesAtEnd = int(Bench::descendants(::getpid()).size());
    std::printf("\n%d sessions in %.0f s; memory slope %.3f MB per 1,000 sessions (first sample %.1f MB, last %.1f "
                "MB); median reset %.1f ms\n",
                sessions, double(wall.elapsed()) / 1000.0, slope * 1000.0, y.first(), y.last(), Bench::median(resets));
    std::printf("web engine processes: %d after the first session, %d at end (%s)\n", processesAtStart, processesAtEnd,
                processesAtEnd <= processesAtStart ? "no orphans" : "ORPHANS LEFT");
    return processesAtEnd <= processesAtStart ? 0 : 1;
}
