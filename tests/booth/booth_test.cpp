// SPDX-License-Identifier: GPL-3.0-or-later
// The booth end to end, with real QtWebEngine and Chromium's fake camera and microphone: joining checks the
// link; a WebRTC call (two peer connections in one page) on an allowed loopback origin connects and media
// flows; the same page on an origin that is not allowed gets no camera; "End call and clear" is the kiosk
// session's reset, verified by its ResetVerifier before "This room is free", and the next call's page finds
// nothing of the last one (the remanence check, booth version).

#include "core/bookings/boothbookings.h"
#include "core/store/store.h"
#include "kiosk/idlewatch.h"
#include "kiosk/kioskwebpage.h"
#include "kiosk/resetverifier.h"
#include "kiosk/terminalsessions.h"
#include "kiosk/visitorsession.h"
#include "kiosk/websandbox.h"
#include "tests/booth/callpage.h"
#include "tests/booth/tonesource.h"
#include "tests/common/loopbackhttpserver.h"
#include "tests/kiosk/webtest.h"
#include "tests/netprobe/shapedhttpserver.h"
#include "ui/booth/boothshell.h"
#include "ui/booth/callsession.h"
#include "ui/booth/checkscreen.h"
#include "ui/common/navigationbar.h"
#include "ui/common/screenstack.h"
#include "ui/common/theme.h"
#include "ui/web/kioskwebview.h"

#include <QClipboard>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QWebEngineProfile>

using namespace HealthHub;
using HealthHub::Test::LoopbackHttpServer;

Q_DECLARE_METATYPE(HealthHub::Kiosk::ResetVerifier::Result)

namespace {

QByteArray resource(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/**
 * Applications' recording streams in PulseAudio now (one line each), or a null array when pactl cannot say.
 * The virtual microphone's own stream (module-virtual-source, no client) is not an application's.
 */
QByteArray recordingStreams()
{
    QProcess pactl;
    pactl.start(QStringLiteral("pactl"),
                {QStringLiteral("list"), QStringLiteral("short"), QStringLiteral("source-outputs")});
    if (!pactl.waitForFinished(5000) || pactl.exitStatus() != QProcess::NormalExit || pactl.exitCode() != 0) {
        return {};
    }
    QByteArray streams("");
    const QList<QByteArray> lines = pactl.readAllStandardOutput().split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> columns = line.split('\t'); // index, source, client, driver, format
        if (columns.size() > 2 && columns.at(2) != "-") {
            streams += line + '\n';
        }
    }
    return streams;
}

} // namespace

class BoothTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void links_data();
    void links();
    void countdown();
    void welcomeShowsTheNextBookingFromTheStore();
    void checkScreenRunsTheWholeCheck();
    void callOnAllowedOriginConnects();
    void nothingOfACallReachesTheNextCall();
    void uncleanWipeAsksForAHardReset();
    void clearingDuringTheCheckReleasesEveryDevice();
    void originNotAllowedGetsNoCamera();
    void screenCaptureIsNeverGranted();
    void joinScreenRefusesWithoutEchoingTheLink();

private:
    Config::TerminalConfig config() const;
    /** A booth whose session's verifier probes the call's own loopback origin (the product probes healthhub://). */
    std::unique_ptr<Ui::BoothShell> makeBooth();
    /** Joins the loopback call and waits for media to flow; returns the call's page. */
    QPointer<Kiosk::KioskWebPage> joinCall(Ui::BoothShell *shell);

    LoopbackHttpServer m_server;
    std::unique_ptr<Kiosk::VisitorSession> m_session; // the booth made by makeBooth(), which must outlive it
};

void BoothTest::initTestCase()
{
    qRegisterMetaType<Kiosk::ResetVerifier::Result>();
    QVERIFY(m_server.listen());
    m_server.html("/call", Test::kCallPage);
    // The kiosk's reset probe, served on the call's own origin so the verifier looks where the call stored.
    m_server.html("/probe", resource(QStringLiteral(":/healthhub/probe.html")));
    LoopbackHttpServer::Response script;
    script.contentType = "text/javascript";
    script.body = resource(QStringLiteral(":/healthhub/probe.js"));
    QVERIFY(!script.body.isEmpty());
    m_server.route("/probe.js", script);
    script.body = resource(QStringLiteral(":/healthhub/probe-sw.js"));
    m_server.route("/probe-sw.js", script);
    LoopbackHttpServer::Response canary;
    canary.contentType = "text/plain";
    canary.body = "canary";
    canary.headers = {{"Cache-Control", "max-age=3600"}};
    m_server.route("/canary", canary);
}

std::unique_ptr<Ui::BoothShell> BoothTest::makeBooth()
{
    m_session = Kiosk::makeBoothSession(config());
    auto shell = std::make_unique<Ui::BoothShell>(config(), m_session.get());
    Kiosk::VisitorSession *session = shell->visitorSession();
    session->verifier()->setProbeUrl(m_server.url(QStringLiteral("/probe")));
    QSignalSpy started(session, &Kiosk::VisitorSession::started);
    if (!started.wait(15000)) {
        qWarning("the booth's first sandbox was not verified");
    }
    shell->resize(1280, 800);
    shell->show();
    if (!QTest::qWaitForWindowExposed(shell.get())) {
        qWarning("the booth's window was not shown");
    }
    return shell;
}

QPointer<Kiosk::KioskWebPage> BoothTest::joinCall(Ui::BoothShell *shell)
{
    if (!shell->join(m_server.url(QStringLiteral("/call")).toString())) {
        return nullptr;
    }
    QPointer<Kiosk::KioskWebPage> page = shell->callView()->kioskPage();
    if (!page ||
        !Test::waitForJs(page, QStringLiteral("window.callState === 'connected' && window.bytesReceived > 0"), 30000)) {
        qWarning(
            "the call did not connect: %s",
            page ? qPrintable(Test::runJs(page, QStringLiteral("window.callState + ' ' + window.callError")).toString())
                 : "no page");
        return nullptr;
    }
    return page;
}

Config::TerminalConfig BoothTest::config() const
{
    Config::TerminalConfig config = Config::TerminalConfig::defaults();
    config.role = Config::Role::Booth;
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

void BoothTest::welcomeShowsTheNextBookingFromTheStore()
{
    // A real encrypted store in a temporary folder, with the booth booked 20 minutes from now.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray secret = "made-up booth test passphrase";
    Store::StoreOptions options;
    options.dataDir = dir.filePath(QStringLiteral("records"));
    options.kdfCost = Store::KdfCost::cheapest();
    const QDateTime start = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch() + 20 * 60, Qt::UTC);
    {
        Store::Store store(options);
        QVERIFY(store.create(Store::SecureBytes(secret.constData(), std::size_t(secret.size()))).ok());
        Records::Booking booking;
        booking.startsAt = start;
        booking.endsAt = start.addSecs(30 * 60);
        QVERIFY(store.addBooking(Records::Actor{}, booking).ok());
    }
    QFile passphrase(dir.filePath(QStringLiteral("hub-passphrase")));
    QVERIFY(passphrase.open(QIODevice::WriteOnly));
    passphrase.write(secret);
    passphrase.close();
    QVERIFY(passphrase.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));

    Config::TerminalConfig booth = config();
    booth.boothRecordsDir = options.dataDir;
    booth.boothPassphraseFile = passphrase.fileName();
    const auto session = Kiosk::makeBoothSession(booth);
    Ui::BoothShell shell(booth, session.get());
    auto *countdown = shell.findChild<QLabel *>(QStringLiteral("countdownLabel"));
    auto *when = shell.findChild<QLabel *>(QStringLiteral("nextBookingLabel"));
    QVERIFY(countdown->isHidden()); // nothing about bookings until the records say so
    Bookings::BoothBookings bookings(booth);
    shell.showBookingsFrom(&bookings);
    QSignalSpy refreshed(&bookings, &Bookings::BoothBookings::refreshed);
    bookings.start();
    QVERIFY(refreshed.wait(20000));
    QVERIFY2(bookings.lastProblem().isEmpty(), qPrintable(bookings.lastProblem()));
    QCOMPARE(shell.nextBooking(), start);
    QVERIFY(!countdown->isHidden());
    QCOMPARE(countdown->text(), QStringLiteral("It starts in 20 minutes."));
    QCOMPARE(when->text(), QStringLiteral("The next appointment in this room is at %1.")
                               .arg(start.toLocalTime().time().toString(QStringLiteral("HH:mm"))));
    // Time only: the booking's purpose and visitor never reach the screen.
    QVERIFY(!when->text().contains(QLatin1String("video")));
    const QString screenshots = qEnvironmentVariable("HEALTHHUB_SCREENSHOT_DIR");
    if (!screenshots.isEmpty()) {
        // For docs/screenshots: the welcome as a real store makes it (the demo's booking is made up).
        Ui::Theme::apply(*qApp, {});
        shell.resize(1280, 800);
        shell.show();
        QVERIFY(QTest::qWaitForWindowExposed(&shell));
        QVERIFY(shell.grab().save(QDir(screenshots).filePath(QStringLiteral("booth-home-booking.png"))));
    }
}

void BoothTest::checkScreenRunsTheWholeCheck()
{
    // The check screen on the real virtual devices: a tone as the voice, the chime answered with "Yes".
    Test::ShapedHttpServer fast({});
    QVERIFY(fast.listen());
    const auto session = Kiosk::makeBoothSession(config());
    Ui::BoothShell shell(config(), session.get());
    Ui::CheckScreen *screen = shell.checkScreen();
    screen->check()->setNetworkTargets({fast.url()}, fast.url());
    auto *again = screen->findChild<QPushButton *>(QStringLiteral("checkAgainButton"));
    auto *yes = screen->findChild<QPushButton *>(QStringLiteral("heardYesButton"));
    QSignalSpy question(screen->check(), &MediaCheck::PreCallCheck::speakerQuestion);
    QSignalSpy finished(screen->check(), &MediaCheck::PreCallCheck::finished);
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
    using Part = MediaCheck::PreCallCheck::Part;
    QCOMPARE(screen->check()->result(Part::Speaker).status, MediaCheck::CheckResult::Status::Pass);
    QCOMPARE(screen->check()->result(Part::Microphone).status, MediaCheck::CheckResult::Status::Pass);
    QCOMPARE(screen->check()->result(Part::Network).status, MediaCheck::CheckResult::Status::Pass);
    QCOMPARE(shell.findChild<QLabel *>(QStringLiteral("speakerCheckWords"))->text(),
             QStringLiteral("The speaker works."));
}

void BoothTest::callOnAllowedOriginConnects()
{
    const auto session = Kiosk::makeBoothSession(config());
    Ui::BoothShell shell(config(), session.get());
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

    // "End call and clear" is the kiosk session's reset: the sandbox, its profile and the page go at once;
    // "This room is free" waits for the verifier to say the next sandbox is clean.
    QSignalSpy cleared(&shell, &Ui::BoothShell::boothCleared);
    QSignalSpy verified(shell.visitorSession()->verifier(), &Kiosk::ResetVerifier::finished);
    QSignalSpy hard(&shell, &Ui::BoothShell::hardResetRequired);
    QGuiApplication::clipboard()->setText(QStringLiteral("made-up appointment code 123 456"));
    shell.findChild<QPushButton *>(QStringLiteral("endCallButton"))->click();
    QVERIFY(!shell.call()->isActive());
    QVERIFY(sandbox.isNull());
    QVERIFY(profile.isNull());
    QVERIFY(page.isNull());
    QVERIFY(!shell.callView()->kioskPage());
    QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
    QCOMPARE(cleared.count(), 0); // not before the verifier has answered
    QVERIFY(shell.stack()->currentWidget()->objectName() != QLatin1String("boothFree"));
    QVERIFY(cleared.wait(15000));
    QCOMPARE(hard.count(), 0);
    QVERIFY(!verified.isEmpty());
    const auto result = verified.last().first().value<Kiosk::ResetVerifier::Result>();
    QVERIFY2(result.clean, qPrintable(result.leftovers.join(QLatin1Char(' '))));
    QCOMPARE(shell.visitorSession()->resetCount(), 1);
    QCOMPARE(shell.stack()->currentWidget()->objectName(), QStringLiteral("boothFree"));
    QVERIFY(!shell.idleWatch()->isInhibited());
    QVERIFY(shell.navigationBar()->isVisible());
    QVERIFY(!shell.checkScreen()->check()->holdsDevices());
}

void BoothTest::nothingOfACallReachesTheNextCall()
{
    auto shell = makeBooth();
    QPointer<Kiosk::KioskWebPage> first = joinCall(shell.get());
    QVERIFY(first);
    // The first patient's call stores a cookie and localStorage on the allowed call origin.
    Test::runJs(first, QStringLiteral("document.cookie = 'booth-patient=made-up-1; max-age=3600; path=/'; "
                                      "localStorage.setItem('booth-patient', 'made-up-1'); true"));
    QCOMPARE(Test::runJs(first, QStringLiteral("document.cookie.includes('booth-patient=made-up-1') && "
                                               "localStorage.getItem('booth-patient') === 'made-up-1'"))
                 .toBool(),
             true);

    QSignalSpy verified(shell->visitorSession()->verifier(), &Kiosk::ResetVerifier::finished);
    QSignalSpy cleared(shell.get(), &Ui::BoothShell::boothCleared);
    shell->findChild<QPushButton *>(QStringLiteral("endCallButton"))->click();
    QVERIFY(cleared.wait(15000));
    const auto result = verified.last().first().value<Kiosk::ResetVerifier::Result>();
    QVERIFY2(result.clean, qPrintable(result.leftovers.join(QLatin1Char(' '))));
    // The verifier looked at the call's own origin: cookies (the whole jar) and localStorage were checked.
    QVERIFY(result.checked.contains(QStringLiteral("cookies")));
    QVERIFY(result.checked.contains(QStringLiteral("localStorage")));
    QCOMPARE(shell->stack()->currentWidget()->objectName(), QStringLiteral("boothFree"));

    // The next patient's call, on the same origin, finds nothing of the first. (The verifier's own
    // canary may be there: that is what the next wipe's check looks for.)
    shell->findChild<QPushButton *>(QStringLiteral("boothStartButton"))->click();
    QPointer<Kiosk::KioskWebPage> next = joinCall(shell.get());
    QVERIFY(next);
    QCOMPARE(Test::runJs(next, QStringLiteral("document.cookie")).toString(), QString());
    QCOMPARE(Test::runJs(next, QStringLiteral("localStorage.getItem('booth-patient') === null && "
                                              "Object.keys(localStorage).every(k => k === 'healthhub-canary')"))
                 .toBool(),
             true);
    shell->clearBooth();
    QVERIFY(cleared.wait(15000));
}

void BoothTest::uncleanWipeAsksForAHardReset()
{
    // Failure injection: the call's sandbox survives the reset. The verifier must catch the call's cookie and
    // localStorage, and the booth must ask for a restart instead of saying the room is free.
    auto shell = makeBooth();
    QPointer<Kiosk::KioskWebPage> page = joinCall(shell.get());
    QVERIFY(page);
    Test::runJs(page, QStringLiteral("document.cookie = 'booth-patient=made-up-2; max-age=3600; path=/'; "
                                     "localStorage.setItem('booth-patient', 'made-up-2'); true"));
    shell->visitorSession()->injectSurvivingSandbox(true);
    QSignalSpy hard(shell.get(), &Ui::BoothShell::hardResetRequired);
    QSignalSpy cleared(shell.get(), &Ui::BoothShell::boothCleared);
    shell->findChild<QPushButton *>(QStringLiteral("endCallButton"))->click();
    QVERIFY(hard.wait(15000));
    QCOMPARE(cleared.count(), 0);
    QVERIFY(shell->stack()->currentWidget()->objectName() != QLatin1String("boothFree"));
    const QStringList leftovers = hard.first().first().toStringList();
    QVERIFY2(leftovers.contains(QStringLiteral("cookies")), qPrintable(leftovers.join(QLatin1Char(' '))));
    QVERIFY2(leftovers.contains(QStringLiteral("localStorage")), qPrintable(leftovers.join(QLatin1Char(' '))));
}

void BoothTest::clearingDuringTheCheckReleasesEveryDevice()
{
    // Finish while the check is listening: its microphone stream must be gone from PulseAudio itself.
    if (recordingStreams().isNull()) {
        QSKIP("pactl or PulseAudio not available to ask for recording streams");
    }
    Test::ShapedHttpServer fast({});
    QVERIFY(fast.listen());
    auto shell = makeBooth();
    MediaCheck::PreCallCheck *check = shell->checkScreen()->check();
    check->setNetworkTargets({fast.url()}, fast.url());
    shell->findChild<QPushButton *>(QStringLiteral("checkButton"))->click();
    QVERIFY(check->isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(check->microphone()->holdsDevice(), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!recordingStreams().isEmpty(), 5000); // the check is recording now
    QVERIFY(shell->idleWatch()->isInhibited());

    QSignalSpy cleared(shell.get(), &Ui::BoothShell::boothCleared);
    shell->navigationBar()->findChild<QPushButton *>(QStringLiteral("finishButton"))->click();
    QVERIFY(!check->isRunning());
    QVERIFY(!check->holdsDevices());
    QVERIFY(!check->camera()->isActive());
    QVERIFY(!check->microphone()->holdsDevice());
    QVERIFY(!check->speaker()->holdsDevice());
    QVERIFY(cleared.wait(15000));
    QTRY_VERIFY_WITH_TIMEOUT(recordingStreams().isEmpty(), 5000);
    QVERIFY(!shell->idleWatch()->isInhibited());
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
    const auto session = Kiosk::makeBoothSession(config());
    Ui::BoothShell shell(config(), session.get());
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
