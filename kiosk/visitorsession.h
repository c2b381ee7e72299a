// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kiosk/idlewatch.h"
#include "kiosk/resetverifier.h"
#include "kiosk/urlpolicy.h"
#include "kiosk/websandbox.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTemporaryDir>

#include <memory>

namespace HealthHub::Config {
class VisitorPreferences;
}

namespace HealthHub::Kiosk {

/**
 * One visitor after another on a shared terminal. Each visitor gets a fresh WebSandbox and temporary
 * folder; the idle watch counts their touches (in the application and in web pages) and pauses while a
 * call, camera, microphone or sound is in use. reset() (Finish, the end of the countdown, or a crashed
 * page) destroys the sandbox (pages first, then the profile), clears the clipboard and selection, deletes
 * the temporary folder, forgets text size, contrast and language, makes the next visitor's sandbox and
 * verifies it with ResetVerifier. A leftover asks for a harder reset: a new web engine process.
 *
 * With setSandboxOnDemand(true) (the visitor kiosk) no sandbox exists until a visitor needs one: the web
 * engine costs more memory than the whole home screen (docs/lockdown.md, "Memory at the home screen").
 * sandboxForVisitor() makes it and verifies it before handing it out; reset() still makes a fresh sandbox
 * to verify the wipe in, then destroys that one too, so the next home screen holds no web profile.
 */
class VisitorSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VisitorSession)

public:
    /** The exit code main() answers by starting the application again (a new web engine process). */
    static constexpr int kRestartExitCode = 75;

    VisitorSession(const UrlPolicy &policy, Config::VisitorPreferences *preferences, qint64 idleMs, qint64 warningMs,
                   QObject *parent = nullptr);
    ~VisitorSession() override;

    /** The current sandbox, or null (none made yet, or on demand between visitors). Never makes one. */
    WebSandbox *sandbox() const { return m_sandbox; }
    /**
     * The sandbox for this visitor's pages. On demand: made (and verified) at the first call, null until
     * it is verified and while a reset runs; sandboxChanged() says when it is ready. Otherwise sandbox().
     */
    WebSandbox *sandboxForVisitor();
    /**
     * Makes no sandbox at start() and none after a reset; sandboxForVisitor() makes one when a page is
     * needed. Set before start(). Off by default (the booth, which calls at once, and the benchmarks).
     */
    void setSandboxOnDemand(bool onDemand) { m_onDemand = onDemand; }
    bool isSandboxOnDemand() const { return m_onDemand; }
    IdleWatch *idleWatch() { return &m_idle; }
    ResetVerifier *verifier() { return &m_verifier; }
    /** This visitor's temporary folder (the profile's download folder); deleted at reset. */
    QString tempPath() const;
    /**
     * Deletes the visitor folders (healthhub-visitor-*) in the temporary folder that an earlier process left
     * (killed, or stopped before its reset): those of this user whose process has ended. Call at start, before
     * any session exists. Returns how many went.
     */
    static int removeLeftoverFolders();

    /** Given to every new sandbox; visitors keep the default, which grants nothing. */
    void setPermissionPolicy(WebSandbox::PermissionPolicy policy);
    /** A call or other use outside web pages that must stop the idle reset (the booth sets it). */
    void setExternalActivity(bool active);

    /**
     * Starts the idle watch and the first visitor's session: its sandbox is made and verified like every
     * later one, unless sandboxes are made on demand (then started() follows at once).
     */
    void start();
    /** Asks the current sandbox's web engine for a sign of life (for the watchdog). */
    void heartbeat(std::function<void(bool alive)> answer) const;
    bool isResetting() const { return m_resetting; }
    /**
     * Failure injection for tests: reset() keeps the old sandbox, as the peer kiosks that left the last
     * visitor signed in did. The verifier must catch it and ask for a hard reset.
     */
    void injectSurvivingSandbox(bool on) { m_injectSurvivor = on; }
    int resetCount() const { return m_resets; }
    /**
     * Qt WebEngine keeps a little of every deleted off-the-record profile in the browser process (see
     * docs/lockdown.md, "Memory over a long day"). After @p sessions resets, the next reset that the idle
     * countdown started (nobody at the terminal) emits restartDue(): the application restarts its web
     * engine. 0 never asks.
     */
    void setRestartAfter(int sessions) { m_restartAfter = sessions; }
    /**
     * Once a visitor has used a web page, this process keeps Qt WebEngine's browser side (about 90 MB) until
     * it ends, even with no profile left (docs/lockdown.md, "Memory at the home screen"). With this on, the
     * next reset that the idle countdown started emits restartDue() after any visitor used the web, so an
     * idle terminal's home screen goes back to its size without a web engine. Off by default.
     */
    void setRestartWhenIdleAfterWeb(bool on) { m_restartAfterWeb = on; }
    /** The next reset the idle countdown starts emits restartDue(), whatever else: a new bundle is waiting. */
    void requestRestartWhenIdle() { m_restartWanted = true; }

public Q_SLOTS:
    /** Finish: wipe everything of this visitor, then verify. resetFinished() or hardResetRequired() follows. */
    void reset();
    /** On demand: make and verify this visitor's sandbox now (Start was pressed), so a page opens at once. */
    void prepareSandbox();

Q_SIGNALS:
    /** Views must let go of their pages now (they are about to be deleted). */
    void aboutToReset();
    /** A new visitor's sandbox exists (on demand: and is verified clean): views bind to it. */
    void sandboxChanged(HealthHub::Kiosk::WebSandbox *sandbox);
    /** The reset is done and verified clean, @p ms after it started. Show "Your details have been removed". */
    void resetFinished(qint64 ms);
    /** start()'s first sandbox was verified clean. */
    void started();
    /** The verifier found leftovers (kinds only); the application must restart its web engine. */
    void hardResetRequired(const QStringList &leftovers);
    /** A page's renderer died; a reset is under way so the visitor gets a clean home screen. */
    void rendererCrashed();
    /** setRestartAfter()'s count is reached and the terminal is idle: restart the web engine now. */
    void restartDue();

private:
    /** What the verifier is checking now. */
    enum class Check { None, First, Reset, OnDemand };

    /** A new sandbox and temporary folder; @p announce emits sandboxChanged() at once. */
    void makeSandbox(bool announce = true);
    void destroySandbox();
    void finishReset(const ResetVerifier::Result &result);
    void watchPage(KioskWebPage *page);
    void updateInhibit();
    void clearClipboard();
    void onVerified(const ResetVerifier::Result &result);

    UrlPolicy m_policy;
    QPointer<Config::VisitorPreferences> m_preferences;
    WebSandbox::PermissionPolicy m_permissionPolicy;
    WebSandbox *m_sandbox = nullptr;
    std::unique_ptr<QTemporaryDir> m_tempDir;
    IdleWatch m_idle;
    ResetVerifier m_verifier;
    QElapsedTimer m_resetClock;
    bool m_resetting = false;
    Check m_check = Check::None;
    bool m_onDemand = false;
    bool m_externalActivity = false;
    bool m_injectSurvivor = false;
    bool m_idleReset = false;
    int m_resets = 0;
    int m_restartAfter = 0;
    bool m_restartAfterWeb = false;
    bool m_restartWanted = false;
    bool m_webStarted = false; ///< a sandbox was made in this process: Qt WebEngine is running
};

} // namespace HealthHub::Kiosk
