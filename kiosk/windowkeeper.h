// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

class QWindow;

namespace HealthHub::Kiosk {

/**
 * Keeps the kiosk's window full screen and in front, whatever the desktop does to it. cage (the deployment) never
 * minimises or covers a window, but a hub may run another desktop, whose window menu (Alt+Space, Iconify) or a
 * minimise request would leave the bare desktop with no way back for the visitor. When the window is minimised,
 * hidden, no longer full screen, or the application loses the focus to another program's window, the keeper puts
 * it back a moment later: full screen, raised, activated. Windows of this program (a dialog, the on-screen
 * keyboard) are not fought. It lets go when the program quits.
 */
class WindowKeeper final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WindowKeeper)

public:
    /** How long after the desktop's change the window is put back (a desktop may do several steps at once). */
    static constexpr int kRestoreDelayMs = 150;

    explicit WindowKeeper(QWindow *window, QObject *parent = nullptr);

    int restoreCount() const { return m_restores; }
    /** Stops keeping the window (the program is leaving on purpose); also done when the application quits. */
    void release();

Q_SIGNALS:
    /** The window was put back full screen and in front. */
    void restored();

private:
    void check();
    bool needsRestoring() const;

    QPointer<QWindow> m_window;
    QTimer m_timer;
    int m_restores = 0;
    bool m_released = false;
};

} // namespace HealthHub::Kiosk
