// SPDX-License-Identifier: GPL-3.0-or-later
// Kiosk mode's input lock (shortcuts, close requests, the hidden exit gesture), the hub lead's exit PIN,
// and the systemd watchdog that only beats while the event loop and the web engine answer.

#include "core/hubrecords/exitpin.h"
#include "kiosk/inputlockdown.h"
#include "kiosk/watchdog.h"

#include <QGuiApplication>
#include <QKeyEvent>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWindow>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace HealthHub::Kiosk;

class LockdownInputTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void blockedShortcuts_data();
    void blockedShortcuts();
    void ordinaryKeysPass_data();
    void ordinaryKeysPass();
    void shortcutsNeverReachAWindow();
    void closeRequestsAreRefused();
    void fiveCornerTapsMakeTheExitGesture();
    void slowOrMisplacedTapsDoNot();
    void exitPin();
    void watchdogBeatsOnlyWhileTheWebEngineAnswers();
    void watchdogTellsSystemd();
};

void LockdownInputTest::blockedShortcuts_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("modifiers");
    const int ctrl = Qt::ControlModifier;
    QTest::newRow("Alt+F4") << int(Qt::Key_F4) << int(Qt::AltModifier);
    for (const auto &[key, name] : std::initializer_list<std::pair<int, const char *>>{{Qt::Key_W, "Ctrl+W"},
                                                                                       {Qt::Key_N, "Ctrl+N"},
                                                                                       {Qt::Key_T, "Ctrl+T"},
                                                                                       {Qt::Key_O, "Ctrl+O"},
                                                                                       {Qt::Key_S, "Ctrl+S"},
                                                                                       {Qt::Key_P, "Ctrl+P"},
                                                                                       {Qt::Key_U, "Ctrl+U"},
                                                                                       {Qt::Key_L, "Ctrl+L"},
                                                                                       {Qt::Key_H, "Ctrl+H"},
                                                                                       {Qt::Key_J, "Ctrl+J"},
                                                                                       {Qt::Key_Q, "Ctrl+Q"}}) {
        QTest::newRow(name) << key << ctrl;
    }
    QTest::newRow("F1") << int(Qt::Key_F1) << 0;
    QTest::newRow("F6") << int(Qt::Key_F6) << 0;
    QTest::newRow("F11") << int(Qt::Key_F11) << 0;
    QTest::newRow("F12") << int(Qt::Key_F12) << 0;
    QTest::newRow("Ctrl+Shift+I") << int(Qt::Key_I) << int(Qt::ControlModifier | Qt::ShiftModifier);
    QTest::newRow("Ctrl+Shift+J") << int(Qt::Key_J) << int(Qt::ControlModifier | Qt::ShiftModifier);
    QTest::newRow("Super") << int(Qt::Key_Super_L) << 0;
    QTest::newRow("Meta+D") << int(Qt::Key_D) << int(Qt::MetaModifier);
}

void LockdownInputTest::blockedShortcuts()
{
    QFETCH(int, key);
    QFETCH(int, modifiers);
    QVERIFY(InputLockdown::isBlockedKey(key, Qt::KeyboardModifiers(modifiers)));
}

void LockdownInputTest::ordinaryKeysPass_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("modifiers");
    QTest::newRow("letter") << int(Qt::Key_A) << 0;
    QTest::newRow("capital") << int(Qt::Key_W) << int(Qt::ShiftModifier);
    QTest::newRow("digit") << int(Qt::Key_5) << 0;
    QTest::newRow("backspace") << int(Qt::Key_Backspace) << 0;
    QTest::newRow("tab") << int(Qt::Key_Tab) << 0;
    QTest::newRow("enter") << int(Qt::Key_Return) << 0;
    QTest::newRow("copy") << int(Qt::Key_C) << int(Qt::ControlModifier);
    QTest::newRow("paste") << int(Qt::Key_V) << int(Qt::ControlModifier);
    QTest::newRow("F4 alone") << int(Qt::Key_F4) << 0;
}

void LockdownInputTest::ordinaryKeysPass()
{
    QFETCH(int, key);
    QFETCH(int, modifiers);
    QVERIFY(!InputLockdown::isBlockedKey(key, Qt::KeyboardModifiers(modifiers)));
}

namespace {
/** A window that counts the keys (other than Ctrl, Alt, Shift on their own) that reach it. */
class KeyWindow final : public QWindow
{
public:
    int keys = 0;

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        if (event->key() != Qt::Key_Control && event->key() != Qt::Key_Alt && event->key() != Qt::Key_Shift) {
            ++keys;
        }
    }
};
} // namespace

void LockdownInputTest::shortcutsNeverReachAWindow()
{
    InputLockdown lockdown;
    lockdown.install();
    KeyWindow window;
    window.show();
    QSignalSpy blocked(&lockdown, &InputLockdown::shortcutBlocked);
    QTest::keyClick(&window, Qt::Key_Q, Qt::ControlModifier);
    QTest::keyClick(&window, Qt::Key_F4, Qt::AltModifier);
    QTest::keyClick(&window, Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(window.keys, 0);
    QCOMPARE(blocked.count(), 3);
    QTest::keyClick(&window, Qt::Key_A);
    QCOMPARE(window.keys, 1);
    lockdown.uninstall();
    QTest::keyClick(&window, Qt::Key_Q, Qt::ControlModifier);
    QCOMPARE(window.keys, 2);
}

void LockdownInputTest::closeRequestsAreRefused()
{
    InputLockdown lockdown;
    lockdown.install();
    QWindow window;
    window.show();
    lockdown.protect(&window);
    QSignalSpy refused(&lockdown, &InputLockdown::closeRefused);
    QVERIFY(!window.close());
    QVERIFY(window.isVisible());
    QCOMPARE(refused.count(), 1);
    lockdown.setExitAllowed(true); // after the hub lead's PIN
    QVERIFY(window.close());
}

void LockdownInputTest::fiveCornerTapsMakeTheExitGesture()
{
    qint64 now = 0;
    InputLockdown lockdown;
    lockdown.setClock([&now] { return now; });
    lockdown.install();
    QWindow window;
    window.resize(1280, 800);
    window.show();
    QSignalSpy gesture(&lockdown, &InputLockdown::exitGesture);
    for (int i = 0; i < 5; ++i) {
        QTest::mouseClick(&window, Qt::LeftButton, Qt::NoModifier, QPoint(20, 20));
        now += 500;
    }
    QCOMPARE(gesture.count(), 1);
}

void LockdownInputTest::slowOrMisplacedTapsDoNot()
{
    qint64 now = 0;
    InputLockdown lockdown;
    lockdown.setClock([&now] { return now; });
    lockdown.install();
    QWindow window;
    window.resize(1280, 800);
    window.show();
    QSignalSpy gesture(&lockdown, &InputLockdown::exitGesture);
    for (int i = 0; i < 5; ++i) { // too slow: 1 s apart, 5 taps take 4 s
        QTest::mouseClick(&window, Qt::LeftButton, Qt::NoModifier, QPoint(20, 20));
        now += 1000;
    }
    QCOMPARE(gesture.count(), 0);
    for (int i = 0; i < 5; ++i) { // fast, but a tap in the middle of the screen breaks the run
        QTest::mouseClick(&window, Qt::LeftButton, Qt::NoModifier, i == 2 ? QPoint(600, 400) : QPoint(20, 20));
        now += 100;
    }
    QCOMPARE(gesture.count(), 0);
}

void LockdownInputTest::exitPin()
{
    QVERIFY(!HealthHub::HubRecords::ExitPin::isWellFormed("123"));
    QVERIFY(!HealthHub::HubRecords::ExitPin::isWellFormed("12a4"));
    QVERIFY(HealthHub::HubRecords::ExitPin::isWellFormed("4821"));
    const QByteArray hash = HealthHub::HubRecords::ExitPin::hash("482193");
    QVERIFY(hash.startsWith("$argon2id$"));
    QVERIFY(HealthHub::HubRecords::ExitPin::isValidHash(hash));
    QVERIFY(!hash.contains("482193"));
    QVERIFY(HealthHub::HubRecords::ExitPin::verify(hash, "482193"));
    QVERIFY(!HealthHub::HubRecords::ExitPin::verify(hash, "482194"));
    QVERIFY(!HealthHub::HubRecords::ExitPin::verify(hash, ""));
    QVERIFY(!HealthHub::HubRecords::ExitPin::verify("not a hash", "482193"));
    QVERIFY(HealthHub::HubRecords::ExitPin::hash("12").isEmpty());
    QVERIFY(HealthHub::HubRecords::ExitPin::hash("482193") != hash); // salted
}

void LockdownInputTest::watchdogBeatsOnlyWhileTheWebEngineAnswers()
{
    Watchdog watchdog;
    bool alive = true;
    bool answering = true;
    std::function<void(bool)> held;
    watchdog.setWebProbe([&](std::function<void(bool)> answer) {
        if (answering) {
            answer(alive);
        } else {
            held = std::move(answer); // a hung web engine never answers
        }
    });
    QSignalSpy beats(&watchdog, &Watchdog::beat);
    QSignalSpy missed(&watchdog, &Watchdog::missed);
    watchdog.start(20);
    QTRY_VERIFY(beats.count() >= 3);
    alive = false; // the page answered, but not alive
    const int before = beats.count();
    QTRY_VERIFY(missed.count() >= 2);
    QVERIFY(beats.count() <= before + 1);
    answering = false;
    const int stuck = beats.count();
    QTest::qWait(150);
    QCOMPARE(beats.count(), stuck); // no answer, no beat
    watchdog.stop();
}

void LockdownInputTest::watchdogTellsSystemd()
{
    // A real notify socket, as systemd would give the service.
    QTemporaryDir dir;
    const QByteArray path = QFile::encodeName(dir.filePath(QStringLiteral("notify")));
    const int fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    QVERIFY(fd >= 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    qstrncpy(address.sun_path, path.constData(), sizeof(address.sun_path));
    QVERIFY(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) == 0);
    qputenv("NOTIFY_SOCKET", path);
    qputenv("WATCHDOG_USEC", "100000");
    qputenv("WATCHDOG_PID", QByteArray::number(::getpid()));

    QVERIFY(Watchdog::isRequested());
    QCOMPARE(Watchdog::requestedBeatMs(), 50);
    Watchdog watchdog;
    watchdog.setWebProbe([](std::function<void(bool)> answer) { answer(true); });
    watchdog.notifyReady();
    watchdog.start();
    QSignalSpy beats(&watchdog, &Watchdog::beat);
    QTRY_VERIFY(beats.count() >= 2);
    watchdog.stop();

    QByteArray received;
    char buffer[256];
    ssize_t n = 0;
    while ((n = ::recv(fd, buffer, sizeof(buffer), 0)) > 0) {
        received += QByteArray(buffer, int(n)) + '\n';
    }
    ::close(fd);
    qunsetenv("NOTIFY_SOCKET");
    qunsetenv("WATCHDOG_USEC");
    qunsetenv("WATCHDOG_PID");
    QVERIFY(received.startsWith("READY=1\n"));
    QVERIFY(received.count("WATCHDOG=1") >= 2);
}

QTEST_MAIN(LockdownInputTest)
#include "lockdowninput_test.moc"
