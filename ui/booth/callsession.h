// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/config/terminalconfig.h"
#include "kiosk/urlpolicy.h"
#include "kiosk/websandbox.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

namespace HealthHub::Kiosk {
class VisitorSession;
}

namespace HealthHub::Ui {

class KioskWebView;

/**
 * One video call in the booth: checks the link the visitor typed, and opens the call in the kiosk visitor
 * session's sandbox (which may only reach the allowed video services), granting the camera and microphone to
 * the call's own origin (and to the allowed origin its page moves to, such as a service's video room) and
 * nothing else. The idle reset is paused while the call is on. Clearing the call away is the session's reset,
 * which destroys the sandbox and verifies that nothing of it remains.
 */
class CallSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallSession)

public:
    /** What the booth makes of a typed link: an address to open, or a plain refusal that names nothing typed. */
    struct LinkCheck
    {
        QUrl url;        ///< valid when the link may be joined
        QString refusal; ///< visitor-facing words when it may not
        bool ok() const { return url.isValid() && refusal.isEmpty(); }
    };

    explicit CallSession(const Config::TerminalConfig &config, QObject *parent = nullptr);
    ~CallSession() override;

    const Kiosk::UrlPolicy &videoPolicy() const { return m_videoPolicy; }

    /**
     * Accepts a full https link on an allowed video host. A link typed without "https://" gets it added.
     * Anything else is refused: a bare code ("Please type the whole link…"), another site, plain http,
     * or a link with a user name in it.
     */
    LinkCheck checkLink(const QString &typed) const;

    /**
     * The booth's permission rule: camera and microphone (not screen capture, not anything else) to an
     * origin on the video list that is either @p callOrigin or the origin the page now shows.
     */
    static Kiosk::WebSandbox::PermissionPolicy
    permissionPolicy(const Kiosk::UrlPolicy &videoPolicy, const QUrl &callOrigin, std::function<QUrl()> currentPageUrl);

    /**
     * Starts a call to @p url (already checked) in @p view, on @p session's current sandbox: the session's
     * permission policy grants the camera and microphone to this call only, and its idle reset is paused.
     */
    void start(const QUrl &url, KioskWebView *view, Kiosk::VisitorSession *session);
    /**
     * Ends the call: the view lets go of its page (which stops the camera and microphone), the session's
     * permission policy grants nothing again and its idle reset runs again. The session's reset, which
     * follows, destroys the sandbox and verifies it.
     */
    void end();
    bool isActive() const { return m_active; }
    /** The sandbox the call runs in (the session's), or null when no call is on. */
    Kiosk::WebSandbox *sandbox() const;

Q_SIGNALS:
    void activeChanged(bool active);

private:
    Kiosk::UrlPolicy m_videoPolicy;
    QPointer<Kiosk::VisitorSession> m_session;
    QPointer<KioskWebView> m_view;
    bool m_active = false;
};

} // namespace HealthHub::Ui
