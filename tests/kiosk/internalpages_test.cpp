// SPDX-License-Identifier: GPL-3.0-or-later
// Regression test for issue 20, item 5: an allowed website could frame, link to and load the application's own
// pages (practice://, healthhub://app/probe), so a practice page showed under "The real NHS website" and a site
// could run the reset probe. Now they load only as the application's own top-level pages, or from each other.
// Real QtWebEngine; the website is a loopback server the policy allows (a stand-in for an allowed https host:
// the rule is about web origins, http and https alike). A new window onto a practice page needs a real click on a
// view: waysout_test targetBlankToAnInternalPageIsRefused.
#include "kiosk/kioskwebpage.h"
#include "kiosk/urlschemes.h"
#include "kiosk/websandbox.h"
#include "tests/common/loopbackhttpserver.h"
#include "tests/kiosk/webtest.h"

#include <QFile>

using namespace HealthHub;
using namespace HealthHub::Kiosk;
using HealthHub::Test::loadAndWait;
using HealthHub::Test::LoopbackHttpServer;
using HealthHub::Test::runJs;
using HealthHub::Test::waitForJs;

class InternalPagesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void practicePageGetsItsOwnParts();
    void websiteGetsNoFramesOrParts();
    void websiteLinksAreRefused_data();
    void websiteLinksAreRefused();
    void websiteRedirectIsRefused();
    void applicationStillOpensItsPagesOverAWebsite();

private:
    UrlPolicy policy() const { return UrlPolicy({QStringLiteral("127.0.0.1")}, true); }
    LoopbackHttpServer m_server;
};

void InternalPagesTest::initTestCase()
{
    QVERIFY(m_server.listen());
    QFile framer(QStringLiteral(":/practice/framer.html"));
    QVERIFY(framer.open(QIODevice::ReadOnly));
    m_server.html("/framer", framer.readAll());
    LoopbackHttpServer::Response redirect;
    redirect.status = 302;
    redirect.headers = {{"Location", "practice://site/index.html"}};
    m_server.route("/to-practice", redirect);
    m_server.html("/redirecting", "<html><body><a id='go' href='/to-practice'>go</a></body></html>");
}

void InternalPagesTest::practicePageGetsItsOwnParts()
{
    // The control: the same page as the application's own practice page frames and loads them all, so the
    // checks below would see a part that loaded.
    WebSandbox sandbox(policy());
    KioskWebPage *page = sandbox.createPage();
    QVERIFY(loadAndWait(page, practiceUrl(QStringLiteral("framer.html"))));
    QVERIFY(waitForJs(page, QStringLiteral("window.messages.includes('practice page loaded')")));
    QVERIFY(waitForJs(page, QStringLiteral("window.parts.practiceImage === true")));
    QVERIFY(waitForJs(page, QStringLiteral("window.parts.probeScript === true")));
}

void InternalPagesTest::websiteGetsNoFramesOrParts()
{
    WebSandbox sandbox(policy());
    QSignalSpy blocked(&sandbox, &WebSandbox::blocked);
    KioskWebPage *page = sandbox.createPage();
    QVERIFY(loadAndWait(page, m_server.url(QStringLiteral("/framer"))));
    QVERIFY(waitForJs(page, QStringLiteral("'practiceImage' in window.parts && 'probeScript' in window.parts")));
    QTest::qWait(1000); // time for a framed page to say it loaded
    QCOMPARE(runJs(page, QStringLiteral("window.parts.practiceImage")).toBool(), false);
    QCOMPARE(runJs(page, QStringLiteral("window.parts.probeScript")).toBool(), false);
    QCOMPARE(runJs(page, QStringLiteral("window.messages.length")).toInt(), 0);
    QCOMPARE(page->url().path(), QStringLiteral("/framer")); // still the website, not the blocked page
    QSet<QString> schemes;
    for (const QList<QVariant> &arguments : std::as_const(blocked)) {
        schemes.insert(arguments.at(0).toUrl().scheme());
    }
    QVERIFY(schemes.contains(QStringLiteral("practice")));
    QVERIFY(schemes.contains(QStringLiteral("healthhub")));
}

void InternalPagesTest::websiteLinksAreRefused_data()
{
    QTest::addColumn<QString>("link");
    QTest::newRow("a link to a practice page") << "practiceLink";
    QTest::newRow("a link to the probe") << "probeLink";
}

void InternalPagesTest::websiteLinksAreRefused()
{
    QFETCH(QString, link);
    WebSandbox sandbox(policy());
    KioskWebPage *page = sandbox.createPage();
    QVERIFY(loadAndWait(page, m_server.url(QStringLiteral("/framer"))));
    QSignalSpy urls(page, &QWebEnginePage::urlChanged);
    runJs(page, QStringLiteral("document.getElementById('%1').click()").arg(link));
    // The visitor gets the friendly "not available" page; never the practice site or the probe.
    QTRY_COMPARE_WITH_TIMEOUT(page->url(), internalUrl(QStringLiteral("blocked")), 10000);
    for (const QList<QVariant> &arguments : std::as_const(urls)) {
        const QUrl shown = arguments.at(0).toUrl();
        QVERIFY2(shown.scheme() != QLatin1String(kPracticeScheme), qPrintable(shown.toString()));
        QVERIFY2(shown.path() != QLatin1String("/probe"), qPrintable(shown.toString()));
    }
}

void InternalPagesTest::websiteRedirectIsRefused()
{
    WebSandbox sandbox(policy());
    KioskWebPage *page = sandbox.createPage();
    QVERIFY(loadAndWait(page, m_server.url(QStringLiteral("/redirecting"))));
    runJs(page, QStringLiteral("document.getElementById('go').click()"));
    QTest::qWait(2000);
    QVERIFY2(page->url().scheme() != QLatin1String(kPracticeScheme), qPrintable(page->url().toString()));
}

void InternalPagesTest::applicationStillOpensItsPagesOverAWebsite()
{
    // "Try it on the practice site" after the real site, and Back to the real site and forward again: the
    // application's own navigations are not a website's.
    WebSandbox sandbox(policy());
    KioskWebPage *page = sandbox.createPage();
    QVERIFY(loadAndWait(page, m_server.url(QStringLiteral("/framer"))));
    QVERIFY(loadAndWait(page, practiceUrl(QStringLiteral("index.html"))));
    QCOMPARE(runJs(page, QStringLiteral("document.getElementById('heading').textContent")).toString(),
             QStringLiteral("Practice — not real"));
    QSignalSpy loaded(page, &QWebEnginePage::loadFinished);
    page->triggerAction(QWebEnginePage::Back);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(page->url().path(), QStringLiteral("/framer"));
    page->triggerAction(QWebEnginePage::Forward);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(page->url(), practiceUrl(QStringLiteral("index.html")));
}

HEALTHHUB_WEB_TEST_MAIN(InternalPagesTest)
#include "internalpages_test.moc"
