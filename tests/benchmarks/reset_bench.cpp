// SPDX-License-Identifier: GPL-3.0-or-later
// Finish to a clean, verified session: a visitor page fills storage, then reset() destroys the sandbox,
// clears everything, makes the next one and verifies it with the probe (healthhub://app/probe).
// Usage: packaging/with-test-env.sh build/<preset>/tests/benchmarks/reset_bench [runs]   (default 30)

#include "app/core/visitorpreferences.h"
#include "tests/benchmarks/sessionbench.h"

#include <cstdio>

using namespace HealthHub;

int main(int argc, char **argv)
{
    Kiosk::registerUrlSchemes();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("healthhub.*.info=false"));
    const int runs = argc > 1 ? std::max(1, QByteArray(argv[1]).toInt()) : 30;

    Test::LoopbackHttpServer server;
    if (!server.listen()) {
        return 1;
    }
    server.html("/visit", Bench::storagePage());
    Core::VisitorPreferences preferences(QStringLiteral("en"));
    Kiosk::VisitorSession session(Kiosk::UrlPolicy({QStringLiteral("127.0.0.1")}, true), &preferences, 120000, 30000);
    QSignalSpy started(&session, &Kiosk::VisitorSession::started);
    session.start();
    started.wait(10000);

    QList<double> times;
    for (int i = 0; i < runs + 2; ++i) {
        if (!Bench::visit(session, server.url(QStringLiteral("/visit")))) {
            std::fprintf(stderr, "the visit page did not fill its storage\n");
            return 1;
        }
        const double ms = Bench::finish(session);
        if (ms < 0) {
            std::fprintf(stderr, "a reset did not finish clean\n");
            return 1;
        }
        if (i >= 2) { // the first two warm the engine
            times.append(ms);
        }
    }
    std::sort(times.begin(), times.end());
    std::printf("Finish -> clean, verified session (%d runs): median %.1f ms, min %.1f, p90 %.1f, max %.1f "
                "(budget 300 ms)\n",
                runs, Bench::median(times), times.first(), times.at(int(times.size() * 0.9)), times.last());
    return 0;
}
