// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/windowkeeper.h"

#include "kiosk/logging.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QWindow>

namespace HealthHub::Kiosk {

WindowKeeper::WindowKeeper(QWindow *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kRestoreDelayMs);
    connect(&m_timer, &QTimer::timeout, this, &WindowKeeper::check);
    if (!m_window) {
        return;
    }
    const auto later = [this] {
        m_timer.start();
    };
    connect(m_window, &QWindow::windowStateChanged, this, later);
    connect(m_window, &QWindow::visibleChanged, this, later);
    connect(m_window, &QWindow::activeChanged, this, later);
    connect(qGuiApp, &QGuiApplication::applicationStateChanged, this, later);
    // Quitting hides the window on purpose.
    connect(qApp, &QCoreApplication::aboutToQuit, this, &WindowKeeper::release);
}

void WindowKeeper::release()
{
    m_released = true;
    m_timer.stop();
}

bool WindowKeeper::needsRestoring() const
{
    const Qt::WindowStates state = m_window->windowStates();
    if (!m_window->isVisible() || (state & Qt::WindowMinimized) || !(state & Qt::WindowFullScreen)) {
        return true;
    }
    // Covered by another program: the focus left this application. One of its own windows having the focus (a
    // dialog, a menu) is not a cover.
    return QGuiApplication::applicationState() != Qt::ApplicationActive && !QGuiApplication::focusWindow();
}

void WindowKeeper::check()
{
    if (m_released || !m_window || !needsRestoring()) {
        return;
    }
    qCInfo(lcSession) << "the desktop minimised, hid or covered the kiosk window: putting it back";
    m_window->setWindowStates(Qt::WindowFullScreen);
    m_window->setVisible(true);
    m_window->raise();
    m_window->requestActivate();
    ++m_restores;
    Q_EMIT restored();
}

} // namespace HealthHub::Kiosk
