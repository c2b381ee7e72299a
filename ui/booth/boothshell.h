// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/config/terminalconfig.h"
#include "core/hublink/hublink.h"

#include <QDateTime>
#include <QWidget>

class QLabel;
class QLineEdit;
class QTimer;

namespace HealthHub::Bookings {
class BoothBookings;
}

namespace HealthHub::Kiosk {
class IdleWatch;
class VisitorSession;
} // namespace HealthHub::Kiosk

namespace HealthHub::Ui {

class CallSession;
class CheckScreen;
class KioskWebView;
class NavigationBar;
class ScreenStack;

/**
 * The video booth: a welcome with the next booking's countdown and two big choices, the pre-call check,
 * joining by link, the call page with its fixed "Need help" / "End call and clear" bar, and the
 * "This room is free" screen after the call is cleared. The booth is one kiosk visitor session: the call runs
 * in the session's sandbox, the session's idle watch is paused during the check and the call, and "End call
 * and clear" (or Finish, or the idle countdown) is the session's reset, verified before "This room is free".
 */
class BoothShell final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BoothShell)

public:
    /**
     * @p session is the booth's visitor session (Kiosk::makeBoothSession()); it must outlive the shell. The shell
     * starts it after the first frame.
     */
    BoothShell(const Config::TerminalConfig &config, Kiosk::VisitorSession *session, QWidget *parent = nullptr);
    ~BoothShell() override;

    ScreenStack *stack() const { return m_stack; }
    NavigationBar *navigationBar() const { return m_bar; }
    CheckScreen *checkScreen() const { return m_check; }
    CallSession *call() const { return m_call; }
    KioskWebView *callView() const { return m_callView; }
    Kiosk::VisitorSession *visitorSession() const { return m_session; }
    Kiosk::IdleWatch *idleWatch() const;
    bool showScreen(const QString &objectName);

    /** The booth's next booking (from the store when one is open); an invalid time hides it. Shown in local time. */
    void setNextBooking(const QDateTime &start);
    QDateTime nextBooking() const { return m_nextBooking; }
    /**
     * Shows the next booking @p bookings reads from the records (time only), and reads again after each
     * cleared call. Without it, or when it is not enabled, the welcome says nothing about bookings.
     */
    void showBookingsFrom(Bookings::BoothBookings *bookings);
    /** "It starts in 25 minutes." and the like; public for tests. */
    static QString countdownText(const QDateTime &now, const QDateTime &start);

public Q_SLOTS:
    /** Checks the typed link and, when it may be joined, starts the call. False with the reason shown if not. */
    bool join(const QString &typed);
    /**
     * Ends any call, stops the check, clears what was typed, and resets the visitor session: its sandbox
     * goes, the clipboard is cleared, and the next sandbox is verified. "This room is free" shows only once
     * the verifier says the session is clean.
     */
    void clearBooth();
    /** What the help screen and the call's bar say about a request for a volunteer. */
    void setHelpProgress(const HubLink::HelpProgress &progress);

Q_SIGNALS:
    void checkRequested();
    void joinRequested();
    void finishRequested();
    void callStarted();
    /** The call's sandbox is gone, the wipe is verified and the booth is clear for the next person. */
    void boothCleared();
    /** The wipe left something behind (kinds only): the application must restart its web engine. */
    void hardResetRequired(const QStringList &leftovers);
    /** Get a volunteer or Need help: @p where is the screen, never anything typed. */
    void helpRequested(const QString &where);
    /** "I am OK now": the request is withdrawn. */
    void helpWithdrawn();

private:
    /** The idle warning and the session's reset, on the banner and the screens. */
    void connectSession();
    /** The check, the bar and the screens: what each step opens next. */
    void connectNavigation();
    QWidget *buildHome(const Config::TerminalConfig &config);
    QWidget *buildJoin();
    QWidget *buildCall();
    QWidget *buildHelp();
    QWidget *buildFree();
    void updateCountdown();
    void updateBar();
    void updateIdle();
    void onAboutToReset();
    void onResetFinished();

    ScreenStack *m_stack = nullptr;
    NavigationBar *m_bar = nullptr;
    CheckScreen *m_check = nullptr;
    CallSession *m_call = nullptr;
    KioskWebView *m_callView = nullptr;
    Kiosk::VisitorSession *m_session = nullptr;
    QLabel *m_booking = nullptr;
    QLabel *m_countdown = nullptr;
    QLabel *m_idleBanner = nullptr;
    QLabel *m_joinMessage = nullptr;
    QLabel *m_callHelp = nullptr;
    HubLink::HelpProgress m_helpProgress{HubLink::HelpProgress::Stage::Unreachable, {}};
    QLineEdit *m_link = nullptr;
    QTimer *m_countdownTimer = nullptr;
    QDateTime m_nextBooking;
};

} // namespace HealthHub::Ui
