// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/booth/callsession.h"

#include "kiosk/kioskwebpage.h"
#include "kiosk/visitorsession.h"
#include "ui/web/kioskwebview.h"

#include <QLoggingCategory>
#include <QRegularExpression>
#include <QWebEngineSettings>

Q_LOGGING_CATEGORY(lcBooth, "healthhub.booth", QtInfoMsg)

namespace HealthHub::Ui {

namespace {
QUrl originOf(const QUrl &url)
{
    QUrl origin;
    origin.setScheme(url.scheme());
    origin.setHost(url.host().toLower());
    origin.setPort(url.port());
    return origin;
}

bool isCameraOrMicrophone(QWebEnginePage::Feature feature)
{
    return feature == QWebEnginePage::MediaAudioCapture || feature == QWebEnginePage::MediaVideoCapture ||
           feature == QWebEnginePage::MediaAudioVideoCapture;
}
} // namespace

CallSession::CallSession(const Config::TerminalConfig &config, QObject *parent)
    : QObject(parent)
    , m_videoPolicy(config.videoHosts, config.allowLoopback)
{}

CallSession::~CallSession()
{
    end();
}

CallSession::LinkCheck CallSession::checkLink(const QString &typed) const
{
    LinkCheck check;
    QString text = typed.trimmed();
    if (text.isEmpty()) {
        check.refusal = tr("Please type the link from your text message or email.");
        return check;
    }
    static const QRegularExpression space(QStringLiteral("\\s"));
    if (!text.contains(QLatin1String("://")) && text.contains(QLatin1Char('.')) && !text.contains(space)) {
        text.prepend(QStringLiteral("https://")); // people type what they see: "nhs.attendanywhere.com/…"
    }
    const QUrl url(text, QUrl::StrictMode);
    const bool hasScheme = text.contains(QLatin1String("://"));
    if (!url.isValid() || (url.host().isEmpty() && !hasScheme) || text.contains(space)) {
        // A bare code: no service on the list has codes that map to one safe address.
        check.refusal = tr("Please type the whole link from your text message or email.");
        return check;
    }
    if (!url.userInfo().isEmpty() || !m_videoPolicy.allows(url) || Kiosk::UrlPolicy::isInternalScheme(url.scheme())) {
        // Never repeat the link: it may carry a personal code, and the screen may be seen by others.
        check.refusal = tr("This link is not for a video service this room can use. Please ask a volunteer.");
        return check;
    }
    check.url = url;
    return check;
}

Kiosk::WebSandbox::PermissionPolicy CallSession::permissionPolicy(const Kiosk::UrlPolicy &videoPolicy,
                                                                  const QUrl &callOrigin,
                                                                  std::function<QUrl()> currentPageUrl)
{
    const QUrl call = originOf(callOrigin);
    return [videoPolicy, call, currentPageUrl](const QUrl &securityOrigin, QWebEnginePage::Feature feature) {
        if (!isCameraOrMicrophone(feature) || !videoPolicy.allows(securityOrigin)) {
            return false;
        }
        const QUrl asking = originOf(securityOrigin);
        return asking == call || (currentPageUrl && asking == originOf(currentPageUrl()));
    };
}

Kiosk::WebSandbox *CallSession::sandbox() const
{
    return m_active && m_session ? m_session->sandbox() : nullptr;
}

void CallSession::start(const QUrl &url, KioskWebView *view, Kiosk::VisitorSession *session)
{
    end();
    m_session = session;
    m_view = view;
    if (!session->sandbox()) {
        session->start(); // the first sandbox is made now and verified in the background
    }
    QPointer<KioskWebView> guard(view);
    session->setPermissionPolicy(permissionPolicy(
        m_videoPolicy, url, [guard] { return guard && guard->kioskPage() ? guard->kioskPage()->url() : QUrl(); }));
    session->setExternalActivity(true); // no idle reset during a call, even while nobody touches the screen
    view->setSandbox(session->sandbox());
    if (m_videoPolicy.allowsLoopback() && view->kioskPage()) {
        // Test set-ups only ([testing] allow_loopback): a call on loopback has no STUN server, so it needs the
        // local interfaces the kiosk's safe settings hide. On a hub terminal the kiosk's rule stands.
        view->kioskPage()->settings()->setAttribute(QWebEngineSettings::WebRTCPublicInterfacesOnly, false);
    }
    m_active = true;
    qCInfo(lcBooth) << "call started on" << url.host(); // the host only: the path may hold a personal code
    view->open(url);
    Q_EMIT activeChanged(true);
}

void CallSession::end()
{
    if (!m_active) {
        return;
    }
    m_active = false;
    if (m_view) {
        m_view->setSandbox(nullptr); // the page goes now: its camera and microphone stop with it
    }
    if (m_session) {
        m_session->setPermissionPolicy({}); // grants nothing until the next call
        m_session->setExternalActivity(false);
    }
    qCInfo(lcBooth) << "call ended";
    Q_EMIT activeChanged(false);
}

} // namespace HealthHub::Ui
