// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/inputlockdown.h"

#include "kiosk/logging.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QTouchEvent>
#include <QWindow>

namespace HealthHub::Kiosk {

InputLockdown::InputLockdown(QObject *parent)
    : QObject(parent)
{
    static QElapsedTimer monotonic;
    if (!monotonic.isValid()) {
        monotonic.start();
    }
    m_clock = [] {
        return monotonic.elapsed();
    };
}

InputLockdown::~InputLockdown()
{
    uninstall();
}

void InputLockdown::install()
{
    if (!m_installed) {
        QCoreApplication::instance()->installEventFilter(this);
        m_installed = true;
    }
}

void InputLockdown::protect(QObject *window)
{
    if (window && !m_protected.contains(window)) {
        m_protected.append(window);
        connect(window, &QObject::destroyed, this, [this, window] { m_protected.removeAll(window); });
    }
}

void InputLockdown::uninstall()
{
    if (m_installed) {
        if (auto *app = QCoreApplication::instance()) {
            app->removeEventFilter(this);
        }
        m_installed = false;
    }
}

bool InputLockdown::isBlockedKey(int key, Qt::KeyboardModifiers modifiers)
{
    const Qt::KeyboardModifiers mods =
        modifiers & (Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier | Qt::MetaModifier);
    switch (key) {
    case Qt::Key_F1:  // help
    case Qt::Key_F6:  // address bar
    case Qt::Key_F11: // full screen
    case Qt::Key_F12: // developer tools
    case Qt::Key_Super_L:
    case Qt::Key_Super_R:
    case Qt::Key_Meta:
    case Qt::Key_Menu: // context menu key
        return true;
    case Qt::Key_F4: // Alt+F4 closes the window, Ctrl+F4 a tab
        return mods & (Qt::AltModifier | Qt::ControlModifier);
    default:
        break;
    }
    if (mods & Qt::MetaModifier) {
        return true; // the desktop's own shortcuts
    }
    if (mods == (Qt::ControlModifier | Qt::ShiftModifier) &&
        (key == Qt::Key_I || key == Qt::Key_J || key == Qt::Key_C || key == Qt::Key_Delete)) {
        return true; // developer tools, console, inspect, clear browsing data
    }
    if (mods & Qt::ControlModifier) {
        switch (key) {
        case Qt::Key_W: // close
        case Qt::Key_N: // new window
        case Qt::Key_T: // new tab
        case Qt::Key_O: // open file
        case Qt::Key_S: // save
        case Qt::Key_P: // print
        case Qt::Key_U: // view source
        case Qt::Key_L: // address bar
        case Qt::Key_H: // history
        case Qt::Key_J: // downloads
        case Qt::Key_Q: // quit
            return true;
        default:
            break;
        }
    }
    return false;
}

bool InputLockdown::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::ShortcutOverride:
    case QEvent::KeyPress:
    case QEvent::KeyRelease: {
        auto *key = static_cast<QKeyEvent *>(event);
        if (isBlockedKey(key->key(), key->modifiers())) {
            event->accept(); // a ShortcutOverride accepted here, then the key dropped: no shortcut runs
            if (event->type() == QEvent::KeyPress) {
                qCInfo(lcLockdown) << "swallowed a blocked shortcut";
                Q_EMIT shortcutBlocked();
            }
            return true;
        }
        break;
    }
    case QEvent::Close:
        if (!m_exitAllowed && m_protected.contains(watched)) {
            event->ignore();
            qCInfo(lcLockdown) << "refused a close request";
            Q_EMIT closeRefused();
            return true;
        }
        break;
    case QEvent::MouseButtonPress:
        if (watched->isWindowType()) {
            tap(static_cast<QMouseEvent *>(event)->position());
        }
        break;
    case QEvent::TouchBegin:
        if (watched->isWindowType()) {
            const auto *touch = static_cast<QTouchEvent *>(event);
            if (!touch->points().isEmpty()) {
                tap(touch->points().constFirst().position());
            }
        }
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void InputLockdown::tap(const QPointF &windowPos)
{
    if (windowPos.x() > kCornerPx || windowPos.y() > kCornerPx) {
        m_taps.clear(); // a tap elsewhere breaks the sequence
        return;
    }
    const qint64 now = m_clock();
    m_taps.append(now);
    while (!m_taps.isEmpty() && now - m_taps.constFirst() > kGestureWindowMs) {
        m_taps.removeFirst();
    }
    if (m_taps.size() >= kGestureTaps) {
        m_taps.clear();
        qCInfo(lcLockdown) << "exit gesture made";
        Q_EMIT exitGesture();
    }
}

} // namespace HealthHub::Kiosk
