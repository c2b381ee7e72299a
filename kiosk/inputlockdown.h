// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>

#include <functional>

class QKeyEvent;

namespace HealthHub::Kiosk {

/**
 * Kiosk mode's keyboard and window lock, as one application-wide event filter: the shortcuts that could
 * leave, close, print, save, open or inspect are swallowed (in the application and in web pages), and
 * close requests to windows are ignored until a hub lead has unlocked exit. Five taps in the top-left
 * corner of a window within three seconds report the hidden exit gesture (the PIN comes next).
 */
class InputLockdown final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InputLockdown)

public:
    using Clock = std::function<qint64()>; ///< milliseconds, monotonic
    static constexpr int kGestureTaps = 5;
    static constexpr qint64 kGestureWindowMs = 3000;
    static constexpr int kCornerPx = 96;

    explicit InputLockdown(QObject *parent = nullptr);
    ~InputLockdown() override;

    /** Starts filtering every event of the application. */
    void install();
    void uninstall();
    bool isInstalled() const { return m_installed; }

    /** Close requests to @p window (a QWidget window or its QWindow) are refused until exit is allowed. */
    void protect(QObject *window);

    void setClock(Clock clock) { m_clock = std::move(clock); }
    /** After the hub lead's PIN: windows may close again. */
    void setExitAllowed(bool allowed) { m_exitAllowed = allowed; }
    bool isExitAllowed() const { return m_exitAllowed; }

    /** True for a key combination kiosk mode swallows. */
    static bool isBlockedKey(int key, Qt::KeyboardModifiers modifiers);

Q_SIGNALS:
    void shortcutBlocked();
    void closeRefused();
    /** The hidden exit gesture was made: ask for the hub lead's PIN. */
    void exitGesture();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void tap(const QPointF &windowPos);

    Clock m_clock;
    QList<qint64> m_taps;
    QList<QObject *> m_protected;
    bool m_installed = false;
    bool m_exitAllowed = false;
};

} // namespace HealthHub::Kiosk
