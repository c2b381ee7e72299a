// SPDX-License-Identifier: GPL-3.0-or-later
// Leaving kiosk mode on real widgets: the hidden gesture (five taps in the top-left corner) through the
// application's input, then PINs typed on the touch keypad. A fake clock drives the five-minute lock.

#include "core/hubrecords/exitpin.h"
#include "kiosk/exitpingate.h"
#include "kiosk/inputlockdown.h"
#include "ui/common/exitpinscreen.h"
#include "ui/common/pinkeypad.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QWindow>

using namespace HealthHub;
using Kiosk::ExitPinGate;

class ExitPinScreenTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void gestureOpensTheKeypadAndTheRightPinLeaves();
    void wrongPinsSayNoThenLockForFiveMinutes();
    void withoutAHashOnlyAnAdministratorCanLeave();
    void noTouchFor30SecondsGoesBack();
    void backKeepsKioskMode();

private:
    void gesture();
    void type(const QByteArray &digits, bool ok = true);
    QString message() const;

    QByteArray m_hash;
    qint64 m_now = 0;
    std::unique_ptr<QWidget> m_window;
    std::unique_ptr<Kiosk::InputLockdown> m_lockdown;
    std::unique_ptr<ExitPinGate> m_gate;
    Ui::ExitPinScreen *m_screen = nullptr;
};

void ExitPinScreenTest::initTestCase()
{
    m_hash = HubRecords::ExitPin::hash("482913");
    QVERIFY(!m_hash.isEmpty());
}

void ExitPinScreenTest::init()
{
    m_now = 10000;
    m_window = std::make_unique<QWidget>();
    m_window->resize(1280, 800);
    m_lockdown = std::make_unique<Kiosk::InputLockdown>();
    m_lockdown->setClock([this] { return m_now; });
    m_lockdown->install();
    m_lockdown->protect(m_window.get());
    m_gate = std::make_unique<ExitPinGate>(m_hash);
    m_gate->setClock([this] { return m_now; });
    m_screen = new Ui::ExitPinScreen(m_gate.get(), m_window.get());
    connect(m_lockdown.get(), &Kiosk::InputLockdown::exitGesture, m_screen, &Ui::ExitPinScreen::open);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void ExitPinScreenTest::cleanup()
{
    m_lockdown->uninstall();
    m_window.reset(); // deletes the screen
    m_screen = nullptr;
    m_gate.reset();
    m_lockdown.reset();
}

void ExitPinScreenTest::gesture()
{
    for (int i = 0; i < Kiosk::InputLockdown::kGestureTaps; ++i) {
        QTest::mouseClick(m_window->windowHandle(), Qt::LeftButton, Qt::NoModifier, QPoint(24, 24));
        m_now += 400;
    }
}

void ExitPinScreenTest::type(const QByteArray &digits, bool ok)
{
    for (const char digit : digits) {
        auto *key = m_screen->findChild<QPushButton *>(QStringLiteral("keypad%1").arg(QLatin1Char(digit)));
        QVERIFY(key);
        QVERIFY(key->isVisible());
        QTest::mouseClick(key, Qt::LeftButton);
    }
    if (ok) {
        QTest::mouseClick(m_screen->findChild<QPushButton *>(QStringLiteral("keypadOk")), Qt::LeftButton);
    }
}

QString ExitPinScreenTest::message() const
{
    return m_screen->findChild<QLabel *>(QStringLiteral("exitPinMessage"))->text();
}

void ExitPinScreenTest::gestureOpensTheKeypadAndTheRightPinLeaves()
{
    QVERIFY(!m_screen->isVisible());
    QTest::mouseClick(m_window->windowHandle(), Qt::LeftButton, Qt::NoModifier, QPoint(24, 24));
    QVERIFY(!m_screen->isVisible()); // one tap is not the gesture
    gesture();
    QVERIFY(m_screen->isVisible());
    QCOMPARE(m_screen->geometry(), m_window->rect());
    QVERIFY(m_screen->findChild<QWidget *>(QStringLiteral("pinKeypad"))->isVisible());
    const auto *key = m_screen->findChild<QPushButton *>(QStringLiteral("keypad5"));
    QVERIFY(key->width() >= 72 && key->height() >= 72);

    // The digits show as dots only; Delete takes one back.
    type("4829", false);
    QCOMPARE(m_screen->findChild<QLabel *>(QStringLiteral("exitPinDots"))->text(), QString(4, QChar(0x25CF)));
    QTest::mouseClick(m_screen->findChild<QPushButton *>(QStringLiteral("keypadDelete")), Qt::LeftButton);
    QCOMPARE(m_screen->findChild<QLabel *>(QStringLiteral("exitPinDots"))->text(), QString(3, QChar(0x25CF)));
    QTest::mouseClick(m_screen->findChild<QPushButton *>(QStringLiteral("keypadOk")), Qt::LeftButton);
    QCOMPARE(message(), QStringLiteral("Type 4 to 8 digits, then touch OK."));

    QSignalSpy authorised(m_screen, &Ui::ExitPinScreen::exitAuthorised);
    type("913");
    QCOMPARE(authorised.count(), 1);
    QVERIFY(!m_screen->isVisible());
}

void ExitPinScreenTest::wrongPinsSayNoThenLockForFiveMinutes()
{
    QSignalSpy authorised(m_screen, &Ui::ExitPinScreen::exitAuthorised);
    gesture();
    QVERIFY(m_screen->isVisible());
    type("1111");
    QCOMPARE(message(), QStringLiteral("That PIN is not right. Try again."));
    QCOMPARE(m_screen->findChild<QLabel *>(QStringLiteral("exitPinDots"))->text().trimmed(), QString());
    for (int i = 0; i < 4; ++i) {
        type("2222");
    }
    QCOMPARE(message(), QStringLiteral("Too many wrong PINs. Try again in 5 minutes."));
    QVERIFY(!m_screen->findChild<QPushButton *>(QStringLiteral("keypad4"))->isEnabled());

    // Locked even when opened again, and the right PIN is not checked.
    m_screen->dismiss();
    gesture();
    QCOMPARE(message(), QStringLiteral("Too many wrong PINs. Try again in 5 minutes."));
    m_now += 4 * 60 * 1000;
    m_screen->dismiss();
    gesture();
    QCOMPARE(message(), QStringLiteral("Too many wrong PINs. Try again in 1 minute."));
    QCOMPARE(authorised.count(), 0);

    // Five minutes on, the keypad works again.
    m_now += 60 * 1000;
    m_screen->dismiss();
    gesture();
    QVERIFY(m_screen->findChild<QPushButton *>(QStringLiteral("keypad4"))->isEnabled());
    QCOMPARE(message(), QString());
    type("482913");
    QCOMPARE(authorised.count(), 1);
}

void ExitPinScreenTest::withoutAHashOnlyAnAdministratorCanLeave()
{
    ExitPinGate none;
    auto *screen = new Ui::ExitPinScreen(&none, m_window.get());
    disconnect(m_lockdown.get(), nullptr, m_screen, nullptr);
    connect(m_lockdown.get(), &Kiosk::InputLockdown::exitGesture, screen, &Ui::ExitPinScreen::open);
    gesture();
    QVERIFY(screen->isVisible());
    QCOMPARE(screen->findChild<QLabel *>(QStringLiteral("exitPinLead"))->text(),
             QStringLiteral("Kiosk mode can only be left by an administrator at the computer."));
    QVERIFY(!screen->findChild<QWidget *>(QStringLiteral("pinKeypad"))->isVisible());
    QTest::mouseClick(screen->findChild<QPushButton *>(QStringLiteral("exitPinBack")), Qt::LeftButton);
    QVERIFY(!screen->isVisible());
    delete screen;
}

void ExitPinScreenTest::noTouchFor30SecondsGoesBack()
{
    QCOMPARE(m_screen->inactivityMs(), 30000);
    m_screen->setInactivityMs(300);
    QSignalSpy closed(m_screen, &Ui::ExitPinScreen::closed);
    gesture();
    type("48", false);
    QVERIFY(m_screen->isVisible());
    QVERIFY(closed.wait(5000));
    QVERIFY(!m_screen->isVisible());
    // The typed digits went with it.
    gesture();
    QCOMPARE(m_screen->findChild<QLabel *>(QStringLiteral("exitPinDots"))->text().trimmed(), QString());
}

void ExitPinScreenTest::backKeepsKioskMode()
{
    QSignalSpy authorised(m_screen, &Ui::ExitPinScreen::exitAuthorised);
    gesture();
    QTest::mouseClick(m_screen->findChild<QPushButton *>(QStringLiteral("exitPinBack")), Qt::LeftButton);
    QVERIFY(!m_screen->isVisible());
    QCOMPARE(authorised.count(), 0);
    QVERIFY(!m_window->close()); // the lockdown still refuses to close the window
    QVERIFY(m_window->isVisible());
}

QTEST_MAIN(ExitPinScreenTest)
#include "exitpinscreen_test.moc"
