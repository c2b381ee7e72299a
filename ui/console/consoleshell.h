// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/config/terminalconfig.h"
#include "core/store/store.h"

#include <QWidget>

class QFrame;
class QLabel;
class QVBoxLayout;

namespace HealthHub::Kiosk {
class IdleWatch;
}

namespace HealthHub::Ui {

class ConsoleContext;
class ScreenStack;

/**
 * The volunteer console. Locked first (hub passphrase, or first-run set-up), then each volunteer signs in
 * with name and PIN. While someone is signed in a bar shows who it is, Menu and Lock now; after the
 * configured idle time (with a 20-second warning) the console signs them out by itself, keeping any
 * unfinished session as a draft.
 */
class ConsoleShell final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsoleShell)

public:
    static constexpr int kLockWarningSeconds = 20;

    /** @p context (the terminal's: configuration, store, who is signed in) must outlive the shell. */
    explicit ConsoleShell(ConsoleContext *context, QWidget *parent = nullptr);
    ~ConsoleShell() override;

    ScreenStack *stack() const { return m_stack; }
    ConsoleContext *context() const { return m_context; }
    Kiosk::IdleWatch *idleWatch() const { return m_idle; }
    /**
     * Opens a screen by objectName (for --show). In the demo, a screen behind the lock is opened by
     * unlocking and signing in as the demo hub lead.
     */
    bool showScreen(const QString &objectName);
    QString currentScreen() const;

    /** Signs the volunteer out and shows the sign-in screen (Lock now, and the idle lock). */
    void lockNow();

private:
    void build();
    void buildBar(QVBoxLayout *layout);
    void buildScreens();
    void buildIdleLock();
    void showLockWarning(int seconds);
    void afterUnlock();
    void afterSignIn();
    void open(const QString &objectName);
    void updateBar();

    ConsoleContext *m_context = nullptr;
    ScreenStack *m_stack = nullptr;
    QFrame *m_bar = nullptr;
    QLabel *m_who = nullptr;
    QLabel *m_warning = nullptr;
    Kiosk::IdleWatch *m_idle = nullptr;
};

} // namespace HealthHub::Ui
