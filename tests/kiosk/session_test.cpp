// SPDX-License-Identifier: GPL-3.0-or-later
// The visitor session on real QtWebEngine: a reset destroys the visitor's web world and everything else
// they left (clipboard, selection, temporary files, display choices), and the verifier proves it in the
// next visitor's profile. The remanence test fills every storage kind on an allowed loopback origin,
// resets, and checks each kind is empty in the next session; failure injection shows the check can fail.

#include "core/config/visitorpreferences.h"
#include "kiosk/kioskwebpage.h"
#include "kiosk/resetverifier.h"
#include "kiosk/visitorsession.h"
#include "tests/common/loopbackhttpserver.h"
#include "tests/kiosk/webtest.h"

#include <QClipboard>
#include <QFile>
#include <QWebEngineProfile>

#include <sys/types.h>

#include <csignal>

using namespace HealthHub;
using namespace HealthHub::Kiosk;
using HealthHub::Test::loadAndWait;
using HealthHub::Test::LoopbackHttpServer;
using HealthHub::Test::runJs;
using HealthHub::Test::waitForJs;

Q_DECLARE_METATYPE(HealthHub::Kiosk::ResetVerifier::Result)

class SessionTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void resetMakesAFreshSandbox();
    void resetClearsClipboardTempFilesAndPreferences();
    void nothingRemainsForTheNextVisitor();
    void survivingProfileIsCaughtByCanaries();
    void survivingProfileForcesHardReset();
    void rendererCrashGivesACleanStart();
    void touchInAWebPageCountsAsActivity();
    void restartIsDueAfterNSessionsOnlyWhenIdle();
    void onDemandMakesNoSandboxUntilAPageIsNeeded();
    void onDemandResetVerifiesTheWipeAndKeepsNoSandbox();
    void onDemandResetWithoutAPageChecksNothing();
    void onDemandSurvivingProfileForcesHardReset();
    void restartIsDueWhenIdleAfterWebUse();

private:
    UrlPolicy policy() const { return UrlPolicy({QStringLiteral("127.0.0.1")}, true); }
    std::unique_ptr<VisitorSession> makeSession();
    /** A session that makes sandboxes on demand (the visitor kiosk's), started, with none made yet. */
    std::unique_ptr<VisitorSession> makeOnDemandSession();
    /** Asks @p session for this visitor's sandbox and waits until it is made and verified. */
    WebSandbox *sandboxWhenReady(VisitorSession *session);
    ResetVerifier::Result waitForVerifier(ResetVerifier *verifier);

    LoopbackHttpServer m_server;
    Config::VisitorPreferences m_preferences{QStringLiteral("en")};
};

void SessionTest::initTestCase()
{
    qRegisterMetaType<ResetVerifier::Result>();
    QVERIFY(m_server.listen());
    const auto resource = [](const QString &path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    // The same probe the application serves at healthhub://app/probe, on an allowed http origin, so the
    // HTTP cache, cookies and service workers are real.
    m_server.html("/probe", resource(QStringLiteral(":/healthhub/probe.html")));
    LoopbackHttpServer::Response script;
    script.contentType = "text/javascript";
    script.body = resource(QStringLiteral(":/healthhub/probe.js"));
    m_server.route("/probe.js", script);
    script.body = resource(QStringLiteral(":/healthhub/probe-sw.js"));
    m_server.route("/probe-sw.js", script);
    LoopbackHttpServer::Response canary;
    canary.contentType = "text/plain";
    canary.body = "canary";
    canary.headers = {{"Cache-Control", "max-age=3600"}};
    m_server.route("/canary", canary);
    m_server.html("/fill", resource(QFINDTESTDATA("fill.html")));
    m_server.html("/", "<html><head><title>Home</title></head><body style='height:2000px'>home</body></html>");
    QVERIFY(!m_server.hits("/probe.js"));
}

std::unique_ptr<VisitorSession> SessionTest::makeSession()
{
    auto session = std::make_unique<VisitorSession>(policy(), &m_preferences, 120000, 30000);
    session->verifier()->setProbeUrl(m_server.url(QStringLiteral("/probe")));
    QSignalSpy started(session.get(), &VisitorSession::started);
    session->start();
    // The first visitor's sandbox is verified (and its canaries planted) before anyone uses it.
    if (!started.wait(10000)) {
        qWarning("the first sandbox was not verified");
    }
    m_server.resetHits();
    return session;
}

std::unique_ptr<VisitorSession> SessionTest::makeOnDemandSession()
{
    auto session = std::make_unique<VisitorSession>(policy(), &m_preferences, 120000, 30000);
    session->verifier()->setProbeUrl(m_server.url(QStringLiteral("/probe")));
    session->setSandboxOnDemand(true);
    QSignalSpy started(session.get(), &VisitorSession::started);
    session->start();
    if (!started.wait(10000)) {
        qWarning("the on-demand session did not start");
    }
    m_server.resetHits();
    return session;
}

WebSandbox *SessionTest::sandboxWhenReady(VisitorSession *session)
{
    QSignalSpy changed(session, &VisitorSession::sandboxChanged);
    if (WebSandbox *ready = session->sandboxForVisitor()) {
        return ready;
    }
    return changed.wait(10000) ? session->sandboxForVisitor() : nullptr;
}

ResetVerifier::Result SessionTest::waitForVerifier(ResetVerifier *verifier)
{
    QSignalSpy finished(verifier, &ResetVerifier::finished);
    finished.wait(10000);
    return finished.isEmpty() ? ResetVerifier::Result() : finished.first().at(0).value<ResetVerifier::Result>();
}

void SessionTest::resetMakesAFreshSandbox()
{
    auto session = makeSession();
    QPointer<WebSandbox> first = session->sandbox();
    QPointer<QWebEngineProfile> firstProfile = first->profile();
    QPointer<KioskWebPage> page = first->createPage();
    QVERIFY(loadAndWait(page, m_server.url()));

    QSignalSpy about(session.get(), &VisitorSession::aboutToReset);
    QSignalSpy changed(session.get(), &VisitorSession::sandboxChanged);
    QSignalSpy finished(session.get(), &VisitorSession::resetFinished);
    session->reset();
    // Everything of the visitor's web world is gone at once, pages and profile.
    QVERIFY(page.isNull());
    QVERIFY(first.isNull());
    QVERIFY(firstProfile.isNull());
    QCOMPARE(about.count(), 1);
    QCOMPARE(changed.count(), 1);
    QVERIFY(session->sandbox());
    QVERIFY(session->sandbox()->profile()->isOffTheRecord());
    QVERIFY(finished.wait(10000));
    QCOMPARE(session->resetCount(), 1);
}

void SessionTest::resetClearsClipboardTempFilesAndPreferences()
{
    auto session = makeSession();
    QClipboard *clipboard = QGuiApplication::clipboard();
    clipboard->setText(QStringLiteral("made-up NHS number 999 999 9999"));
    if (clipboard->supportsSelection()) {
        clipboard->setText(QStringLiteral("selected words"), QClipboard::Selection);
    }
    const QString temp = session->tempPath();
    QVERIFY(!temp.isEmpty());
    QFile leftover(temp + QStringLiteral("/letter.pdf"));
    QVERIFY(leftover.open(QIODevice::WriteOnly));
    leftover.write("made-up letter");
    leftover.close();
    m_preferences.setTextScale(2.0);
    m_preferences.setHighContrast(true);
    m_preferences.setLanguage(QStringLiteral("pl"));

    QSignalSpy finished(session.get(), &VisitorSession::resetFinished);
    session->reset();
    QVERIFY(finished.wait(10000));
    QVERIFY(clipboard->text().isEmpty());
    if (clipboard->supportsSelection()) {
        QVERIFY(clipboard->text(QClipboard::Selection).isEmpty());
    }
    QVERIFY(!QFile::exists(temp + QStringLiteral("/letter.pdf")));
    QVERIFY(!QFile::exists(temp));
    QVERIFY(session->tempPath() != temp);
    QVERIFY(m_preferences.isDefault());
}

void SessionTest::nothingRemainsForTheNextVisitor()
{
    auto session = makeSession();
    // The first visitor: a page that fills every storage kind on an allowed origin.
    KioskWebPage *page = session->sandbox()->createPage();
    QVERIFY(loadAndWait(page, m_server.url(QStringLiteral("/fill"))));
    QVERIFY(waitForJs(page, QStringLiteral("window.filled === true")));
    runJs(page, QStringLiteral("window.cached = 'pending'; fetch('canary', {cache: 'only-if-cached', mode: "
                               "'same-origin'}).then(() => window.cached = 'yes', () => window.cached = 'no')"));
    QVERIFY(waitForJs(page, QStringLiteral("window.cached !== 'pending'")));
    QCOMPARE(runJs(page, QStringLiteral("window.cached")).toString(), QStringLiteral("yes"));
    QCOMPARE(runJs(page, QStringLiteral("localStorage.length > 0 && document.cookie.length > 0")).toBool(), true);
    // Qt 6.4's off-the-record profile keeps no visited links at all; the verifier still checks for them.
    QVERIFY(!session->sandbox()->profile()->visitedLinksContainsUrl(m_server.url(QStringLiteral("/fill"))));

    QSignalSpy verified(session->verifier(), &ResetVerifier::finished);
    QSignalSpy hard(session.get(), &VisitorSession::hardResetRequired);
    QSignalSpy finished(session.get(), &VisitorSession::resetFinished);
    session->reset();
    QVERIFY(finished.wait(10000));
    QCOMPARE(hard.count(), 0);
    const auto result = verified.first().at(0).value<ResetVerifier::Result>();
    QVERIFY2(result.clean, qPrintable(result.leftovers.join(QLatin1Char(' '))));
    // Every kind was really looked at on this origin, not skipped.
    for (const QString &kind : ResetVerifier::storageKinds()) {
        QVERIFY2(result.checked.contains(kind), qPrintable(kind));
    }
    QVERIFY(!session->sandbox()->profile()->visitedLinksContainsUrl(m_server.url(QStringLiteral("/fill"))));
}

void SessionTest::survivingProfileIsCaughtByCanaries()
{
    // A verifier run plants canaries; run it again on the same sandbox (a profile that survived a reset)
    // and every kind the canaries reach must be reported.
    WebSandbox sandbox(policy());
    ResetVerifier verifier;
    verifier.setProbeUrl(m_server.url(QStringLiteral("/probe")));
    verifier.verify(&sandbox);
    const auto first = waitForVerifier(&verifier);
    QVERIFY2(first.clean, qPrintable(first.leftovers.join(QLatin1Char(' '))));

    verifier.verify(&sandbox);
    const auto second = waitForVerifier(&verifier);
    QVERIFY(!second.clean);
    // (No visited-links canary: an off-the-record profile in Qt 6.4 records none, so none can be planted.)
    for (const char *kind : {"cookies", "localStorage", "indexedDB", "cacheStorage", "serviceWorkers", "httpCache"}) {
        QVERIFY2(second.leftovers.contains(QLatin1String(kind)), kind);
    }
}

void SessionTest::survivingProfileForcesHardReset()
{
    auto session = makeSession();
    KioskWebPage *page = session->sandbox()->createPage();
    QVERIFY(loadAndWait(page, m_server.url(QStringLiteral("/fill"))));
    QVERIFY(waitForJs(page, QStringLiteral("window.filled === true")));

    session->injectSurvivingSandbox(true);
    QSignalSpy hard(session.get(), &VisitorSession::hardResetRequired);
    QSignalSpy finished(session.get(), &VisitorSession::resetFinished);
    session->reset();
    QVERIFY(hard.wait(10000));
    QCOMPARE(finished.count(), 0);
    const QStringList leftovers = hard.first().at(0).toStringList();
    QVERIFY(leftovers.contains(QStringLiteral("localStorage")));
    QVERIFY(leftovers.contains(QStringLiteral("cookies")));
}

void SessionTest::rendererCrashGivesACleanStart()
{
    auto session = makeSession();
    QPointer<WebSandbox> first = session->sandbox();
    KioskWebPage *page = first->createPage();
    QVERIFY(loadAndWait(page, m_server.url()));
    QTRY_VERIFY(page->renderProcessPid() > 0);
    QSignalSpy crashed(session.get(), &VisitorSession::rendererCrashed);
    QSignalSpy finished(session.get(), &VisitorSession::resetFinished);
    ::kill(pid_t(page->renderProcessPid()), SIGKILL);
    QVERIFY(crashed.wait(10000));
    QVERIFY(finished.wait(10000));
    QVERIFY(first.isNull());
    QVERIFY(session->sandbox());
}

void SessionTest::touchInAWebPageCountsAsActivity()
{
    qint64 now = 1000;
    auto session = makeSession();
    session->idleWatch()->setClock([&now] { return now; });
    session->idleWatch()->start();
    KioskWebPage *page = session->sandbox()->createPage();
    QVERIFY(loadAndWait(page, m_server.url()));
    // Input delivered to the page's view counts; here a key and a wheel event through the application.
    QWidget host;
    host.show();
    now += 100000;
    QKeyEvent key(QEvent::KeyPress, Qt::Key_Space, Qt::NoModifier);
    QCoreApplication::sendEvent(&host, &key);
    now += 30000; // 130 s since start, 30 s since the key
    session->idleWatch()->evaluate();
    QCOMPARE(session->idleWatch()->state(), IdleWatch::State::Active);
}

void SessionTest::restartIsDueAfterNSessionsOnlyWhenIdle()
{
    qint64 now = 1000;
    auto session = makeSession();
    session->setRestartAfter(2);
    session->idleWatch()->setClock([&now] { return now; });
    session->idleWatch()->start();
    QSignalSpy due(session.get(), &VisitorSession::restartDue);
    QSignalSpy finished(session.get(), &VisitorSession::resetFinished);

    // Two visitors press Finish: the count is reached, but someone may be at the terminal.
    for (int i = 0; i < 2; ++i) {
        session->reset();
        QVERIFY(finished.wait(10000));
    }
    QCOMPARE(due.count(), 0);

    // Nobody touches it: the idle countdown runs out, the session resets, and then the restart is due.
    now += 120000;
    session->idleWatch()->evaluate();
    QCOMPARE(session->idleWatch()->state(), IdleWatch::State::Warning);
    now += 30000;
    session->idleWatch()->evaluate();
    QVERIFY(finished.wait(10000));
    QCOMPARE(due.count(), 1);
    QCOMPARE(session->resetCount(), 3);

    // Without a count (0) an idle reset never asks.
    session->setRestartAfter(0);
    now += 150000;
    session->idleWatch()->evaluate();
    now += 30000;
    session->idleWatch()->evaluate();
    QVERIFY(finished.wait(10000));
    QCOMPARE(due.count(), 1);
}

void SessionTest::onDemandMakesNoSandboxUntilAPageIsNeeded()
{
    auto session = makeOnDemandSession();
    // Started, and still no web profile: the home screen holds no web engine.
    QVERIFY(!session->sandbox());
    QVERIFY(session->tempPath().isEmpty());
    QCOMPARE(m_server.hits("/probe"), 0);

    // The first page asks: the sandbox is made, but handed out only once the probe has verified it.
    QSignalSpy changed(session.get(), &VisitorSession::sandboxChanged);
    QSignalSpy verified(session->verifier(), &ResetVerifier::finished);
    QVERIFY(!session->sandboxForVisitor());
    QVERIFY(session->sandbox());
    QVERIFY(session->sandbox()->profile()->isOffTheRecord());
    QVERIFY(changed.wait(10000));
    QCOMPARE(verified.count(), 1);
    const auto result = verified.first().at(0).value<ResetVerifier::Result>();
    QVERIFY2(result.clean, qPrintable(result.leftovers.join(QLatin1Char(' '))));
    QVERIFY(m_server.hits("/probe") > 0);
    QCOMPARE(changed.first().at(0).value<WebSandbox *>(), session->sandbox());
    QCOMPARE(session->sandboxForVisitor(), session->sandbox());
    QVERIFY(!session->tempPath().isEmpty());
    // Asking again makes nothing new.
    QCOMPARE(session->sandboxForVisitor(), session->sandbox());
    QCOMPARE(changed.count(), 1);
    // The watchdog's heartbeat goes through the verified sandbox's probe page.
    bool alive = false;
    bool answered = false;
    session->heartbeat([&](bool value) {
        answered = true;
        alive = value;
    });
    QTRY_VERIFY(answered);
    QVERIFY(alive);
}

void SessionTest::onDemandResetVerifiesTheWipeAndKeepsNoSandbox()
{
    auto session = makeOnDemandSession();
    QPointer<WebSandbox> first = sandboxWhenReady(session.get());
    QVERIFY(first);
    QPointer<QWebEngineProfile> firstProfile = first->profile();
    const QString temp = session->tempPath();
    KioskWebPage *page = first->createPage();
    QVERIFY(loadAndWait(page, m_server.url(QStringLiteral("/fill"))));
    QVERIFY(waitForJs(page, QStringLiteral("window.filled === true")));
    m_server.resetHits();

    QSignalSpy verified(session->verifier(), &ResetVerifier::finished);
    QSignalSpy changed(session.get(), &VisitorSession::sandboxChanged);
    QSignalSpy hard(session.get(), &VisitorSession::hardResetRequired);
    QSignalSpy finished(session.get(), &VisitorSession::resetFinished);
    session->reset();
    QVERIFY(first.isNull());
    QVERIFY(firstProfile.isNull());
    // While the wipe is verified, no visitor gets a sandbox.
    QVERIFY(!session->sandboxForVisitor());
    QVERIFY(finished.wait(10000));
    QCOMPARE(hard.count(), 0);
    // The wipe was verified in a fresh profile, on the visitor's origin, every kind...
    QCOMPARE(verified.count(), 1);
    QVERIFY(m_server.hits("/probe") > 0);
    const auto result = verified.first().at(0).value<ResetVerifier::Result>();
    QVERIFY2(result.clean, qPrintable(result.leftovers.join(QLatin1Char(' '))));
    for (const QString &kind : ResetVerifier::storageKinds()) {
        QVERIFY2(result.checked.contains(kind), qPrintable(kind));
    }
    // ...and then that profile went too: the next home screen holds none, and no temporary folder.
    QVERIFY(!session->sandbox());
    QCOMPARE(changed.count(), 0);
    QVERIFY(session->tempPath().isEmpty());
    QVERIFY(!QFile::exists(temp));
    QVERIFY(!session->verifier()->page());
    QCOMPARE(session->resetCount(), 1);

    // The next visitor who needs a page gets a new, verified profile.
    QPointer<WebSandbox> second = sandboxWhenReady(session.get());
    QVERIFY(second);
    QVERIFY(second->profile()->isOffTheRecord());
}

void SessionTest::onDemandResetWithoutAPageChecksNothing()
{
    auto session = makeOnDemandSession();
    QSignalSpy verified(session->verifier(), &ResetVerifier::finished);
    QSignalSpy finished(session.get(), &VisitorSession::resetFinished);
    m_preferences.setTextScale(2.0);
    session->reset();
    QVERIFY(session->isResetting());
    QVERIFY(finished.wait(10000));
    // No profile existed, so none was made to check: the engine stays asleep. Everything else is wiped.
    QCOMPARE(verified.count(), 0);
    QCOMPARE(m_server.hits("/probe"), 0);
    QVERIFY(!session->sandbox());
    QVERIFY(m_preferences.isDefault());
    QCOMPARE(session->resetCount(), 1);
    // The watchdog's heartbeat needs no web engine when none is in use.
    bool alive = false;
    session->heartbeat([&alive](bool value) { alive = value; });
    QVERIFY(alive);
}

void SessionTest::onDemandSurvivingProfileForcesHardReset()
{
    // Failure injection on demand too: a reset that keeps the visitor's profile is caught by its canaries.
    auto session = makeOnDemandSession();
    WebSandbox *sandbox = sandboxWhenReady(session.get());
    QVERIFY(sandbox);
    KioskWebPage *page = sandbox->createPage();
    QVERIFY(loadAndWait(page, m_server.url(QStringLiteral("/fill"))));
    QVERIFY(waitForJs(page, QStringLiteral("window.filled === true")));

    session->injectSurvivingSandbox(true);
    QSignalSpy hard(session.get(), &VisitorSession::hardResetRequired);
    QSignalSpy finished(session.get(), &VisitorSession::resetFinished);
    session->reset();
    QVERIFY(hard.wait(10000));
    QCOMPARE(finished.count(), 0);
    const QStringList leftovers = hard.first().at(0).toStringList();
    QVERIFY(leftovers.contains(QStringLiteral("localStorage")));
    QVERIFY(leftovers.contains(QStringLiteral("cookies")));
}

void SessionTest::restartIsDueWhenIdleAfterWebUse()
{
    qint64 now = 1000;
    auto session = makeOnDemandSession();
    session->setRestartWhenIdleAfterWeb(true);
    session->idleWatch()->setClock([&now] { return now; });
    session->idleWatch()->start();
    QSignalSpy due(session.get(), &VisitorSession::restartDue);
    QSignalSpy finished(session.get(), &VisitorSession::resetFinished);
    const auto idleReset = [&] {
        now += 120000;
        session->idleWatch()->evaluate();
        now += 30000;
        session->idleWatch()->evaluate();
        return finished.wait(10000);
    };

    // Nobody used the web: an idle reset has no engine to shed.
    QVERIFY(idleReset());
    QCOMPARE(due.count(), 0);
    // A visitor used a page and pressed Finish: someone may still be here, so no restart yet.
    QVERIFY(sandboxWhenReady(session.get()));
    session->reset();
    QVERIFY(finished.wait(10000));
    QCOMPARE(due.count(), 0);
    // Then nobody touches the terminal: the idle reset asks for a restart without the web engine.
    QVERIFY(idleReset());
    QCOMPARE(due.count(), 1);

    // Off (the default), an idle reset after web use never asks.
    session->setRestartWhenIdleAfterWeb(false);
    QVERIFY(idleReset());
    QCOMPARE(due.count(), 1);
}

HEALTHHUB_WEB_TEST_MAIN(SessionTest)
#include "session_test.moc"
