// SPDX-License-Identifier: GPL-3.0-or-later
// The network probe against real loopback servers: a fast one, one slow to answer, one throttled each way,
// and a closed port. Real libcurl, real sockets; the servers are slow on purpose, nothing is simulated.

#include "core/netprobe/networkprobe.h"
#include "tests/netprobe/shapedhttpserver.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslKey>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace HealthHub::NetProbe;
using HealthHub::Test::ShapedHttpServer;

class NetProbeTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fastServerMeetsTheThresholds();
    void tlsHandshakeIsTimed();
    void untrustedCertificateFailsAsTls();
    void slowAnswerShowsAsLatency();
    void throttledLineShowsAsSlowSpeeds();
    void throttledUploadStopsAtTheBudget();
    void closedPortFailsCleanly();
    void onlyHttpsLeavesTheMachine();
    void cancelStopsSoon();
    void probeHostsForPatterns();

private:
    /** A self-signed certificate for 127.0.0.1, made now with the openssl command; false if it cannot be. */
    bool makeCertificate();
    static NetworkProbe::Options testOptions();

    QTemporaryDir m_certDir;
    QSslCertificate m_certificate;
    QSslKey m_key;
    static NetworkReport probe(const QList<QUrl> &hosts, const QUrl &testUrl,
                               const NetworkProbe::Options &options = testOptions());
};

NetworkProbe::Options NetProbeTest::testOptions()
{
    NetworkProbe::Options options;
    options.allowLoopbackHttp = true;
    // Short budgets keep the suite fast; the product uses the defaults (see docs/booth.md).
    options.downloadBudgetMs = 1500;
    options.uploadSeconds = 1;
    options.uploadBudgetMs = 2000;
    return options;
}

NetworkReport NetProbeTest::probe(const QList<QUrl> &hosts, const QUrl &testUrl, const NetworkProbe::Options &options)
{
    // Asynchronously, as the booth runs it: the servers answer on this thread while curl works in its own.
    NetworkProbe probe;
    probe.setOptions(options);
    QSignalSpy finished(&probe, &NetworkProbe::finished);
    probe.start(hosts, testUrl);
    if (!finished.wait(30000)) {
        qWarning("the probe did not finish");
        return {};
    }
    return finished.first().first().value<NetworkReport>();
}

void NetProbeTest::fastServerMeetsTheThresholds()
{
    ShapedHttpServer video({});
    ShapedHttpServer test({});
    QVERIFY(video.listen());
    QVERIFY(test.listen());

    const NetworkReport report = probe({video.url()}, test.url());
    QCOMPARE(report.videoHosts.size(), 1);
    const HostTiming &host = report.videoHosts.first();
    QCOMPARE(host.host, QStringLiteral("127.0.0.1"));
    QVERIFY2(host.reached(), qPrintable(failureName(host.failure)));
    QVERIFY(host.dnsUs >= 0);
    QVERIFY(host.connectUs >= 0);
    QCOMPARE(host.tlsUs, 0); // plain http on loopback: no TLS handshake to time
    QVERIFY(host.firstByteUs >= 0);
    QVERIFY2(host.latencyMs() < 150, qPrintable(QString::number(host.latencyMs())));
    QVERIFY(report.testHost.reached());

    QVERIFY(report.download.completed);
    QVERIFY2(report.download.kbps() > 350, qPrintable(QString::number(report.download.kbps())));
    QVERIFY(report.upload.completed);
    QVERIFY(!report.upload.timeBudgetHit);
    QVERIFY2(report.upload.kbps() > 350, qPrintable(QString::number(report.upload.kbps())));
    QCOMPARE(report.upload.bytes, qint64(350 * 1000 / 8));
    QCOMPARE(test.bytesReceived(), report.upload.bytes); // the server really got the whole body
    QCOMPARE(video.requests(), 1);
    QCOMPARE(test.requests(), 3); // probe, download, upload
    QVERIFY(!report.cancelled);
}

bool NetProbeTest::makeCertificate()
{
    if (!m_certificate.isNull()) {
        return true;
    }
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty() || !m_certDir.isValid()) {
        return false;
    }
    const QString cert = m_certDir.filePath(QStringLiteral("cert.pem"));
    const QString key = m_certDir.filePath(QStringLiteral("key.pem"));
    QProcess process;
    process.start(openssl,
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                   QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                   QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert, QStringLiteral("-days"),
                   QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                   QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1")});
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        qWarning("openssl: %s", process.readAllStandardError().constData());
        return false;
    }
    QFile certFile(cert);
    QFile keyFile(key);
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
        return false;
    }
    m_certificate = QSslCertificate(&certFile, QSsl::Pem);
    m_key = QSslKey(&keyFile, QSsl::Ec, QSsl::Pem);
    return !m_certificate.isNull() && !m_key.isNull();
}

void NetProbeTest::tlsHandshakeIsTimed()
{
    if (!makeCertificate()) {
        QSKIP("openssl command not available to make a test certificate (install-deps.sh installs it)");
    }
    ShapedHttpServer secure({});
    QVERIFY(secure.listenTls(m_certificate, m_key));
    QCOMPARE(secure.url().scheme(), QStringLiteral("https"));
    NetworkProbe::Options options = testOptions();
    options.allowLoopbackHttp = false; // https only, as on a hub terminal
    options.caFile = m_certDir.filePath(QStringLiteral("cert.pem"));

    const NetworkReport report = probe({secure.url()}, secure.url(), options);
    const HostTiming &host = report.videoHosts.first();
    QVERIFY2(host.reached(), qPrintable(failureName(host.failure)));
    QVERIFY2(host.tlsUs > 0, qPrintable(QString::number(host.tlsUs))); // a real handshake, timed
    QVERIFY(host.connectUs >= 0);
    QVERIFY(host.firstByteUs >= 0);
    QVERIFY(report.download.completed);
    QVERIFY2(report.download.kbps() > 350, qPrintable(QString::number(report.download.kbps())));
    QVERIFY(report.upload.completed);
    QCOMPARE(secure.bytesReceived(), report.upload.bytes);
    QCOMPARE(secure.requests(), 4); // probed as video host and as test address, then download and upload
    qInfo("loopback TLS handshake: %lld us", host.tlsUs);
}

void NetProbeTest::untrustedCertificateFailsAsTls()
{
    if (!makeCertificate()) {
        QSKIP("openssl command not available to make a test certificate (install-deps.sh installs it)");
    }
    ShapedHttpServer secure({});
    QVERIFY(secure.listenTls(m_certificate, m_key));
    NetworkProbe::Options options = testOptions();
    options.allowLoopbackHttp = false; // the system's trust store: a self-signed certificate is refused
    const NetworkReport report = probe({secure.url()}, QUrl(), options);
    QCOMPARE(report.videoHosts.first().failure, HostTiming::Failure::Tls);
    QCOMPARE(secure.requests(), 0);
}

void NetProbeTest::slowAnswerShowsAsLatency()
{
    ShapedHttpServer slow({300, 0, 1024});
    QVERIFY(slow.listen());

    const NetworkReport report = probe({slow.url()}, slow.url());
    const HostTiming &host = report.videoHosts.first();
    QVERIFY(host.reached());
    QVERIFY2(host.latencyMs() >= 300, qPrintable(QString::number(host.latencyMs())));
    QVERIFY2(host.latencyMs() < 1500, qPrintable(QString::number(host.latencyMs())));
}

void NetProbeTest::throttledLineShowsAsSlowSpeeds()
{
    // 25 kB/s is 200 kbit/s: below the 350 kbit/s the video services ask for, each way.
    ShapedHttpServer throttled({0, 25000, 1024 * 1024});
    QVERIFY(throttled.listen());

    const NetworkReport report = probe({throttled.url()}, throttled.url());
    QVERIFY(report.testHost.reached());
    QVERIFY(report.download.completed);
    QVERIFY(report.download.timeBudgetHit); // 1 MB at 200 kbit/s takes far longer than the budget
    QVERIFY2(report.download.kbps() > 100 && report.download.kbps() < 350,
             qPrintable(QString::number(report.download.kbps())));
    QVERIFY(report.upload.completed);
    QVERIFY(!report.upload.timeBudgetHit); // 43.75 kB at 25 kB/s is 1.75 s, inside the 2 s budget
    QVERIFY2(report.upload.kbps() > 100 && report.upload.kbps() < 350,
             qPrintable(QString::number(report.upload.kbps())));
}

void NetProbeTest::throttledUploadStopsAtTheBudget()
{
    ShapedHttpServer throttled({0, 10000, 1024});
    QVERIFY(throttled.listen());

    const NetworkReport report = probe({throttled.url()}, throttled.url());
    QVERIFY(report.upload.completed);
    QVERIFY(report.upload.timeBudgetHit);
    // The whole body over the budget: an upper bound, half the threshold by construction.
    QVERIFY2(report.upload.kbps() <= 175.5, qPrintable(QString::number(report.upload.kbps())));
}

void NetProbeTest::closedPortFailsCleanly()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close(); // nothing listens there now: connections are refused

    QUrl url(QStringLiteral("http://127.0.0.1/"));
    url.setPort(port);
    const NetworkReport report = probe({url}, url);
    QCOMPARE(report.videoHosts.first().failure, HostTiming::Failure::Connect);
    QCOMPARE(report.videoHosts.first().latencyMs(), -1);
    QCOMPARE(report.testHost.failure, HostTiming::Failure::Connect);
    QVERIFY(!report.download.completed);
    QVERIFY(!report.upload.completed);
    QVERIFY2(report.elapsedMs < 3000, qPrintable(QString::number(report.elapsedMs)));
}

void NetProbeTest::onlyHttpsLeavesTheMachine()
{
    // Plain http is refused before any connection, for a real host and, without the test switch, for loopback.
    ShapedHttpServer server({});
    QVERIFY(server.listen());
    NetworkProbe::Options strict = testOptions();
    strict.allowLoopbackHttp = false;
    const NetworkReport report =
        probe({QUrl(QStringLiteral("http://video.example.org/")), server.url()}, server.url(), strict);
    QCOMPARE(report.videoHosts.at(0).failure, HostTiming::Failure::Other);
    QCOMPARE(report.videoHosts.at(1).failure, HostTiming::Failure::Other);
    QCOMPARE(report.testHost.failure, HostTiming::Failure::Other);
    QCOMPARE(server.requests(), 0);
}

void NetProbeTest::cancelStopsSoon()
{
    ShapedHttpServer throttled({0, 5000, 1024 * 1024});
    QVERIFY(throttled.listen());
    NetworkProbe::Options options = testOptions();
    options.downloadBudgetMs = 20000;

    NetworkProbe probe;
    probe.setOptions(options);
    QSignalSpy finished(&probe, &NetworkProbe::finished);
    probe.start({throttled.url()}, throttled.url());
    QVERIFY(probe.isRunning());
    QTest::qWait(300); // into the download
    QElapsedTimer timer;
    timer.start();
    probe.cancel();
    QVERIFY(finished.wait(5000));
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(finished.first().first().value<NetworkReport>().cancelled);
    QVERIFY(!probe.isRunning());
}

void NetProbeTest::probeHostsForPatterns()
{
    QCOMPARE(
        probeHostsFor({QStringLiteral("*.attendanywhere.com"), QStringLiteral("nhs.vc"),
                       QStringLiteral("attendanywhere.com"), QStringLiteral("127.0.0.1")}),
        (QStringList{QStringLiteral("attendanywhere.com"), QStringLiteral("nhs.vc"), QStringLiteral("127.0.0.1")}));
    QCOMPARE(NetworkProbe::urlsForHosts({QStringLiteral("nhs.vc")}).first(), QUrl(QStringLiteral("https://nhs.vc/")));
}

QTEST_GUILESS_MAIN(NetProbeTest)
#include "netprobe_test.moc"
