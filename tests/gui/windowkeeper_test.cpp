// SPDX-License-Identifier: GPL-3.0-or-later
// Regression test for issue 20, item 3: under a window manager a minimise request (the window menu's Iconify, or
// a request from any program) left the bare desktop, and the kiosk never came back. In --kiosk the window now
// puts itself back, full screen and in front (Kiosk::WindowKeeper, made by App::Application). The real main
// window as a kiosk presents it, on the test X server.
#include "core/config/terminalconfig.h"
#include "kiosk/windowkeeper.h"
#include "ui/common/mainwindow.h"

#include <QSignalSpy>
#include <QTest>
#include <QWindow>

using namespace HealthHub;

class WindowKeeperTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void withoutTheKeeperAMinimisedWindowStaysMinimised();
    void minimisedWindowComesBack_data();
    void minimisedWindowComesBack();
    void releasedKeeperLetsTheWindowGo();

private:
    bool isBackInFront() const;

    std::unique_ptr<Ui::MainWindow> m_window;
};

void WindowKeeperTest::init()
{
    Config::TerminalConfig config = Config::TerminalConfig::defaults();
    config.kiosk = true;
    m_window = std::make_unique<Ui::MainWindow>(config);
    m_window->present();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->windowHandle());
    QTRY_VERIFY(m_window->isFullScreen());
}

void WindowKeeperTest::cleanup()
{
    m_window.reset();
}

bool WindowKeeperTest::isBackInFront() const
{
    const Qt::WindowStates state = m_window->windowHandle()->windowStates();
    return m_window->isVisible() && !(state & Qt::WindowMinimized) && (state & Qt::WindowFullScreen) &&
           m_window->isFullScreen();
}

void WindowKeeperTest::withoutTheKeeperAMinimisedWindowStaysMinimised()
{
    // The control: the request really minimises the window as Qt sees it, so the rows below can fail.
    m_window->windowHandle()->showMinimized();
    QTest::qWait(3 * Kiosk::WindowKeeper::kRestoreDelayMs);
    QVERIFY(m_window->windowHandle()->windowStates() & Qt::WindowMinimized);
    QVERIFY(!isBackInFront());
}

void WindowKeeperTest::minimisedWindowComesBack_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("QWindow::showMinimized") << "showMinimized";
    QTest::newRow("setWindowState(minimised)") << "setWindowState";
    QTest::newRow("hidden") << "hide";
    QTest::newRow("no longer full screen") << "showNormal";
}

void WindowKeeperTest::minimisedWindowComesBack()
{
    QFETCH(QString, how);
    Kiosk::WindowKeeper keeper(m_window->windowHandle());
    QSignalSpy restored(&keeper, &Kiosk::WindowKeeper::restored);
    QWindow *window = m_window->windowHandle();
    if (how == QLatin1String("showMinimized")) {
        window->showMinimized();
    } else if (how == QLatin1String("setWindowState")) {
        window->setWindowState(Qt::WindowMinimized);
    } else if (how == QLatin1String("hide")) {
        m_window->hide();
    } else {
        window->showNormal();
    }
    QTRY_VERIFY_WITH_TIMEOUT(restored.count() >= 1, 2000);
    QTRY_VERIFY_WITH_TIMEOUT(isBackInFront(), 2000);
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    // And again: the keeper never gives up.
    window->showMinimized();
    QTRY_VERIFY_WITH_TIMEOUT(restored.count() >= 2, 2000);
    QTRY_VERIFY_WITH_TIMEOUT(isBackInFront(), 2000);
}

void WindowKeeperTest::releasedKeeperLetsTheWindowGo()
{
    Kiosk::WindowKeeper keeper(m_window->windowHandle());
    QSignalSpy restored(&keeper, &Kiosk::WindowKeeper::restored);
    keeper.release(); // as when the application quits
    m_window->hide();
    QTest::qWait(3 * Kiosk::WindowKeeper::kRestoreDelayMs);
    QCOMPARE(restored.count(), 0);
    QVERIFY(!m_window->isVisible());
}

QTEST_MAIN(WindowKeeperTest)
#include "windowkeeper_test.moc"
