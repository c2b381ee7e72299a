// SPDX-License-Identifier: GPL-3.0-or-later
// Qt WebEngine alone, without any kiosk code: N times, an off-the-record QWebEngineProfile with one
// QWebEnginePage loads the soak's storage page, then the page and the profile are deleted. Prints the
// resident memory of this process and its web engine processes every 50 rounds and the least-squares slope.
// Compare with soak_bench: the same slope here means the growth is Qt WebEngine's, not the kiosk's.
// "reuse" keeps one profile and makes only a new page each round (the control).
// Usage: packaging/with-test-env.sh build/<preset>/tests/benchmarks/profile_bench [rounds] [fresh|reuse]

#include "tests/benchmarks/sessionbench.h"

#include <QWebEngineProfile>

#include <cstdio>
#include <memory>

using namespace HealthHub;

int main(int argc, char **argv)
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    const int rounds = argc > 1 ? std::max(50, QByteArray(argv[1]).toInt()) : 1000;
    const bool reuse = argc > 2 && QByteArray(argv[2]) == "reuse";

    Test::LoopbackHttpServer server;
    if (!server.listen()) {
        return 1;
    }
    server.html("/visit", Bench::storagePage());
    const QUrl url = server.url(QStringLiteral("/visit"));

    std::unique_ptr<QWebEngineProfile> shared;
    if (reuse) {
        shared = std::make_unique<QWebEngineProfile>();
    }
    QList<double> x;
    QList<double> y;
    std::printf("%s profile per round\n%8s %10s %10s\n", reuse ? "one" : "a new off-the-record", "round", "RSS MB",
                "processes");
    for (int i = 1; i <= rounds; ++i) {
        std::unique_ptr<QWebEngineProfile> fresh;
        if (!reuse) {
            fresh = std::make_unique<QWebEngineProfile>(); // no storage name: off the record, as the kiosk's
        }
        auto page = std::make_unique<QWebEnginePage>(reuse ? shared.get() : fresh.get());
        page->load(url);
        QElapsedTimer timer;
        timer.start();
        while (page->title() != QLatin1String("filled") && timer.elapsed() < 10000) {
            QTest::qWait(2);
        }
        if (page->title() != QLatin1String("filled")) {
            std::fprintf(stderr, "round %d: the page did not fill its storage\n", i);
            return 1;
        }
        page.reset(); // the page before its profile, as the kiosk does
        fresh.reset();
        QTest::qWait(20);
        if (i % 50 == 0) {
            QTest::qWait(200);
            x.append(i);
            y.append(Bench::totalResidentMb());
            std::printf("%8d %10.1f %10lld\n", i, y.last(), qlonglong(Bench::descendants(::getpid()).size()));
            std::fflush(stdout);
        }
    }
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
    std::printf("\n%d rounds; memory slope %.3f MB per 1,000 rounds (first sample %.1f MB, last %.1f MB)\n", rounds,
                sxx > 0 ? sxy / sxx * 1000.0 : 0.0, y.first(), y.last());
    return 0;
}
