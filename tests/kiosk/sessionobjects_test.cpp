// SPDX-License-Identifier: GPL-3.0-or-later
// Regression test for the soak's memory trend: 30 visitor sessions in this process, on real QtWebEngine,
// must not leave objects behind. Every QObject the process makes is counted (Qt's object hooks, the same
// ones GammaRay uses), and so are live profiles, pages and the session's own children. Object counts, not
// timing or memory, so the test is exact on a busy machine.

#include "core/config/visitorpreferences.h"
#include "kiosk/kioskwebpage.h"
#include "kiosk/visitorsession.h"
#include "tests/common/loopbackhttpserver.h"
#include "tests/kiosk/webtest.h"

#include <QMutex>
#include <QSet>
#include <QWebEngineProfile>

// Qt's hook table (qtHookData, exported by QtCore; layout of Qt 6's private qhooks_p.h).
extern quintptr Q_CORE_EXPORT qtHookData[];

using namespace HealthHub;
using namespace HealthHub::Kiosk;

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

struct Census
{
    qsizetype objects = 0;
    int profiles = 0;
    int pages = 0;
    int sessionChildren = 0;
};

int descendants(const QObject *object)
{
    int count = 0;
    for (const QObject *child : object->children()) {
        count += 1 + descendants(child);
    }
    return count;
}

} // namespace

class SessionObjectsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void thirtySessionsLeaveNothingBehind();

private:
    Census census(const VisitorSession &session) const;
    bool oneSession(VisitorSession &session);

    Test::LoopbackHttpServer m_server;
    Config::VisitorPreferences m_preferences{QStringLiteral("en")};
};

void SessionObjectsTest::initTestCase()
{
    QVERIFY2(qtHookData[HookDataVersion] >= 1 && qtHookData[HookDataSize] > RemoveQObject,
             "this Qt has no object hooks");
    QCOMPARE(qtHookData[QtVersion], quintptr(QT_VERSION));
    g_nextAdd = reinterpret_cast<ObjectCallback>(qtHookData[AddQObject]);
    g_nextRemove = reinterpret_cast<ObjectCallback>(qtHookData[RemoveQObject]);
    qtHookData[AddQObject] = reinterpret_cast<quintptr>(&added);
    qtHookData[RemoveQObject] = reinterpret_cast<quintptr>(&removed);

    QVERIFY(m_server.listen());
    // The soak's visitor: cookies, localStorage, sessionStorage and IndexedDB, then the title says so.
    m_server.html("/visit", "<html><head><title>visit</title></head><body><script>"
                            "document.cookie = 'v=1; max-age=3600';"
                            "localStorage.setItem('k', 'x'.repeat(1000)); sessionStorage.setItem('s', '1');"
                            "const o = indexedDB.open('db', 1);"
                            "o.onupgradeneeded = () => o.result.createObjectStore('s');"
                            "o.onsuccess = () => { o.result.close(); document.title = 'filled'; };"
                            "</script></body></html>");
}

void SessionObjectsTest::cleanupTestCase()
{
    qtHookData[AddQObject] = reinterpret_cast<quintptr>(g_nextAdd);
    qtHookData[RemoveQObject] = reinterpret_cast<quintptr>(g_nextRemove);
}

Census SessionObjectsTest::census(const VisitorSession &session) const
{
    Census result;
    QMutexLocker lock(&g_mutex);
    result.objects = g_live.size();
    for (QObject *object : std::as_const(g_live)) {
        if (object->thread() != thread()) {
            continue; // only this thread's objects are safe to inspect
        }
        if (qobject_cast<QWebEngineProfile *>(object)) {
            ++result.profiles;
        } else if (qobject_cast<QWebEnginePage *>(object)) {
            ++result.pages;
        }
    }
    result.sessionChildren = descendants(&session);
    return result;
}

bool SessionObjectsTest::oneSession(VisitorSession &session)
{
    KioskWebPage *page = session.sandbox()->createPage();
    page->load(m_server.url(QStringLiteral("/visit")));
    if (!Test::waitForJs(page, QStringLiteral("document.title === 'filled'"))) {
        return false;
    }
    QSignalSpy finished(&session, &VisitorSession::resetFinished);
    session.reset();
    return finished.wait(10000);
}

void SessionObjectsTest::thirtySessionsLeaveNothingBehind()
{
    VisitorSession session(UrlPolicy({QStringLiteral("127.0.0.1")}, true), &m_preferences, 120000, 30000);
    QSignalSpy started(&session, &VisitorSession::started);
    session.start();
    QVERIFY(started.wait(10000));

    // Warm up: the web engine makes its one-off objects in the first sessions.
    for (int i = 0; i < 5; ++i) {
        QVERIFY2(oneSession(session), qPrintable(QStringLiteral("session %1 did not finish clean").arg(i + 1)));
    }
    QTest::qWait(300);
    const Census before = census(session);
    QCOMPARE(before.profiles, 1); // the waiting visitor's, nothing else
    QCOMPARE(before.pages, 1);    // its reset probe

    for (int i = 5; i < 30; ++i) {
        QVERIFY2(oneSession(session), qPrintable(QStringLiteral("session %1 did not finish clean").arg(i + 1)));
    }
    QTest::qWait(300);
    const Census after = census(session);
    qInfo("live objects after 5 sessions: %lld, after 30: %lld; session children %d -> %d", qlonglong(before.objects),
          qlonglong(after.objects), before.sessionChildren, after.sessionChildren);
    QCOMPARE(after.profiles, 1);
    QCOMPARE(after.pages, 1);
    QCOMPARE(after.sessionChildren, before.sessionChildren);
    // 25 more sessions: a leak of even one object per session would add 25. Allow a little jitter for
    // objects that come and go with timers and renderer processes.
    QVERIFY2(after.objects <= before.objects + 10,
             qPrintable(QStringLiteral("live QObjects grew from %1 to %2 over 25 sessions")
                            .arg(before.objects)
                            .arg(after.objects)));
}

HEALTHHUB_WEB_TEST_MAIN(SessionObjectsTest)
#include "sessionobjects_test.moc"
