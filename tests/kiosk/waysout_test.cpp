// SPDX-License-Identifier: GPL-3.0-or-later
// Every known way out of the visitor's browser, each tried for real in a KioskWebView on QtWebEngine with
// pages served on loopback. Each test function is one row of docs/lockdown.md.

#include "kiosk/kioskwebpage.h"
#include "kiosk/urlschemes.h"
#include "kiosk/websandbox.h"
#include "tests/common/loopbackhttpserver.h"
#include "tests/kiosk/webtest.h"
#include "ui/web/kioskwebview.h"

#include <QDesktopServices>
#include <QMenu>
#include <QMimeData>
#include <QProcess>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QWebEngineProfile>

using namespace HealthHub;
using namespace HealthHub::Kiosk;
using HealthHub::Test::loadAndWait;
using HealthHub::Test::LoopbackHttpServer;
using HealthHub::Test::runJs;
using HealthHub::Test::waitForJs;

/** Records any URL the desktop would have been asked to open (mail, phone, SMS apps…). */
class ExternalOpener final : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public Q_SLOTS:
    void open(const QUrl &url) { opened.append(url); }
};

/**
 * A loopback https server with a certificate made for this run (self-signed, so no browser trusts it). It
 * answers every request with a page holding a secret and counts the requests it served.
 */
class SelfSignedHttpsServer final : public QObject
{
    Q_OBJECT

public:
    bool start(const QString &folder)
    {
        // TEST-ONLY key and certificate, made now and deleted with the folder.
        const QString key = folder + QStringLiteral("/test-only-key.pem");
        const QString cert = folder + QStringLiteral("/test-only-cert.pem");
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), key,
                       QStringLiteral("-out"), cert, QStringLiteral("-days"), QStringLiteral("1"),
                       QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                       QStringLiteral("subjectAltName=IP:127.0.0.1")});
        if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0) {
            return false;
        }
        QFile keyFile(key);
        QFile certFile(cert);
        if (!keyFile.open(QIODevice::ReadOnly) || !certFile.open(QIODevice::ReadOnly)) {
            return false;
        }
        m_certificate = QSslCertificate(certFile.readAll(), QSsl::Pem);
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(m_certificate);
        config.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa, QSsl::Pem));
        m_server.setSslConfiguration(config);
        connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QIODevice::readyRead, socket, [this, socket] {
                    if (!socket->readAll().contains("\r\n\r\n")) {
                        return;
                    }
                    ++m_served;
                    const QByteArray body =
                        "<html><head><title>Secret</title></head><body>secret content</body></html>";
                    socket->write(
                        "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nConnection: close\r\nContent-Length: " +
                        QByteArray::number(body.size()) + "\r\n\r\n" + body);
                    socket->disconnectFromHost();
                });
                connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        return !m_certificate.isNull() && m_server.listen(QHostAddress::LocalHost);
    }
    QUrl url() const { return QUrl(QStringLiteral("https://127.0.0.1:%1/account").arg(m_server.serverPort())); }
    QSslCertificate certificate() const { return m_certificate; }
    int served() const { return m_served; }

private:
    QSslServer m_server;
    QSslCertificate m_certificate;
    int m_served = 0;
};

class WaysOutTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void windowOpenFromScript();
    void targetBlankToAnotherSite();
    void targetBlankToAnAllowedPageStaysInTheView();
    void targetBlankToAnInternalPageIsRefused();
    void externalSchemes_data();
    void externalSchemes();
    void externalSchemeFromAScript();
    void topLevelSchemes_data();
    void topLevelSchemes();
    void blobTopLevel();
    void dataTopLevelFromAPage();
    void redirectToAnotherSite();
    void frameFromAnotherSite();
    void downloads();
    void filePicker();
    void print();
    void contextMenu();
    void dragAndDrop();
    void developerTools();
    void fullScreenApi();
    void permissions_data();
    void permissions();
    void windowCloseFromScript();
    void errorPageHasNoWayOn();
    void certificateErrorIsRefused();

private:
    void clickElement(const QString &id);
    QUrl url(const QString &path) const { return m_server.url(path); }

    LoopbackHttpServer m_server;
    ExternalOpener m_opener;
    std::unique_ptr<WebSandbox> m_sandbox;
    std::unique_ptr<Ui::KioskWebView> m_view;
};

void WaysOutTest::initTestCase()
{
    QVERIFY(m_server.listen());
    const QByteArray other = m_server.localhostUrl(QStringLiteral("/")).toEncoded();
    const auto button = [](const char *id, const QByteArray &onclick) -> QByteArray {
        return "<button id='" + QByteArray(id) + "' style='width:300px;height:80px' onclick=\"" + onclick + "\">" + id +
               "</button><br>";
    };
    m_server.html("/", "<html><head><title>Start</title></head><body>"
                       "<a id='blankOther' target='_blank' href='" +
                           other +
                           "away' style='font-size:40px'>other</a><br>"
                           "<a id='blankOwn' target='_blank' href='/second' style='font-size:40px'>own</a><br>"
                           "<a id='blankPractice' target='_blank' href='practice://site/index.html' "
                           "style='font-size:40px'>practice</a><br>"
                           "<a id='mailto' href='mailto:someone@example.org' style='font-size:40px'>mail</a><br>"
                           "<a id='tel' href='tel:111' style='font-size:40px'>tel</a><br>"
                           "<a id='sms' href='sms:111' style='font-size:40px'>sms</a><br>"
                           "<a id='zoommtg' href='zoommtg://zoom.us/join' style='font-size:40px'>app</a><br>"
                           "<a id='download' href='/letter.pdf' style='font-size:40px'>download</a><br>"
                           "<a id='downloadAttr' href='/notes.txt' download style='font-size:40px'>save</a><br>"
                           "<input id='file' type='file' style='width:300px;height:80px'><br>" +
                           button("fullscreen", "document.documentElement.requestFullscreen().then(() => "
                                                "window.fs = 'yes', () => window.fs = 'refused')") +
                           "</body></html>");
    m_server.html("/second", "<html><head><title>Second</title></head><body>second</body></html>");
    m_server.html("/away", "<html><head><title>Away</title></head><body>never</body></html>");
    LoopbackHttpServer::Response redirect;
    redirect.status = 302;
    redirect.headers = {{"Location", other + "away"}};
    m_server.route("/redirect", redirect);
    m_server.html("/frame", "<html><head><title>Frame</title></head><body><iframe id='f' src='" + other +
                                "away'></iframe></body></html>");
    LoopbackHttpServer::Response pdf;
    pdf.contentType = "application/pdf";
    pdf.body = "%PDF-1.4 made-up";
    pdf.headers = {{"Content-Disposition", "attachment; filename=letter.pdf"}};
    m_server.route("/letter.pdf", pdf);
    LoopbackHttpServer::Response notes;
    notes.contentType = "text/plain";
    notes.body = "made-up notes";
    m_server.route("/notes.txt", notes);

    for (const char *scheme : {"mailto", "tel", "sms", "zoommtg", "file"}) {
        QDesktopServices::setUrlHandler(QLatin1String(scheme), &m_opener, "open");
    }
}

void WaysOutTest::cleanupTestCase()
{
    for (const char *scheme : {"mailto", "tel", "sms", "zoommtg", "file"}) {
        QDesktopServices::unsetUrlHandler(QLatin1String(scheme));
    }
}

void WaysOutTest::init()
{
    m_sandbox = std::make_unique<WebSandbox>(UrlPolicy({QStringLiteral("127.0.0.1")}, true));
    m_view = std::make_unique<Ui::KioskWebView>();
    m_view->resize(1280, 800);
    m_view->setSandbox(m_sandbox.get());
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QVERIFY(loadAndWait(m_view->kioskPage(), url(QStringLiteral("/"))));
    m_opener.opened.clear();
}

void WaysOutTest::cleanup()
{
    QCOMPARE(m_opener.opened.size(), 0); // nothing, ever, is handed to the desktop
    m_view.reset();
    m_sandbox.reset();
}

void WaysOutTest::clickElement(const QString &id)
{
    // Bring the element into the middle of the view first: a click outside the widget is silently lost.
    const QVariantList rect =
        runJs(m_view->kioskPage(), QStringLiteral("(() => { const e = document.getElementById('%1');"
                                                  " e.scrollIntoView({block: 'center'});"
                                                  " const r = e.getBoundingClientRect(); return [r.x + r.width / 2, "
                                                  "r.y + r.height / 2]; })()")
                                       .arg(id))
            .toList();
    QVERIFY(rect.size() == 2);
    // Wait until the page has drawn two frames after scrolling: before its first frame reaches the view, a
    // click there is dropped (seen on a loaded machine as a lost click, never as a policy failure).
    runJs(m_view->kioskPage(), QStringLiteral("window.__drawn = false; requestAnimationFrame(() => "
                                              "requestAnimationFrame(() => { window.__drawn = true; }))"));
    QVERIFY(waitForJs(m_view->kioskPage(), QStringLiteral("window.__drawn === true")));
    QWidget *target = m_view->focusProxy() ? m_view->focusProxy() : m_view.get();
    QTest::mouseClick(target, Qt::LeftButton, Qt::NoModifier, QPoint(rect[0].toInt(), rect[1].toInt()));
}

void WaysOutTest::windowOpenFromScript()
{
    KioskWebPage *page = m_view->kioskPage();
    QCOMPARE(runJs(page, QStringLiteral("window.open('/second') === null")).toBool(), true);
    QTest::qWait(300);
    QCOMPARE(page->url(), url(QStringLiteral("/")));
    QCOMPARE(m_sandbox->pages().size(), 1);
}

void WaysOutTest::targetBlankToAnotherSite()
{
    QSignalSpy blocked(m_sandbox.get(), &WebSandbox::blocked);
    clickElement(QStringLiteral("blankOther"));
    QTRY_COMPARE_WITH_TIMEOUT(m_view->kioskPage()->url(), internalUrl(QStringLiteral("blocked")), 10000);
    QCOMPARE(m_sandbox->pages().size(), 1);
    QCOMPARE(m_server.hits("/away"), 0);
    QVERIFY(!blocked.isEmpty());
}

void WaysOutTest::targetBlankToAnAllowedPageStaysInTheView()
{
    clickElement(QStringLiteral("blankOwn"));
    QTRY_COMPARE_WITH_TIMEOUT(m_view->kioskPage()->url(), url(QStringLiteral("/second")), 10000);
    QCOMPARE(m_sandbox->pages().size(), 1);
}

void WaysOutTest::targetBlankToAnInternalPageIsRefused()
{
    // Issue 20: a website's new window onto the practice site (internalpages_test has its frames and links).
    QSignalSpy urls(m_view->kioskPage(), &QWebEnginePage::urlChanged);
    clickElement(QStringLiteral("blankPractice"));
    QTRY_COMPARE_WITH_TIMEOUT(m_view->kioskPage()->url(), internalUrl(QStringLiteral("blocked")), 10000);
    for (const QList<QVariant> &arguments : std::as_const(urls)) {
        QVERIFY(arguments.at(0).toUrl().scheme() != QLatin1String(kPracticeScheme));
    }
    QCOMPARE(m_sandbox->pages().size(), 1);
}

void WaysOutTest::externalSchemes_data()
{
    QTest::addColumn<QString>("id");
    QTest::newRow("mailto:") << "mailto";
    QTest::newRow("tel:") << "tel";
    QTest::newRow("sms:") << "sms";
    QTest::newRow("app scheme") << "zoommtg";
}

void WaysOutTest::externalSchemes()
{
    QFETCH(QString, id);
    QSignalSpy blocked(m_sandbox.get(), &WebSandbox::blocked);
    clickElement(id);
    // A visitor's click on a mail, phone, SMS or app link reaches the page's policy, which refuses it and
    // shows the friendly page; cleanup() checks that nothing was handed to the desktop's handlers.
    QTRY_COMPARE_WITH_TIMEOUT(m_view->kioskPage()->url(), internalUrl(QStringLiteral("blocked")), 10000);
    QVERIFY(waitForJs(m_view->kioskPage(), QStringLiteral("document.body && document.body.innerText.includes("
                                                          "'This page is not available here. Ask a volunteer.')")));
    QVERIFY(!blocked.isEmpty());
    QCOMPARE(blocked.first().at(0).toUrl().scheme(), id);
}

void WaysOutTest::externalSchemeFromAScript()
{
    // Not a visitor's click: the engine drops it before anyone is asked (nothing opens, the page stays).
    runJs(m_view->kioskPage(), QStringLiteral("location.href = 'mailto:someone@example.org'; 1"));
    QTest::qWait(500);
    const QUrl now = m_view->kioskPage()->url();
    QVERIFY(now == url(QStringLiteral("/")) || now == internalUrl(QStringLiteral("blocked")));
}

void WaysOutTest::topLevelSchemes_data()
{
    QTest::addColumn<QString>("address");
    QTest::newRow("file:") << "file:///etc/hostname";
    QTest::newRow("data:") << "data:text/html,<title>data</title>";
    QTest::newRow("view-source:") << "view-source:" + url(QStringLiteral("/")).toString();
    QTest::newRow("chrome:") << "chrome://gpu";
    QTest::newRow("devtools:") << "devtools://devtools/bundled/inspector.html";
    QTest::newRow("qrc:") << "qrc:/healthhub/probe.html";
    QTest::newRow("javascript:") << "javascript:document.title='ran'";
    QTest::newRow("about:") << "about:blank";
}

void WaysOutTest::topLevelSchemes()
{
    QFETCH(QString, address);
    const QUrl target(address);
    KioskWebPage *page = m_view->kioskPage();
    // Through the view, as the application would; then straight at the engine, as a bug might.
    m_view->open(target);
    QTRY_COMPARE_WITH_TIMEOUT(page->url(), internalUrl(QStringLiteral("blocked")), 10000);
    QVERIFY(loadAndWait(page, url(QStringLiteral("/"))));
    page->load(target);
    QTest::qWait(500);
    QTRY_VERIFY_WITH_TIMEOUT(page->url() != target, 5000);
    QVERIFY(page->title() != QLatin1String("ran") && page->title() != QLatin1String("data"));
}

void WaysOutTest::blobTopLevel()
{
    KioskWebPage *page = m_view->kioskPage();
    runJs(page, QStringLiteral("location.href = URL.createObjectURL(new Blob(['<title>blob</title>'], "
                               "{type: 'text/html'}))"));
    QTRY_COMPARE_WITH_TIMEOUT(page->url(), internalUrl(QStringLiteral("blocked")), 10000);
}

void WaysOutTest::dataTopLevelFromAPage()
{
    KioskWebPage *page = m_view->kioskPage();
    runJs(page, QStringLiteral("location.href = 'data:text/html,<title>data</title>'"));
    QTest::qWait(500);
    QVERIFY(page->title() != QLatin1String("data"));
}

void WaysOutTest::redirectToAnotherSite()
{
    KioskWebPage *page = m_view->kioskPage();
    page->load(url(QStringLiteral("/redirect")));
    QTRY_COMPARE_WITH_TIMEOUT(page->url(), internalUrl(QStringLiteral("blocked")), 10000);
    QCOMPARE(m_server.hits("/away"), 0);
}

void WaysOutTest::frameFromAnotherSite()
{
    m_server.resetHits();
    QVERIFY(loadAndWait(m_view->kioskPage(), url(QStringLiteral("/frame"))));
    QTest::qWait(300);
    QCOMPARE(m_server.hits("/away"), 0);
    QCOMPARE(m_view->kioskPage()->url(), url(QStringLiteral("/frame"))); // the page itself stays
}

void WaysOutTest::downloads()
{
    QSignalSpy cancelled(m_sandbox.get(), &WebSandbox::downloadBlocked);
    clickElement(QStringLiteral("download"));
    QTRY_COMPARE_WITH_TIMEOUT(cancelled.count(), 1, 10000);
    clickElement(QStringLiteral("downloadAttr"));
    QTRY_COMPARE_WITH_TIMEOUT(cancelled.count(), 2, 10000);
    QVERIFY(
        QDir(m_sandbox->profile()->downloadPath()).entryList(QDir::Files).filter(QStringLiteral("letter")).isEmpty());
}

void WaysOutTest::filePicker()
{
    QSignalSpy refused(m_view->kioskPage(), &KioskWebPage::filePickerRefused);
    clickElement(QStringLiteral("file"));
    QTRY_COMPARE_WITH_TIMEOUT(refused.count(), 1, 10000);
    QCOMPARE(runJs(m_view->kioskPage(), QStringLiteral("document.getElementById('file').files.length")).toInt(), 0);
}

void WaysOutTest::print()
{
    QSignalSpy refused(m_view->kioskPage(), &KioskWebPage::printRefused);
    runJs(m_view->kioskPage(), QStringLiteral("window.print()"));
    QTRY_COMPARE_WITH_TIMEOUT(refused.count(), 1, 10000);
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        QVERIFY2(!widget->isVisible() || widget == m_view.get(), widget->metaObject()->className());
    }
}

void WaysOutTest::contextMenu()
{
    QWidget *target = m_view->focusProxy() ? m_view->focusProxy() : m_view.get();
    QTest::mouseClick(target, Qt::RightButton, Qt::NoModifier, QPoint(400, 400));
    QContextMenuEvent menuEvent(QContextMenuEvent::Mouse, QPoint(400, 400), target->mapToGlobal(QPoint(400, 400)));
    QCoreApplication::sendEvent(target, &menuEvent);
    QTest::qWait(300);
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        QVERIFY(!(qobject_cast<QMenu *>(widget) && widget->isVisible()));
    }
}

void WaysOutTest::dragAndDrop()
{
    QWidget *target = m_view->focusProxy() ? m_view->focusProxy() : m_view.get();
    QMimeData data;
    data.setUrls({QUrl(QStringLiteral("file:///etc/hostname"))});
    QDragEnterEvent enter(QPoint(300, 300), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &enter);
    QVERIFY(!enter.isAccepted());
    QDropEvent drop(QPointF(300, 300), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &drop);
    QTest::qWait(300);
    QCOMPARE(m_view->kioskPage()->url(), url(QStringLiteral("/")));
    QVERIFY(!m_view->acceptDrops());
    QVERIFY(!target->acceptDrops());
}

void WaysOutTest::developerTools()
{
    KioskWebPage *page = m_view->kioskPage();
    for (const auto action : {QWebEnginePage::InspectElement, QWebEnginePage::ViewSource, QWebEnginePage::SavePage,
                              QWebEnginePage::OpenLinkInNewWindow, QWebEnginePage::DownloadLinkToDisk}) {
        QVERIFY(!KioskWebPage::isSafeAction(action));
        page->triggerAction(action);
    }
    QTest::qWait(300);
    QVERIFY(!page->devToolsPage());
    QCOMPARE(page->url(), url(QStringLiteral("/")));
    QCOMPARE(m_sandbox->pages().size(), 1);
    QVERIFY(qEnvironmentVariableIsEmpty("QTWEBENGINE_REMOTE_DEBUGGING"));
}

void WaysOutTest::fullScreenApi()
{
    // requestFullscreen() needs a real user gesture; on a loaded machine the first click can reach the view
    // before its first frame is shown, so try the gesture up to three times before judging.
    bool answered = false;
    for (int attempt = 0; attempt < 3 && !answered; ++attempt) {
        clickElement(QStringLiteral("fullscreen"));
        answered = waitForJs(m_view->kioskPage(), QStringLiteral("window.fs !== undefined"), 5000);
    }
    QVERIFY(answered);
    QCOMPARE(runJs(m_view->kioskPage(), QStringLiteral("window.fs")).toString(), QStringLiteral("refused"));
    QVERIFY(!m_view->isFullScreen());
}

void WaysOutTest::permissions_data()
{
    QTest::addColumn<QString>("script");
    QTest::newRow("location") << "navigator.geolocation.getCurrentPosition(() => window.r = 'granted', "
                                 "e => window.r = 'denied')";
    QTest::newRow("notifications") << "Notification.requestPermission().then(p => window.r = p)";
    QTest::newRow("camera") << "navigator.mediaDevices.getUserMedia({video: true}).then(() => window.r = "
                               "'granted', () => window.r = 'denied')";
    QTest::newRow("microphone") << "navigator.mediaDevices.getUserMedia({audio: true}).then(() => window.r = "
                                   "'granted', () => window.r = 'denied')";
    QTest::newRow("screen capture") << "navigator.mediaDevices.getDisplayMedia({video: true}).then(() => "
                                       "window.r = 'granted', () => window.r = 'denied')";
}

void WaysOutTest::permissions()
{
    QFETCH(QString, script);
    KioskWebPage *page = m_view->kioskPage();
    runJs(page, QStringLiteral("window.r = undefined; ") + script);
    QVERIFY(waitForJs(page, QStringLiteral("window.r !== undefined")));
    QCOMPARE(runJs(page, QStringLiteral("window.r")).toString(), QStringLiteral("denied"));
}

void WaysOutTest::windowCloseFromScript()
{
    runJs(m_view->kioskPage(), QStringLiteral("window.close()"));
    QTest::qWait(300);
    QVERIFY(m_view->isVisible());
    QVERIFY(m_view->kioskPage());
    QCOMPARE(m_view->kioskPage()->url(), url(QStringLiteral("/")));
}

void WaysOutTest::errorPageHasNoWayOn()
{
    // An allowed host that does not answer: no engine error page with links, just nothing.
    QUrl dead = url(QStringLiteral("/"));
    dead.setPort(1);
    KioskWebPage *page = m_view->kioskPage();
    QSignalSpy finished(page, &QWebEnginePage::loadFinished);
    page->load(dead);
    QVERIFY(finished.wait(10000));
    QVERIFY(!finished.last().at(0).toBool());
    // No engine error page (ErrorPageEnabled is off): the visitor stays on the page they were on.
    const QString text = runJs(page, QStringLiteral("document.body ? document.body.innerText : ''")).toString();
    QVERIFY(!text.contains(QLatin1String("ERR_")));
    QVERIFY(!text.contains(QLatin1String("Proceed"), Qt::CaseInsensitive));
}

void WaysOutTest::certificateErrorIsRefused()
{
    QTemporaryDir folder;
    SelfSignedHttpsServer server;
    QVERIFY2(server.start(folder.path()), "the openssl command could not make a test certificate");

    // Control: a client that trusts this certificate gets the secret page, so the server really serves it.
    {
        QSslSocket client;
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setCaCertificates({server.certificate()});
        client.setSslConfiguration(config);
        QSignalSpy encrypted(&client, &QSslSocket::encrypted);
        client.connectToHostEncrypted(QStringLiteral("127.0.0.1"), quint16(server.url().port()));
        QVERIFY2(encrypted.wait(10000), qPrintable(client.errorString())); // the server runs on this thread
        client.write("GET /account HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QByteArray reply;
        QTRY_VERIFY_WITH_TIMEOUT((reply += client.readAll()).contains("secret content"), 10000);
    }
    QCOMPARE(server.served(), 1);

    // The kiosk: the certificate error is refused, nothing is asked of the server, the friendly page shows.
    QSignalSpy blocked(m_sandbox.get(), &WebSandbox::blocked);
    KioskWebPage *page = m_view->kioskPage();
    page->load(server.url());
    QTRY_COMPARE_WITH_TIMEOUT(page->url(), internalUrl(QStringLiteral("blocked")), 15000);
    QVERIFY(waitForJs(page, QStringLiteral("document.body && document.body.innerText.includes("
                                           "'This page is not available here. Ask a volunteer.')")));
    const QString text = runJs(page, QStringLiteral("document.body.innerText")).toString();
    QVERIFY(!text.contains(QLatin1String("secret"), Qt::CaseInsensitive));
    QVERIFY(!text.contains(QLatin1String("Proceed"), Qt::CaseInsensitive));
    QVERIFY(!text.contains(QLatin1String("ERR_")));
    QCOMPARE(server.served(), 1); // the page never got the secret: no request after the handshake failed
    QVERIFY(!blocked.isEmpty());
    QCOMPARE(blocked.first().at(0).toUrl().scheme(), QStringLiteral("https"));
}

HEALTHHUB_WEB_TEST_MAIN(WaysOutTest)
#include "waysout_test.moc"
