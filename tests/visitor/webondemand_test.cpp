// SPDX-License-Identifier: GPL-3.0-or-later
// Regression test for the visitor home screen's memory budget (DESIGN.md: under 150 MB without a web page).
// Qt WebEngine costs more than the whole home screen, so the visitor kiosk makes its web profile only when
// a visitor needs one, and Finish leaves none behind. Real objects throughout: the visitor shell, the
// visitor session and its sandbox on real QtWebEngine, joined by the same linkVisitorSession() as
// App::VisitorTerminal. Live profiles and pages are counted with Qt's object hooks (as sessionobjects_test does),
// and the web engine's own processes from /proc: they exist only once the engine has started.
//
// The slots run in order and share this process's web engine, which cannot be stopped once started: the
// first slot checks that nothing has started it.

#include "core/catalogue/catalogue.h"
#include "core/config/terminalconfig.h"
#include "core/config/visitorpreferences.h"
#include "kiosk/kioskwebpage.h"
#include "kiosk/resetverifier.h"
#include "kiosk/terminalsessions.h"
#include "kiosk/visitorsession.h"
#include "tests/common/processtree.h"
#include "tests/kiosk/webtest.h"
#include "ui/common/mainwindow.h"
#include "ui/common/screenstack.h"
#include "ui/visitor/sessionlink.h"
#include "ui/visitor/sitepanel.h"
#include "ui/visitor/visitorshell.h"
#include "ui/web/kioskwebview.h"

#include <QDir>
#include <QFile>
#include <QMutex>
#include <QPushButton>
#include <QSet>
#include <QWebEngineProfile>

#include <unistd.h>

#include <memory>

// Qt's hook table (qtHookData, exported by QtCore; layout of Qt 6's private qhooks_p.h).
extern quintptr Q_CORE_EXPORT qtHookData[];

using namespace HealthHub;
using HealthHub::Test::runJs;
using HealthHub::Test::waitForJs;

Q_DECLARE_METATYPE(HealthHub::Kiosk::ResetVerifier::Result)

namespace {

enum HookIndex { HookDataVersion = 0, HookDataSize = 1, QtVersion = 2, AddQObject = 3, RemoveQObject = 4 };
using ObjectCallback = void (*)(QObject *);

QMutex g_mutex;
QSet<QObject *> g_live;
ObjectCallback g_nextAdd = nullptr;
ObjectCallback g_nextRemove = nullptr;

void added(QObject *object)
{
    {
        QMutexLocker lock(&g_mutex);
        g_live.insert(object);
    }
    if (g_nextAdd) {
        g_nextAdd(object);
    }
}

void removed(QObject *object)
{
    {
        QMutexLocker lock(&g_mutex);
        g_live.remove(object);
    }
    if (g_nextRemove) {
        g_nextRemove(object);
    }
}

/** Live objects of type T on this thread (only those are safe to inspect). */
template<typename T>
int liveObjects()
{
    QMutexLocker lock(&g_mutex);
    int count = 0;
    for (QObject *object : std::as_const(g_live)) {
        if (object->thread() == QThread::currentThread() && qobject_cast<T *>(object)) {
            ++count;
        }
    }
    return count;
}

/** Qt WebEngine's helper processes under this one (zygotes, renderers), by their --type= switch. */
QStringList webEngineProcesses()
{
    QStringList types;
    for (qint64 pid : HealthHub::Testing::descendantProcesses(::getpid())) {
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (!cmdline.open(QIODevice::ReadOnly)) {
            continue;
        }
        // Chromium rewrites its processes' titles into one string: split on spaces and on NULs alike.
        const QList<QByteArray> arguments = cmdline.readAll().replace('\0', ' ').split(' ');
        if (!arguments.first().contains("QtWebEngineProcess")) {
            continue;
        }
        for (const QByteArray &argument : arguments) {
            if (argument.startsWith("--type=")) {
                types.append(QString::fromLatin1(argument.mid(7)));
            }
        }
    }
    return types;
}

} // namespace

class WebOnDemandTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void homeScreenStartsNoWebEngine();
    void startWarmsAVerifiedSandbox();
    void practicePageOpensOnDemandAndFinishLeavesNoProfile();

private:
    QPushButton *button(const QString &objectName) const;
    QString currentScreen() const;
    /** Presses Finish and waits for "Your details have been removed". */
    bool finish();

    Config::TerminalConfig m_config;
    std::unique_ptr<Catalogue::Catalogue> m_catalogue;
    std::unique_ptr<Config::VisitorPreferences> m_preferences;
    std::unique_ptr<Ui::MainWindow> m_window;
    Ui::VisitorShell *m_shell = nullptr;
    std::unique_ptr<Kiosk::VisitorSession> m_session;
};

void WebOnDemandTest::initTestCase()
{
    qRegisterMetaType<Kiosk::ResetVerifier::Result>();
    QVERIFY2(qtHookData[HookDataVersion] >= 1 && qtHookData[HookDataSize] > RemoveQObject,
             "this Qt has no object hooks");
    QCOMPARE(qtHookData[QtVersion], quintptr(QT_VERSION));
    g_nextAdd = reinterpret_cast<ObjectCallback>(qtHookData[AddQObject]);
    g_nextRemove = reinterpret_cast<ObjectCallback>(qtHookData[RemoveQObject]);
    qtHookData[AddQObject] = reinterpret_cast<quintptr>(&added);
    qtHookData[RemoveQObject] = reinterpret_cast<quintptr>(&removed);

    m_config = Config::TerminalConfig::defaults();
    m_config.demo = true;
    m_catalogue = std::make_unique<Catalogue::Catalogue>(Catalogue::Catalogue::load({Catalogue::Catalogue::builtIn()}));
}

void WebOnDemandTest::cleanupTestCase()
{
    qtHookData[AddQObject] = reinterpret_cast<quintptr>(g_nextAdd);
    qtHookData[RemoveQObject] = reinterpret_cast<quintptr>(g_nextRemove);
}

void WebOnDemandTest::init()
{
    // Built as App::VisitorTerminal builds the visitor kiosk: the same session factory and the same wiring.
    m_preferences = std::make_unique<Config::VisitorPreferences>(m_config.defaultLanguage);
    m_window = std::make_unique<Ui::MainWindow>(m_config);
    m_shell = new Ui::VisitorShell(m_config, m_preferences.get(), m_catalogue.get());
    m_session = Kiosk::makeVisitorSession(m_config, m_preferences.get());
    Ui::linkVisitorSession(m_shell, m_session.get());
    m_window->setShell(m_shell);
    m_window->resize(1280, 800);
    m_window->show();
    QSignalSpy started(m_session.get(), &Kiosk::VisitorSession::started);
    m_session->start();
    QVERIFY(started.wait(10000));
}

void WebOnDemandTest::cleanup()
{
    // The session (and its sandbox) before the window, as App::Application tears a terminal down.
    m_shell->releaseWebPages();
    m_session.reset();
    m_window.reset();
    m_shell = nullptr;
    m_preferences.reset();
}

QPushButton *WebOnDemandTest::button(const QString &objectName) const
{
    return m_window->findChild<QPushButton *>(objectName);
}

QString WebOnDemandTest::currentScreen() const
{
    return m_shell->stack()->currentWidget()->objectName();
}

bool WebOnDemandTest::finish()
{
    QSignalSpy finished(m_session.get(), &Kiosk::VisitorSession::resetFinished);
    QTest::mouseClick(button(QStringLiteral("finishButton")), Qt::LeftButton);
    return finished.wait(10000) && currentScreen() == QLatin1String("detailsRemoved");
}

void WebOnDemandTest::homeScreenStartsNoWebEngine()
{
    QCOMPARE(currentScreen(), QStringLiteral("visitorHome"));
    QTest::qWait(500); // anything started "in the background" would have begun by now
    QCOMPARE(liveObjects<QWebEngineProfile>(), 0);
    QVERIFY(!m_session->sandbox());
    QCOMPARE(webEngineProcesses(), QStringList());

    // The home screen's other choices need no web page either.
    QTest::mouseClick(button(QStringLiteral("languageButton")), Qt::LeftButton);
    QCOMPARE(currentScreen(), QStringLiteral("languagePicker"));
    QTest::mouseClick(button(QStringLiteral("homeButton")), Qt::LeftButton);
    QTest::mouseClick(button(QStringLiteral("displayButton")), Qt::LeftButton);
    QCOMPARE(currentScreen(), QStringLiteral("displaySettings"));
    QTest::mouseClick(button(QStringLiteral("biggerTextButton")), Qt::LeftButton);

    // Finish without a web page: everything else is wiped, and still no web engine is started.
    QVERIFY(finish());
    QVERIFY(m_preferences->isDefault());
    QCOMPARE(liveObjects<QWebEngineProfile>(), 0);
    QCOMPARE(webEngineProcesses(), QStringList());
}

void WebOnDemandTest::startWarmsAVerifiedSandbox()
{
    // Start leaves the home screen: the sandbox is made and verified while the visitor chooses a task.
    QSignalSpy ready(m_session.get(), &Kiosk::VisitorSession::sandboxChanged);
    QSignalSpy verified(m_session->verifier(), &Kiosk::ResetVerifier::finished);
    QTest::mouseClick(button(QStringLiteral("startButton")), Qt::LeftButton);
    QCOMPARE(currentScreen(), QStringLiteral("taskList"));
    QVERIFY(ready.wait(15000));
    QCOMPARE(verified.count(), 1);
    QVERIFY(verified.first().at(0).value<Kiosk::ResetVerifier::Result>().clean);
    QVERIFY(m_session->sandbox());
    QCOMPARE(liveObjects<QWebEngineProfile>(), 1);
    QVERIFY(webEngineProcesses().contains(QStringLiteral("zygote")));

    // Finish: the wipe is verified in a fresh profile, and then no profile is left for the home screen.
    QVERIFY(finish());
    QCOMPARE(verified.count(), 2);
    QVERIFY(verified.last().at(0).value<Kiosk::ResetVerifier::Result>().clean);
    QVERIFY(!m_session->sandbox());
    QCOMPARE(liveObjects<QWebEngineProfile>(), 0);
    QCOMPARE(liveObjects<QWebEnginePage>(), 0);
}

void WebOnDemandTest::practicePageOpensOnDemandAndFinishLeavesNoProfile()
{
    // Straight into a guide (no Start): Practise asks for the sandbox, and the page opens once it is verified.
    QVERIFY(m_shell->showScreen(QStringLiteral("guide:repeat-prescription:1")));
    QCOMPARE(liveObjects<QWebEngineProfile>(), 0);
    QTest::mouseClick(button(QStringLiteral("guidePracticeButton")), Qt::LeftButton);
    Ui::SitePanel *site = m_shell->sitePanel();
    QTRY_VERIFY_WITH_TIMEOUT(site->view() && site->view()->kioskPage(), 15000);
    QWebEnginePage *page = site->view()->page();
    QVERIFY(waitForJs(page,
                      QStringLiteral("location.pathname === '/sign-in.html' && document.readyState === "
                                     "'complete'"),
                      15000));
    QCOMPARE(liveObjects<QWebEngineProfile>(), 1);
    // The visitor leaves something in the practice site's storage.
    runJs(page, QStringLiteral("localStorage.setItem('typed', 'made-up answer')"));
    QCOMPARE(runJs(page, QStringLiteral("localStorage.getItem('typed')")).toString(), QStringLiteral("made-up answer"));

    QSignalSpy verified(m_session->verifier(), &Kiosk::ResetVerifier::finished);
    QVERIFY(finish());
    QCOMPARE(verified.count(), 1);
    const auto result = verified.first().at(0).value<Kiosk::ResetVerifier::Result>();
    QVERIFY2(result.clean, qPrintable(result.leftovers.join(QLatin1Char(' '))));
    QVERIFY(!result.checked.isEmpty());
    QVERIFY(!site->view());
    QVERIFY(!m_session->sandbox());
    QCOMPARE(liveObjects<QWebEngineProfile>(), 0);
    QCOMPARE(liveObjects<QWebEnginePage>(), 0);

    // The next visitor's practice page is in a new profile: nothing of the last visitor's storage.
    QTest::mouseClick(button(QStringLiteral("startAgainButton")), Qt::LeftButton);
    QCOMPARE(currentScreen(), QStringLiteral("visitorHome"));
    QVERIFY(m_shell->showScreen(QStringLiteral("guide:repeat-prescription:1")));
    QTest::mouseClick(button(QStringLiteral("guidePracticeButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(site->view() && site->view()->kioskPage(), 15000);
    page = site->view()->page();
    QVERIFY(waitForJs(page,
                      QStringLiteral("location.pathname === '/sign-in.html' && document.readyState === "
                                     "'complete'"),
                      15000));
    QVERIFY(runJs(page, QStringLiteral("localStorage.getItem('typed') === null")).toBool());
    QCOMPARE(liveObjects<QWebEngineProfile>(), 1);
}

HEALTHHUB_WEB_TEST_MAIN(WebOnDemandTest)
#include "webondemand_test.moc"
