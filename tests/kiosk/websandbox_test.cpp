// SPDX-License-Identifier: GPL-3.0-or-later
// The web sandbox on real QtWebEngine: a fresh off-the-record profile per visitor, the application's own
// schemes (with path traversal refused), the URL policy on navigations and on every request, downloads
// cancelled, and permissions denied unless the policy grants them.

#include "kiosk/internalschemehandler.h"
#include "kiosk/kioskwebpage.h"
#include "kiosk/resourceschemehandler.h"
#include "kiosk/urlschemes.h"
#include "kiosk/websandbox.h"
#include "tests/common/loopbackhttpserver.h"
#include "tests/kiosk/webtest.h"

#include <QWebEngineProfile>
#include <QWebEngineSettings>

using namespace HealthHub;
using namespace HealthHub::Kiosk;
using HealthHub::Test::loadAndWait;
using HealthHub::Test::LoopbackHttpServer;
using HealthHub::Test::runJs;
using HealthHub::Test::waitForJs;

class WebSandboxTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void eachSandboxHasItsOwnOffTheRecordProfile();
    void safeSettings();
    void servesPracticePages();
    void practiceRefusesPathTraversal_data();
    void practiceRefusesPathTraversal();
    void practiceServesOnlyKnownTypes();
    void blockedPageHasBackAndHome();
    void allowedNavigationLoads();
    void disallowedLinkShowsBlockedPage();
    void partsFromOtherHostsAreBlocked();
    void permissionsDeniedByDefault();
    void permissionPolicyCanGrant();
    void deletingSandboxDeletesPagesFirst();

private:
    UrlPolicy policy() const { return UrlPolicy({QStringLiteral("127.0.0.1")}, true); }

    LoopbackHttpServer m_server;
};

void WebSandboxTest::initTestCase()
{
    QVERIFY(m_server.listen());
    m_server.html("/", "<html><head><title>Allowed</title></head><body>"
                       "<a id='away' href='" +
                           m_server.localhostUrl(QStringLiteral("/away")).toEncoded() +
                           "'>away</a>"
                           "</body></html>");
    m_server.html("/away", "<html><head><title>Away</title></head><body>should never show</body></html>");
    m_server.html("/parts", "<html><head><title>Parts</title></head><body>"
                            "<img id='own' src='/own.png'>"
                            "<img id='other' src='" +
                                m_server.localhostUrl(QStringLiteral("/other.png")).toEncoded() + "'></body></html>");
    LoopbackHttpServer::Response png;
    png.contentType = "image/png";
    png.body = QByteArray::fromBase64(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
    m_server.route("/own.png", png);
    m_server.route("/other.png", png);
}

void WebSandboxTest::eachSandboxHasItsOwnOffTheRecordProfile()
{
    WebSandbox first(policy());
    WebSandbox second(policy());
    QVERIFY(first.profile()->isOffTheRecord());
    QVERIFY(second.profile()->isOffTheRecord());
    QVERIFY(first.profile() != second.profile());
    QVERIFY(first.profile() != QWebEngineProfile::defaultProfile());
    QVERIFY(first.profile()->storageName().isEmpty());
    QCOMPARE(first.profile()->httpCacheType(), QWebEngineProfile::MemoryHttpCache);
}

void WebSandboxTest::safeSettings()
{
    WebSandbox sandbox(policy());
    KioskWebPage *page = sandbox.createPage();
    using S = QWebEngineSettings;
    for (QWebEngineSettings *settings : {sandbox.profile()->settings(), page->settings()}) {
        QVERIFY(!settings->testAttribute(S::JavascriptCanOpenWindows));
        QVERIFY(!settings->testAttribute(S::LocalContentCanAccessFileUrls));
        QVERIFY(!settings->testAttribute(S::NavigateOnDropEnabled));
        QVERIFY(!settings->testAttribute(S::PdfViewerEnabled));
        QVERIFY(!settings->testAttribute(S::FullScreenSupportEnabled));
        QVERIFY(!settings->testAttribute(S::ErrorPageEnabled));
        QVERIFY(!settings->testAttribute(S::ScreenCaptureEnabled));
        QVERIFY(!settings->testAttribute(S::JavascriptCanAccessClipboard));
        QCOMPARE(settings->unknownUrlSchemePolicy(), S::AllowUnknownUrlSchemesFromUserInteraction);
    }
}

void WebSandboxTest::servesPracticePages()
{
    WebSandbox sandbox(policy());
    KioskWebPage *page = sandbox.createPage();
    QVERIFY(loadAndWait(page, practiceUrl(QStringLiteral("index.html"))));
    QCOMPARE(page->title(), QStringLiteral("Practice test page"));
    // The style sheet came through the same scheme, with its MIME type, so it applied.
    QCOMPARE(runJs(page, QStringLiteral("getComputedStyle(document.getElementById('heading')).color")).toString(),
             QStringLiteral("rgb(0, 94, 184)"));
    // A folder serves its index.html.
    QVERIFY(loadAndWait(page, practiceUrl()));
    QCOMPARE(page->title(), QStringLiteral("Practice test page"));
}

void WebSandboxTest::practiceRefusesPathTraversal_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("parent") << "/../healthhub/probe.js";
    QTest::newRow("parent deep") << "/a/../../healthhub/blocked.html";
    QTest::newRow("dot") << "/./index.html";
    QTest::newRow("backslash") << "/..\\healthhub\\probe.js";
}

void WebSandboxTest::practiceRefusesPathTraversal()
{
    QFETCH(QString, path);
    const ResourceSchemeHandler handler(QStringLiteral(":/practice"));
    QVERIFY(handler.resolve(path).isEmpty());
    QCOMPARE(handler.resolve(QStringLiteral("/index.html")), QStringLiteral(":/practice/index.html"));

    // Through the engine too: an encoded climb never reaches another resource folder.
    WebSandbox sandbox(policy());
    KioskWebPage *page = sandbox.createPage();
    QUrl url = practiceUrl();
    url.setPath(QStringLiteral("/%2e%2e/healthhub/probe.js"), QUrl::TolerantMode);
    loadAndWait(page, url);
    QVERIFY(!runJs(page, QStringLiteral("document.documentElement.innerText"))
                 .toString()
                 .contains(QStringLiteral("healthhub-probe")));
}

void WebSandboxTest::practiceServesOnlyKnownTypes()
{
    QCOMPARE(ResourceSchemeHandler::mimeTypeFor(QStringLiteral("a.html")), QByteArray("text/html"));
    QCOMPARE(ResourceSchemeHandler::mimeTypeFor(QStringLiteral("a.JS")), QByteArray("text/javascript"));
    QCOMPARE(ResourceSchemeHandler::mimeTypeFor(QStringLiteral("a.svg")), QByteArray("image/svg+xml"));
    QVERIFY(ResourceSchemeHandler::mimeTypeFor(QStringLiteral("secret.bin")).isEmpty());

    WebSandbox sandbox(policy());
    KioskWebPage *page = sandbox.createPage();
    loadAndWait(page, practiceUrl(QStringLiteral("secret.bin")));
    QVERIFY(!runJs(page, QStringLiteral("document.documentElement.innerText"))
                 .toString()
                 .contains(QStringLiteral("servable")));
}

void WebSandboxTest::blockedPageHasBackAndHome()
{
    const QString html = QString::fromUtf8(InternalSchemeHandler::blockedPage());
    QVERIFY(html.contains(QStringLiteral("This page is not available here. Ask a volunteer.")));

    WebSandbox sandbox(policy());
    KioskWebPage *page = sandbox.createPage();
    QVERIFY(loadAndWait(page, internalUrl(QStringLiteral("blocked"))));
    QCOMPARE(runJs(page, QStringLiteral("document.getElementById('sentence').innerText")).toString(),
             QStringLiteral("This page is not available here. Ask a volunteer."));
    QCOMPARE(runJs(page, QStringLiteral("document.getElementById('back').innerText")).toString(),
             QStringLiteral("Back"));
    QCOMPARE(runJs(page, QStringLiteral("document.getElementById('home').innerText")).toString(),
             QStringLiteral("Home"));

    QSignalSpy home(page, &KioskWebPage::homeRequested);
    runJs(page, QStringLiteral("document.getElementById('home').click()"));
    QTRY_COMPARE_WITH_TIMEOUT(home.count(), 1, 5000);
}

void WebSandboxTest::allowedNavigationLoads()
{
    WebSandbox sandbox(policy());
    KioskWebPage *page = sandbox.createPage();
    QSignalSpy blocked(&sandbox, &WebSandbox::blocked);
    QVERIFY(loadAndWait(page, m_server.url()));
    QCOMPARE(page->title(), QStringLiteral("Allowed"));
    QCOMPARE(blocked.count(), 0);
}

void WebSandboxTest::disallowedLinkShowsBlockedPage()
{
    WebSandbox sandbox(policy());
    KioskWebPage *page = sandbox.createPage();
    QSignalSpy blocked(&sandbox, &WebSandbox::blocked);
    QVERIFY(loadAndWait(page, m_server.url()));
    m_server.resetHits();
    runJs(page, QStringLiteral("document.getElementById('away').click()"));
    QTRY_COMPARE_WITH_TIMEOUT(page->url(), internalUrl(QStringLiteral("blocked")), 10000);
    QCOMPARE(m_server.hits("/away"), 0);
    QVERIFY(blocked.count() >= 1);
    // Only scheme and host are ever reported: never a path or query.
    const QUrl reported = blocked.first().at(0).toUrl();
    QCOMPARE(reported.host(), QStringLiteral("localhost"));
    QVERIFY(reported.path().isEmpty());

    // Back on the blocked page returns to where the visitor was.
    QSignalSpy loaded(page, &QWebEnginePage::loadFinished);
    runJs(page, QStringLiteral("document.getElementById('back').click()"));
    QTRY_COMPARE_WITH_TIMEOUT(page->url(), m_server.url(), 10000);
}

void WebSandboxTest::partsFromOtherHostsAreBlocked()
{
    WebSandbox sandbox(policy());
    KioskWebPage *page = sandbox.createPage();
    QSignalSpy blocked(&sandbox, &WebSandbox::blocked);
    m_server.resetHits();
    QVERIFY(loadAndWait(page, m_server.url(QStringLiteral("/parts"))));
    QVERIFY(waitForJs(page, QStringLiteral("document.getElementById('own').complete "
                                           "&& document.getElementById('other').complete")));
    QCOMPARE(m_server.hits("/own.png"), 1);
    QCOMPARE(m_server.hits("/other.png"), 0);
    QVERIFY(blocked.count() >= 1);
}

void WebSandboxTest::permissionsDeniedByDefault()
{
    WebSandbox sandbox(policy());
    KioskWebPage *page = sandbox.createPage();
    QSignalSpy denied(&sandbox, &WebSandbox::permissionDenied);
    QVERIFY(loadAndWait(page, m_server.url()));
    runJs(page, QStringLiteral("window.result = 'pending';"
                               "Notification.requestPermission().then(r => window.result = r);"));
    QVERIFY(waitForJs(page, QStringLiteral("window.result !== 'pending'")));
    QCOMPARE(runJs(page, QStringLiteral("window.result")).toString(), QStringLiteral("denied"));
    QVERIFY(denied.count() >= 1);
}

void WebSandboxTest::permissionPolicyCanGrant()
{
    WebSandbox sandbox(policy());
    sandbox.setPermissionPolicy([this](const QUrl &origin, QWebEnginePage::Feature feature) {
        return origin.host() == QLatin1String("127.0.0.1") && origin.port() == m_server.port() &&
               feature == QWebEnginePage::Notifications;
    });
    KioskWebPage *page = sandbox.createPage();
    QSignalSpy granted(&sandbox, &WebSandbox::permissionGranted);
    QVERIFY(loadAndWait(page, m_server.url()));
    runJs(page, QStringLiteral("window.result = 'pending';"
                               "Notification.requestPermission().then(r => window.result = r);"));
    QVERIFY(waitForJs(page, QStringLiteral("window.result !== 'pending'")));
    QCOMPARE(runJs(page, QStringLiteral("window.result")).toString(), QStringLiteral("granted"));
    QCOMPARE(granted.count(), 1);
}

void WebSandboxTest::deletingSandboxDeletesPagesFirst()
{
    auto *sandbox = new WebSandbox(policy());
    QPointer<KioskWebPage> page = sandbox->createPage();
    QPointer<QWebEngineProfile> profile = sandbox->profile();
    QVERIFY(loadAndWait(page, m_server.url()));
    QCOMPARE(sandbox->pages().size(), 1);
    delete sandbox;
    QVERIFY(page.isNull());
    QVERIFY(profile.isNull());
}

HEALTHHUB_WEB_TEST_MAIN(WebSandboxTest)
#include "websandbox_test.moc"
