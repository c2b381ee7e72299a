// SPDX-License-Identifier: GPL-3.0-or-later
// The network part of the pre-call check, in words: real libcurl against loopback servers that are fast,
// slow to answer, throttled, or not there, judged with the booth's thresholds.

#include "core/mediacheck/networkcheck.h"
#include "core/netprobe/networkprobe.h"
#include "tests/netprobe/shapedhttpserver.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace HealthHub::NetProbe;
using namespace HealthHub::MediaCheck;
using HealthHub::Test::ShapedHttpServer;

class NetworkCheckTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loopbackServers_data();
    void loopbackServers();
    void someHostsUnreachableWarns();
    void thresholdsAreConfigurable();

private:
    static CheckResult check(const QList<QUrl> &hosts, const QUrl &testUrl, const NetworkThresholds &thresholds = {});
};

CheckResult NetworkCheckTest::check(const QList<QUrl> &hosts, const QUrl &testUrl, const NetworkThresholds &thresholds)
{
    NetworkProbe probe;
    NetworkProbe::Options options;
    options.allowLoopbackHttp = true;
    options.minKbps = thresholds.minKbps;
    options.downloadBudgetMs = 1500; // short budgets keep the suite fast; the verdict rules are the product's
    options.uploadSeconds = 1;
    options.uploadBudgetMs = 2000;
    probe.setOptions(options);
    QSignalSpy finished(&probe, &NetworkProbe::finished);
    probe.start(hosts, testUrl);
    if (!finished.wait(30000)) {
        return {};
    }
    return assessNetwork(finished.first().first().value<NetworkReport>(), thresholds);
}

void NetworkCheckTest::loopbackServers_data()
{
    QTest::addColumn<int>("delayMs");
    QTest::addColumn<int>("bytesPerSecond"); // 0 fast; -1 nothing listening
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");

    QTest::newRow("fast") << 0 << 0 << int(CheckResult::Status::Pass)
                          << "The internet connection is good enough for a video call.";
    QTest::newRow("slow to answer") << 300 << 0 << int(CheckResult::Status::Warning)
                                    << "The internet is slow to answer. There may be a delay when you talk.";
    QTest::newRow("throttled to 200 kbit/s")
        << 0 << 25000 << int(CheckResult::Status::Warning)
        << "The internet is slow. Your picture may freeze. You can still try your call.";
    QTest::newRow("throttled to 80 kbit/s") << 0 << 10000 << int(CheckResult::Status::Fail)
                                            << "The internet is too slow for a video call. Please ask a volunteer.";
    QTest::newRow("unreachable") << 0 << -1 << int(CheckResult::Status::Fail)
                                 << "This room cannot reach the video service. Please ask a volunteer.";
}

void NetworkCheckTest::loopbackServers()
{
    QFETCH(int, delayMs);
    QFETCH(int, bytesPerSecond);
    QFETCH(int, status);
    QFETCH(QString, message);

    ShapedHttpServer server({delayMs, std::max(0, bytesPerSecond), 1024 * 1024});
    QUrl url;
    if (bytesPerSecond < 0) {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        url = QUrl(QStringLiteral("http://127.0.0.1/"));
        url.setPort(closed.serverPort());
    } else {
        QVERIFY(server.listen());
        url = server.url();
    }
    const CheckResult result = check({url}, url);
    QVERIFY2(int(result.status) == status,
             qPrintable(statusName(result.status) + QStringLiteral(": ") + result.detail));
    QCOMPARE(result.message, message);
}

void NetworkCheckTest::someHostsUnreachableWarns()
{
    ShapedHttpServer fast({});
    QVERIFY(fast.listen());
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    QUrl gone(QStringLiteral("http://127.0.0.1/"));
    gone.setPort(closed.serverPort());
    closed.close();
    const CheckResult result = check({fast.url(), gone}, fast.url());
    QCOMPARE(result.status, CheckResult::Status::Warning);
    QCOMPARE(result.message,
             QStringLiteral("Some video services cannot be reached. If your call does not start, ask a volunteer."));
}

void NetworkCheckTest::thresholdsAreConfigurable()
{
    // The same 200 kbit/s line passes when the hub sets min_kbps = 150, and a 300 ms answer when 500 ms is allowed.
    ShapedHttpServer throttled({0, 25000, 1024 * 1024});
    QVERIFY(throttled.listen());
    QCOMPARE(check({throttled.url()}, throttled.url(), {150, 150}).status, CheckResult::Status::Pass);
    ShapedHttpServer slow({300, 0, 1024 * 1024});
    QVERIFY(slow.listen());
    const CheckResult relaxed = check({slow.url()}, slow.url(), {350, 500});
    QVERIFY(relaxed.message != QStringLiteral("The internet is slow to answer. There may be a delay when you talk."));
}

QTEST_GUILESS_MAIN(NetworkCheckTest)
#include "networkcheck_test.moc"
