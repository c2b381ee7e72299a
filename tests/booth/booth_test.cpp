// SPDX-License-Identifier: GPL-3.0-or-later
// The booth end to end, with real QtWebEngine and Chromium's fake camera and microphone: joining checks the
// link; a WebRTC call (two peer connections in one page) on an allowed loopback origin connects and media
// flows; the same page on an origin that is not allowed gets no camera; "End call and clear" leaves nothing.

#include "kiosk/idlewatch.h"
#include "kiosk/kioskwebpage.h"
#include "kiosk/websandbox.h"
#include "tests/booth/tonesource.h"
#include "tests/common/loopbackhttpserver.h"
#include "tests/kiosk/webtest.h"
#include "tests/netprobe/shapedhttpserver.h"
#include "ui/booth/boothshell.h"
#include "ui/booth/callsession.h"
#include "ui/booth/checkscreen.h"
#include "ui/common/navigationbar.h"
#include "ui/common/screenstack.h"
#include "ui/web/kioskwebview.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QWebEngineProfile>

using namespace HealthHub;
using HealthHub::Test::LoopbackHttpServer;

namespace {

// Two peer connections in one page: the camera and microphone go out of one and come in at the other.
const QByteArray kCallPage = R"(<!doctype html><html><body><video id="remote" autoplay muted></video><script>
window.callState = 'starting'; window.bytesReceived = 0; window.callError = '';
(async () => {
  try {
    const stream = await navigator.mediaDevices.getUserMedia({video: true, audio: true});
    window.callState = 'media';
    const a = new RTCPeerConnection(), b = new RTCPeerConnection();
    a.onicecandidate = e => { if (e.candidate) b.addIceCandidate(e.candidate); };
    b.onicecandidate = e => { if (e.candidate) a.addIceCandidate(e.candidate); };
    b.ontrack = e => { document.getElementById('remote').srcObject = e.streams[0]; };
    b.onconnectionstatechange = () => { if (b.connectionState === 'connected') window.callState = 'connected'; };
    stream.getTracks().forEach(t => a.addTrack(t, stream));
    const offer = await a.createOffer();
    await a.setLocalDescription(offer);
    await b.setRemoteDescription(offer);
    const answer = await b.createAnswer();
    await b.setLocalDescription(answer);
    await a.setRemoteDescription(answer);
    setInterval(async () => {
      const stats = await b.getStats();
      let bytes = 0;
      stats.forEach(r => { if (r.type === 'inbound-rtp') bytes += r.bytesReceived || 0; });
      window.bytesReceived = bytes;
    }, 100);
  } catch (e) {
    window.callState = 'error';
    window.callError = e.name;
  }
})();
</script></body></html>)";

} // namespace

class BoothTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void links_data();
    void links();
    void countdown();
    void checkScreenRunsTheWholeCheck();
    void callOnAllowedOriginConnects();
    void originNotAllowedGetsNoCamera();
    void screenCaptureIsNeverGranted();
    void joinScreenRefusesWithoutEchoingTheLink();

private:
    Core::TerminalConfig config() const;

    LoopbackHttpServer m_server;
};

void BoothTest::initTestCase()
{
    QVERIFY(m_server.listen());
    m_server.html("/call", kCallPage);
}

Core::TerminalConfig BoothTest::config() const
{
    Core::TerminalConfig config = Core::TerminalConfig::defaults();
    config.role = Core::Role::Booth;
    config.allowLoopback = true;
    config.videoHosts = {QStringLiteral("127.0.0.1"), QStringLiteral("*.attendanywhere.com"),
                         QStringLiteral("accurx.nhs.uk")};
    return config;
}

void BoothTest::links_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("url");     // empty when refused
    QTest::addColumn<QString>("refusal"); // empty when accepted

    const QString whole = QStringLiteral("Please type the whole link from your text message or email.");
    const QString notVideo =
        QStringLiteral("This link is not for a video service this room can use. Please ask a volunteer.");
    QTest::newRow("full link") << "https://england.nhs.attendanywhere.com/join/abc"
                               << "https://england.nhs.attendanywhere.com/join/abc"
                               << "";
    QTest::newRow("pasted with spaces around") << "  https://accurx.nhs.uk/Ab12  "
                                               << "https://accurx.nhs.uk/Ab12"
                                               << "";
    QTest::newRow("typed without https") << "accurx.nhs.uk/Ab12"
                                         << "https://accurx.nhs.uk/Ab12"
                                         << "";
    QTest::newRow("bare code") << "AB12CD"
                               << "" << whole;
    QTest::newRow("code with spaces") << "123 456 789"
                                      << "" << whole;
    QTest::newRow("empty") << ""
                           << ""
                           << "Please type the link from your text message or email.";
    QTest::newRow("another site") << "https://video.example.org/room"
                                  << "" << notVideo;
    QTest::newRow("look-alike host") << "https://accurx.nhs.uk.example.org/x"
                                     << "" << notVideo;
    QTest::newRow("wildcard base is not a subdomain") << "https://attendanywhere.com/x"
                                                      << "" << notVideo;
    QTest::newRow("plain http") << "http://england.nhs.attendanywhere.com/x"
                                << "" << notVideo;
    QTest::newRow("user name in link") << "https://someone@accurx.nhs.uk/x"
                                       << "" << notVideo;
    QTest::newRow("file") << "file:///etc/passwd"
                          << "" << notVideo;
    QTest::newRow("javascript") << "javascript:alert(1)"
                                << "" << whole;
    QTest::newRow("practice scheme") << "practice://gp/"
                                     << "" << notVideo;
    QTest::newRow("localhost is not 127.0.0.1") << "http://localhost:8080/call"
                                                << "" << notVideo;
}

void BoothTest::links()
{
    QFETCH(QString, typed);
    QFETCH(QString, url);
    QFETCH(QString, refusal);
    const Ui::CallSession session(config());
    const Ui::CallSession::LinkCheck check = session.checkLink(typed);
    QCOMPARE(check.refusal, refusal);
    QCOMPARE(check.ok(), refusal.isEmpty());
    if (check.ok()) {
        QCOMPARE(check.url, QUrl(url));
    }
}

void BoothTest::countdown()
{
    const QDateTime now(QDate(2026, 3, 2), QTime(10, 0));
    QCOMPARE(Ui::BoothShell::countdownText(now, now.addSecs(25 * 60)), QStringLiteral("It starts in 25 minutes."));
    QCOMPARE(Ui::BoothShell::countdownText(now, now.addSecs(30)), QStringLiteral("It starts in 1 minute."));
    QCOMPARE(Ui::BoothShell::countdownText(now, now.addSecs(-60)), QStringLiteral("It is time for your appointment."));
    QCOMPARE(Ui::BoothShell::countdownText(now, now.addSecs(3 * 3600)), QStringLiteral("It starts in 3 hours."));
}

void BoothTest::checkScreenRunsTheWholeCheck()
{
    // The check screen on the real virtual devices: a tone as the voice, the chime answered with "Yes".
    Test::ShapedHttpServer fast({});
    QVERIFY(fast.listen());
    Ui::BoothShell shell(config());
    Ui::CheckScreen *screen = shell.checkScreen();
    screen->check()->setNetworkTargets({fast.url()}, fast.url());
    auto *again = screen->findChild<QPushButton *>(QStringLiteral("checkAgainButton"));
    auto *yes = screen->findChild<QPushButton *>(QStringLiteral("heardYesButton"));
    QSignalSpy question(screen->check(), &Core::PreCallCheck::speakerQuestion);
    QSignalSpy finished(screen->check(), &Core::PreCallCheck::finished);
    Test::TonePlayer voice(440.0, 0.25);

    shell.findChild<QPushButton *>(QStringLiteral("checkButton"))->click();
    QCOMPARE(shell.stack()->currentWidget(), screen);
    QVERIFY(screen->check()->isRunning());
    QVERIFY(!again->isEnabled());
    QVERIFY(shell.idleWatch()->isInhibited()); // the camera and microphone are in use
    QVERIFY(question.wait(20000));
    QVERIFY(!yes->isHidden());
    yes->click();
    QVERIFY(finished.count() == 1 || finished.wait(20000));
    QVERIFY(again->isEnabled());
    QVERIFY(!shell.idleWatch()->isInhibited());
    using Part = Core::PreCallCheck::Part;
    QCOMPARE(screen->check()->result(Part::Speaker).status, Core::CheckResult::Status::Pass);
    QCOMPARE(screen->check()->result(Part::Microphone).status, Core::CheckResult::Status::Pass);
    QCOMPARE(screen->check()->result(Part::Network).status, Core::CheckResult::Status::Pass);
    QCOMPARE(shell.findChild<QLabel *>(QStringLiteral("speakerCheckWords"))->text(),
             QStringLiteral("The speaker works."));
}

void BoothTest::callOnAllowedOriginConnects()
{
    Ui::BoothShell shell(config());
    shell.resize(1280, 800);
    shell.show();
    QVERIFY(QTest::qWaitForWindowExposed(&shell));

    QElapsedTimer joinToMedia;
    joinToMedia.start();
    QVERIFY(shell.join(m_server.url(QStringLiteral("/call")).toString()));
    QCOMPARE(shell.stack()->currentWidget()->objectName(), QStringLiteral("boothCall"));
    QVERIFY(shell.call()->isActive());
    QVERIFY(shell.idleWatch()->isInhibited());  // no idle reset during the call
    QVERIFY(shell.navigationBar()->isHidden()); // the call has its own bar
    QVERIFY(shell.findChild<QPushButton *>(QStringLiteral("endCallButton"))->isVisible());

    QPointer<Kiosk::WebSandbox> sandbox = shell.call()->sandbox();
    QPointer<QWebEngineProfile> profile = sandbox->profile();
    QPointer<Kiosk::KioskWebPage> page = shell.callView()->kioskPage();
    QVERIFY(page);
    QSignalSpy granted(sandbox.data(), &Kiosk::WebSandbox::permissionGranted);

    QVERIFY2(
        Test::waitForJs(page, QStringLiteral("window.callState === 'connected' && window.bytesReceived > 0"), 30000),
        qPrintable(Test::runJs(page, QStringLiteral("window.callState + ' ' + window.callError + ' ' + "
                                                    "window.bytesReceived"))
                       .toString()));
    qInfo("join to media flowing: %lld ms", joinToMedia.elapsed());
    QVERIFY(!granted.isEmpty());
    QCOMPARE(granted.first().first().toUrl().host(), QStringLiteral("127.0.0.1"));
    QVERIFY(page->isMediaInUse());

    // "End call and clear": the sandbox, its profile and the page are gone; the booth says it is free.
    QSignalSpy cleared(&shell, &Ui::BoothShell::boothCleared);
    shell.findChild<QPushButton *>(QStringLiteral("endCallButton"))->click();
    QCOMPARE(cleared.count(), 1);
    QVERIFY(!shell.call()->isActive());
    QVERIFY(sandbox.isNull());
    QVERIFY(profile.isNull());
    QVERIFY(page.isNull());
    QVERIFY(!shell.callView()->kioskPage());
    QCOMPARE(shell.stack()->currentWidget()->objectName(), QStringLiteral("boothFree"));
    QVERIFY(!shell.idleWatch()->isInhibited());
    QVERIFY(shell.navigationBar()->isVisible());
}

void BoothTest::originNotAllowedGetsNoCamera()
{
    // The page may load on localhost here (a wider navigation policy than the booth's own, on purpose),
    // but the booth's permission rule grants the camera only to 127.0.0.1: localhost is another origin.
    const Kiosk::UrlPolicy videoPolicy({QStringLiteral("127.0.0.1")}, true);
    Kiosk::WebSandbox sandbox(Kiosk::UrlPolicy({QStringLiteral("127.0.0.1"), QStringLiteral("localhost")}, true));
    sandbox.setPermissionPolicy(
        Ui::CallSession::permissionPolicy(videoPolicy, m_server.url(QStringLiteral("/call")), {}));
    QSignalSpy denied(&sandbox, &Kiosk::WebSandbox::permissionDenied);
    Kiosk::KioskWebPage *page = sandbox.createPage();
    QVERIFY(Test::loadAndWait(page, m_server.localhostUrl(QStringLiteral("/call"))));
    QVERIFY(Test::waitForJs(page, QStringLiteral("window.callState === 'error'"), 15000));
    QCOMPARE(Test::runJs(page, QStringLiteral("window.callError")).toString(), QStringLiteral("NotAllowedError"));
    QVERIFY(!denied.isEmpty());
    QCOMPARE(denied.first().first().toUrl().host(), QStringLiteral("localhost"));
    QVERIFY(!page->isMediaInUse());
}

void BoothTest::screenCaptureIsNeverGranted()
{
    const Kiosk::UrlPolicy videoPolicy({QStringLiteral("127.0.0.1")}, true);
    const QUrl call = m_server.url(QStringLiteral("/call"));
    const auto policy = Ui::CallSession::permissionPolicy(videoPolicy, call, {});
    QVERIFY(policy(call, QWebEnginePage::MediaAudioVideoCapture));
    QVERIFY(policy(call, QWebEnginePage::MediaVideoCapture));
    QVERIFY(policy(call, QWebEnginePage::MediaAudioCapture));
    for (const auto feature : {QWebEnginePage::DesktopVideoCapture, QWebEnginePage::DesktopAudioVideoCapture,
                               QWebEnginePage::Geolocation, QWebEnginePage::Notifications, QWebEnginePage::MouseLock}) {
        QVERIFY2(!policy(call, feature), qPrintable(QString::number(int(feature))));
    }
    // Another port is another origin, even on the same allowed host.
    QUrl otherPort = call;
    otherPort.setPort(call.port() + 1);
    QVERIFY(!policy(otherPort, QWebEnginePage::MediaAudioVideoCapture));
}

void BoothTest::joinScreenRefusesWithoutEchoingTheLink()
{
    Ui::BoothShell shell(config());
    QVERIFY(shell.showScreen(QStringLiteral("boothJoin")));
    auto *field = shell.findChild<QLineEdit *>(QStringLiteral("joinLinkField"));
    field->setText(QStringLiteral("https://video.example.org/room-for-jane"));
    shell.findChild<QPushButton *>(QStringLiteral("joinGoButton"))->click();
    auto *message = shell.findChild<QLabel *>(QStringLiteral("joinMessage"));
    QVERIFY(!message->isHidden());
    QCOMPARE(message->text(),
             QStringLiteral("This link is not for a video service this room can use. Please ask a volunteer."));
    QVERIFY(!message->text().contains(QLatin1String("jane")));
    QVERIFY(!shell.call()->isActive());
    QCOMPARE(shell.stack()->currentWidget()->objectName(), QStringLiteral("boothJoin"));
}

HEALTHHUB_WEB_TEST_MAIN(BoothTest)
#include "booth_test.moc"
