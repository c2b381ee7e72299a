// SPDX-License-Identifier: GPL-3.0-or-later
// Regression test for issue 20, item 6: a renderer that stops answering (here stopped with SIGSTOP, as a hung
// script or a stuck process would be) froze the page with no word, and QWebEnginePage::renderProcessTerminated
// does not fire for it. Now the visitor is told "This page has stopped working" within about 10 seconds, with Try
// again (a new renderer, the same page, the same session) and Home. Real QtWebEngine, real processes.
#include "kiosk/kioskwebpage.h"
#include "kiosk/renderwatch.h"
#include "kiosk/websandbox.h"
#include "tests/common/loopbackhttpserver.h"
#include "tests/kiosk/webtest.h"
#include "ui/web/kioskwebview.h"
#include "ui/web/pagestoppednotice.h"

#include <QLabel>
#include <QPushButton>

#include <csignal>

using namespace HealthHub;
using HealthHub::Test::LoopbackHttpServer;
using HealthHub::Test::runJs;

namespace {
/** True while process @p pid exists (a zombie counts as gone: /proc says Z). */
bool processRuns(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!status.open(QIODevice::ReadOnly)) {
        return false;
    }
    const QByteArray line = status.readAll();
    const int close = line.lastIndexOf(')');
    return close > 0 && line.mid(close + 2, 1) != "Z";
}
} // namespace

class HungPageTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void stoppedRendererIsNoticedAndTryAgainRecovers();
    void homeLeavesTheStoppedPage();
    void aSlowButAnsweringPageIsNotCalledStopped();

private:
    /** A view on a fresh sandbox showing @p path, shown on screen. */
    bool show(const QByteArray &path);
    /** Stops the page's renderer and remembers it, so cleanup() can let it go on. */
    qint64 stopRenderer();

    Kiosk::UrlPolicy policy() const { return Kiosk::UrlPolicy({QStringLiteral("127.0.0.1")}, true); }
    LoopbackHttpServer m_server;
    std::unique_ptr<Kiosk::WebSandbox> m_sandbox;
    std::unique_ptr<Ui::KioskWebView> m_view;
    QList<qint64> m_stopped;
};

void HungPageTest::initTestCase()
{
    QVERIFY(m_server.listen());
    m_server.html("/", "<html><head><title>A site</title></head><body><h1 id='h'>A site</h1></body></html>");
    m_server.html("/home", "<html><head><title>Home</title></head><body>home</body></html>");
    // A script that keeps the renderer busy for 3 s at a time, then lets it breathe: slow, not stopped.
    m_server.html("/busy", "<html><body><script>"
                           "function busy() { const end = Date.now() + 3000; while (Date.now() < end) {} }"
                           "setInterval(busy, 3500); busy();</script></body></html>");
}

void HungPageTest::cleanup()
{
    for (qint64 pid : std::as_const(m_stopped)) {
        ::kill(static_cast<pid_t>(pid), SIGCONT);
    }
    m_stopped.clear();
    m_view.reset();
    m_sandbox.reset();
}

bool HungPageTest::show(const QByteArray &path)
{
    m_sandbox = std::make_unique<Kiosk::WebSandbox>(policy());
    m_view = std::make_unique<Ui::KioskWebView>();
    m_view->setSandbox(m_sandbox.get());
    m_view->setHomeUrl(m_server.url(QStringLiteral("/home")));
    m_view->resize(1000, 700);
    m_view->show();
    return QTest::qWaitForWindowExposed(m_view.get()) &&
           Test::loadAndWait(m_view->kioskPage(), m_server.url(QString::fromLatin1(path)));
}

qint64 HungPageTest::stopRenderer()
{
    QElapsedTimer timer;
    timer.start();
    while (m_view->kioskPage()->renderProcessPid() <= 0 && timer.elapsed() < 5000) {
        QTest::qWait(20);
    }
    const qint64 pid = m_view->kioskPage()->renderProcessPid();
    if (pid <= 0) {
        return 0;
    }
    m_stopped.append(pid);
    ::kill(static_cast<pid_t>(pid), SIGSTOP);
    return pid;
}

void HungPageTest::stoppedRendererIsNoticedAndTryAgainRecovers()
{
    QVERIFY(show("/"));
    Kiosk::KioskWebPage *page = m_view->kioskPage();
    QSignalSpy crashed(page, &Kiosk::KioskWebPage::rendererCrashed);
    Ui::PageStoppedNotice *notice = m_view->stoppedNotice();
    QVERIFY(!notice->isVisible());
    const qint64 pid = stopRenderer();
    QVERIFY(pid > 0);

    QElapsedTimer noticed;
    noticed.start();
    QTRY_VERIFY_WITH_TIMEOUT(notice->isVisible(), 12000);
    qInfo("noticed after %lld ms", noticed.elapsed());
    QVERIFY(noticed.elapsed() <= 10500);
    QCOMPARE(notice->findChild<QLabel *>(QStringLiteral("pageStoppedTitle"))->text(),
             QStringLiteral("This page has stopped working"));
    auto *tryAgain = notice->findChild<QPushButton *>(QStringLiteral("pageTryAgainButton"));
    auto *home = notice->findChild<QPushButton *>(QStringLiteral("pageHomeButton"));
    QCOMPARE(tryAgain->text(), QStringLiteral("Try again"));
    QCOMPARE(home->text(), QStringLiteral("Home"));
    QVERIFY(tryAgain->isVisible() && home->isVisible());
    QCOMPARE(notice->geometry(), m_view->rect()); // it covers the stopped page

    // Try again: the stopped renderer ends, the same page loads in a new one, in the same session.
    QSignalSpy loaded(page, &QWebEnginePage::loadFinished);
    QTest::mouseClick(tryAgain, Qt::LeftButton);
    QVERIFY(loaded.wait(15000));
    QVERIFY(loaded.last().at(0).toBool());
    QVERIFY(!notice->isVisible());
    QCOMPARE(runJs(page, QStringLiteral("document.getElementById('h').textContent")).toString(),
             QStringLiteral("A site"));
    QVERIFY(page->renderProcessPid() != pid);
    QTRY_VERIFY_WITH_TIMEOUT(!processRuns(pid), 5000);
    QCOMPARE(crashed.count(), 0); // not a crash: the visitor's session is not reset under them
    QTest::qWait(3 * Kiosk::RenderWatch::kPingMs);
    QVERIFY(!notice->isVisible());
}

void HungPageTest::homeLeavesTheStoppedPage()
{
    QVERIFY(show("/"));
    Kiosk::KioskWebPage *page = m_view->kioskPage();
    QSignalSpy home(m_view.get(), &Ui::KioskWebView::homeRequested);
    const qint64 pid = stopRenderer();
    QTRY_VERIFY_WITH_TIMEOUT(m_view->stoppedNotice()->isVisible(), 12000);
    QSignalSpy loaded(page, &QWebEnginePage::loadFinished);
    QTest::mouseClick(m_view->stoppedNotice()->findChild<QPushButton *>(QStringLiteral("pageHomeButton")),
                      Qt::LeftButton);
    QCOMPARE(home.count(), 1);
    QVERIFY(loaded.wait(15000));
    QCOMPARE(page->url().path(), QStringLiteral("/home"));
    QVERIFY(!m_view->stoppedNotice()->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!processRuns(pid), 5000);
}

void HungPageTest::aSlowButAnsweringPageIsNotCalledStopped()
{
    // The control for the time limit: a page whose script keeps the renderer busy for 3 s at a time still
    // answers in time, and is never called stopped.
    QVERIFY(show("/busy"));
    QTest::qWait(12000);
    QVERIFY(!m_view->stoppedNotice()->isVisible());
}

HEALTHHUB_WEB_TEST_MAIN(HungPageTest)
#include "hungpage_test.moc"
