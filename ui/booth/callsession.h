// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/terminalconfig.h"
#include "kiosk/urlpolicy.h"
#include "kiosk/websandbox.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

namespace HealthHub::Ui {

class KioskWebView;

/**
 * One video call in the booth: checks the link the visitor typed, makes a fresh web sandbox that may only
 * reach the allowed video services and grants the camera and microphone to the call's own origin (and to
 * the allowed origin its page moves to, such as a service's video room) and nothing else, and destroys the
 * sandbox when the call ends so nothing of it remains.
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

    explicit CallSession(const Core::TerminalConfig &config, QObject *parent = nullptr);
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

    /** Starts a call to @p url (already checked) in @p view, on a new sandbox. */
    void start(const QUrl &url, KioskWebView *view);
    /** Ends the call: the view lets go of its page and the sandbox is destroyed, releasing camera and mic. */
    void end();
    bool isActive() const { return m_sandbox != nullptr; }
    Kiosk::WebSandbox *sandbox() const { return m_sandbox; }

Q_SIGNALS:
    void activeChanged(bool active);

private:
    Kiosk::UrlPolicy m_videoPolicy;
    QPointer<Kiosk::WebSandbox> m_sandbox;
    QPointer<KioskWebView> m_view;
};

} // namespace HealthHub::Ui
