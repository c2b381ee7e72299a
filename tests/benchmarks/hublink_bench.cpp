// SPDX-License-Identifier: GPL-3.0-or-later
// The hub link on loopback with TLS, through a real mosquitto: a simulated hub of 1 console, 8 kiosks and 1 booth.
//   1. Get a volunteer -> the request on the console: median and 99th percentile over 200 requests (round robin
//      over the kiosks), measured from requestHelp() to the console's openRequestsChanged(arrived).
//   2. Broker killed (SIGKILL) and started again: time until every terminal is back online and the console has
//      rebuilt its picture (every terminal's status and an open request).
//   3. Memory: the broker's resident set with the 10 terminals connected, and this process's growth for 10 links.
// Usage: packaging/with-test-env.sh build/release/tests/benchmarks/hublink_bench [requests]

#include "core/hublink/hublink.h"
#include "tests/hublink/hubfixture.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace HealthHub;

namespace {

long residentKiB(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed().split(' ').first().toLong();
        }
    }
    return -1;
}

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.at(std::min(values.size() - 1, size_t(p * double(values.size() - 1) + 0.5)));
}

bool allOnline(const std::vector<std::unique_ptr<HubLink::Link>> &links)
{
    return std::all_of(links.begin(), links.end(), [](const auto &link) { return link->isOnline(); });
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int requests = argc > 1 ? std::max(10, std::atoi(argv[1])) : 200;
    HubTest::HubFixture hub;
    if (!hub.setUp()) {
        std::fprintf(stderr, "hublink_bench: %s\n", qPrintable(hub.problem()));
        return 1;
    }
    const long before = residentKiB(QCoreApplication::applicationPid());
    std::vector<std::unique_ptr<HubLink::Link>> links;
    links.push_back(std::make_unique<HubLink::Link>(
        hub.identity(hub.addTerminal(QStringLiteral("desk"), QStringLiteral("console")))));
    for (int i = 1; i <= 8; ++i) {
        const QString name = QStringLiteral("kiosk-%1").arg(i);
        links.push_back(std::make_unique<HubLink::Link>(hub.identity(hub.addTerminal(name, QStringLiteral("kiosk")))));
    }
    links.push_back(std::make_unique<HubLink::Link>(
        hub.identity(hub.addTerminal(QStringLiteral("booth-1"), QStringLiteral("booth")))));
    for (auto &link : links) {
        link->start();
        link->setStatus({});
    }
    if (!QTest::qWaitFor([&] { return allOnline(links); }, 20000)) {
        std::fprintf(stderr, "hublink_bench: not every terminal came online\n");
        return 1;
    }
    HubLink::Link &console = *links.front();
    QTest::qWait(500);

    // 1. Request to console.
    std::vector<double> ms;
    QElapsedTimer timer;
    bool arrived = false;
    QObject::connect(&console, &HubLink::Link::openRequestsChanged, &app,
                     [&](bool isNew) { arrived = arrived || isNew; });
    for (int i = 0; i < requests; ++i) {
        HubLink::Link &kiosk = *links.at(1 + (i % 8));
        arrived = false;
        timer.start();
        kiosk.requestHelp(QStringLiteral("visitorHome"));
        if (!QTest::qWaitFor([&] { return arrived; }, 5000)) {
            std::fprintf(stderr, "hublink_bench: request %d never arrived\n", i);
            return 1;
        }
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
        kiosk.withdrawHelp();
        (void)QTest::qWaitFor([&] { return console.openRequests().isEmpty(); }, 5000);
    }
    std::printf("request -> console (TLS, loopback, %d requests): median %.2f ms, p99 %.2f ms, max %.2f ms\n", requests,
                percentile(ms, 0.5), percentile(ms, 0.99), *std::max_element(ms.begin(), ms.end()));

    // 3. Memory with the hub connected.
    std::printf("mosquitto resident with 10 terminals: %ld KiB; this process grew by %ld KiB for 10 links\n",
                residentKiB(hub.brokerPid()), residentKiB(QCoreApplication::applicationPid()) - before);

    // 2. Broker restart.
    links.at(3)->requestHelp(QStringLiteral("visitorHome"));
    (void)QTest::qWaitFor([&] { return !console.openRequests().isEmpty(); }, 5000);
    hub.killBroker();
    (void)QTest::qWaitFor([&] { return !allOnline(links); }, 10000);
    timer.start();
    if (!hub.startBroker()) {
        return 1;
    }
    const bool rebuilt = QTest::qWaitFor(
        [&] { return allOnline(links) && console.terminals().size() == 10 && console.openRequests().size() == 1; },
        20000);
    std::printf("broker killed and restarted: every terminal online and the console's picture rebuilt in %lld ms%s\n",
                timer.elapsed(), rebuilt ? "" : " (NOT rebuilt within 20 s)");
    return rebuilt ? 0 : 1;
}
