// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/kioskwebpage.h"

#include "kiosk/logging.h"
#include "kiosk/renderwatch.h"
#include "kiosk/urlpolicy.h"
#include "kiosk/urlschemes.h"
#include "kiosk/websandbox.h"

#include <QTimer>
#include <QWebEngineCertificateError>
#include <QWebEngineClientCertificateSelection>
#include <QWebEngineFileSystemAccessRequest>
#include <QWebEngineFullScreenRequest>
#include <QWebEngineNewWindowRequest>
#include <QWebEngineProfile>
#include <QWebEngineQuotaRequest>
#include <QWebEngineRegisterProtocolHandlerRequest>

namespace HealthHub::Kiosk {

KioskWebPage::KioskWebPage(WebSandbox *sandbox, QObject *parent)
    : QWebEnginePage(sandbox->profile(), parent)
    , m_sandbox(sandbox)
{
    WebSandbox::applySafeSettings(settings());
    connect(this, &QWebEnginePage::featurePermissionRequested, this, &KioskWebPage::onPermissionRequested);
    connect(this, &QWebEnginePage::newWindowRequested, this, &KioskWebPage::onNewWindowRequested);
    connect(this, &QWebEnginePage::fullScreenRequested, this, [this](QWebEngineFullScreenRequest request) {
        request.reject();
        Q_EMIT fullScreenRefused();
    });
    connect(this, &QWebEnginePage::fileSystemAccessRequested, this,
            [](QWebEngineFileSystemAccessRequest request) { request.reject(); });
    connect(this, &QWebEnginePage::registerProtocolHandlerRequested, this,
            [](QWebEngineRegisterProtocolHandlerRequest request) { request.reject(); });
    connect(this, &QWebEnginePage::quotaRequested, this, [](QWebEngineQuotaRequest request) { request.reject(); });
    connect(this, &QWebEnginePage::selectClientCertificate, this,
            [](QWebEngineClientCertificateSelection selection) { selection.selectNone(); });
    connect(this, &QWebEnginePage::certificateError, this, [this](const QWebEngineCertificateError &error) {
        // Never "proceed anyway": a bad certificate ends the visit to that site.
        QWebEngineCertificateError refused = error;
        refused.rejectCertificate();
        if (m_sandbox) {
            m_sandbox->reportBlocked(error.url());
        }
        // The page the visitor asked for: say plainly that it is not available (a frame just stays empty).
        if (error.url().adjusted(QUrl::RemoveFragment) == requestedUrl().adjusted(QUrl::RemoveFragment)) {
            QTimer::singleShot(0, this, &KioskWebPage::showBlocked);
        }
    });
    connect(this, &QWebEnginePage::printRequested, this, [this] {
        qCInfo(lcWeb) << "refused a print request";
        Q_EMIT printRefused();
    });
    m_renderWatch = new RenderWatch(this);
    connect(this, &QWebEnginePage::renderProcessTerminated, this, [this](RenderProcessTerminationStatus status, int) {
        if (m_renderWatch->endedOnPurpose()) {
            return; // a stopped renderer ended for "Try again": the same visitor carries on
        }
        qCWarning(lcWeb) << "the web page's renderer ended, status" << int(status);
        setCaptureInUse(false);
        Q_EMIT rendererCrashed();
    });
    connect(this, &QWebEnginePage::recentlyAudibleChanged, this, &KioskWebPage::updateMediaInUse);
    connect(this, &QWebEnginePage::loadStarted, this, [this] { setCaptureInUse(false); });
    // Some addresses never reach acceptNavigationRequest (view-source:, about:): catch them when shown.
    connect(this, &QWebEnginePage::urlChanged, this, [this](const QUrl &url) {
        if (!url.isEmpty() && m_sandbox && !m_sandbox->policy().allows(url)) {
            m_sandbox->reportBlocked(url);
            QTimer::singleShot(0, this, &KioskWebPage::showBlocked);
        }
    });
    // windowCloseRequested is deliberately not connected: a page cannot close the kiosk's view.
}

KioskWebPage::~KioskWebPage() = default;

bool KioskWebPage::isSafeAction(WebAction action)
{
    switch (action) {
    case Back:
    case Forward:
    case Stop:
    case Reload:
    case Cut:
    case Copy:
    case Paste:
    case Undo:
    case Redo:
    case SelectAll:
    case PasteAndMatchStyle:
    case Unselect:
        return true;
    default: // open in new window, save, download, inspect, view source, print…
        return false;
    }
}

void KioskWebPage::triggerAction(WebAction action, bool checked)
{
    if (!isSafeAction(action)) {
        qCInfo(lcWeb) << "refused web action" << int(action);
        return;
    }
    QWebEnginePage::triggerAction(action, checked);
}

void KioskWebPage::open(const QUrl &url)
{
    if (!m_sandbox || !m_sandbox->policy().allows(url)) {
        if (m_sandbox) {
            m_sandbox->reportBlocked(url);
        }
        showBlocked();
        return;
    }
    load(url);
}

void KioskWebPage::showBlocked()
{
    load(internalUrl(QStringLiteral("blocked")));
}

bool KioskWebPage::isMediaInUse() const
{
    return m_mediaInUse;
}

bool KioskWebPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    if (fromAWebPage(url, type, isMainFrame)) {
        // The application's own pages never open from a website: not in a frame, not by its links or scripts.
        // (The request interceptor refuses them too, by the request's initiator.)
        qCInfo(lcWeb) << "refused an application page asked for by a web page";
        if (m_sandbox) {
            m_sandbox->reportBlocked(url);
        }
        if (isMainFrame) {
            QTimer::singleShot(0, this, &KioskWebPage::showBlocked);
        }
        return false;
    }
    if (url.scheme() == QLatin1String(kInternalScheme)) {
        if (url == internalUrl(QStringLiteral("back"))) {
            QTimer::singleShot(0, this, [this] { QWebEnginePage::triggerAction(Back); });
            return false;
        }
        if (url == internalUrl(QStringLiteral("home"))) {
            QTimer::singleShot(0, this, &KioskWebPage::homeRequested);
            return false;
        }
    }
    if (m_sandbox && m_sandbox->policy().allows(url)) {
        return true;
    }
    if (m_sandbox) {
        m_sandbox->reportBlocked(url);
    }
    if (isMainFrame) {
        QTimer::singleShot(0, this, &KioskWebPage::showBlocked);
    }
    return false;
}

bool KioskWebPage::showsAWebPage() const
{
    return !url().isEmpty() && !UrlPolicy::isInternalScheme(url().scheme());
}

bool KioskWebPage::fromAWebPage(const QUrl &url, NavigationType type, bool isMainFrame) const
{
    if (!UrlPolicy::isInternalScheme(url.scheme())) {
        return false;
    }
    const bool shownIsWeb = showsAWebPage();
    if (!isMainFrame) {
        return shownIsWeb; // a frame of a web page (a practice page may frame its own pages)
    }
    // The application's own loads (typed), history and reload are the application's; a link, form, script or
    // redirect on a web page is the website's.
    const bool pageAsked = type == NavigationTypeLinkClicked || type == NavigationTypeFormSubmitted ||
                           type == NavigationTypeRedirect || type == NavigationTypeOther;
    return shownIsWeb && pageAsked;
}

QWebEnginePage *KioskWebPage::createWindow(WebWindowType type)
{
    Q_UNUSED(type)
    return nullptr; // new windows are handled by onNewWindowRequested: they open in this page, or not at all
}

void KioskWebPage::onNewWindowRequested(QWebEngineNewWindowRequest &request)
{
    const QUrl url = request.requestedUrl();
    if (UrlPolicy::isInternalScheme(url.scheme()) && showsAWebPage()) {
        // A website's new window onto the application's own pages: refused like its links.
        qCInfo(lcWeb) << "refused an application page asked for by a web page";
        if (m_sandbox) {
            m_sandbox->reportBlocked(url);
        }
        QTimer::singleShot(0, this, &KioskWebPage::showBlocked);
        return;
    }
    // Not openIn(): the new page would keep a link to its opener. Load the address here instead.
    QTimer::singleShot(0, this, [this, url] { open(url); });
}

QStringList KioskWebPage::chooseFiles(FileSelectionMode mode, const QStringList &oldFiles,
                                      const QStringList &acceptedMimeTypes)
{
    Q_UNUSED(mode)
    Q_UNUSED(oldFiles)
    Q_UNUSED(acceptedMimeTypes)
    qCInfo(lcWeb) << "refused a file picker";
    Q_EMIT filePickerRefused();
    return {};
}

void KioskWebPage::javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message, int lineNumber,
                                            const QString &sourceID)
{
    // A page's console may hold what the visitor typed: never log it.
    Q_UNUSED(level)
    Q_UNUSED(message)
    Q_UNUSED(lineNumber)
    Q_UNUSED(sourceID)
}

void KioskWebPage::onPermissionRequested(const QUrl &securityOrigin, Feature feature)
{
    const bool granted = m_sandbox && m_sandbox->decidePermission(securityOrigin, feature);
    setFeaturePermission(securityOrigin, feature, granted ? PermissionGrantedByUser : PermissionDeniedByUser);
    if (granted && (feature == MediaAudioCapture || feature == MediaVideoCapture || feature == MediaAudioVideoCapture ||
                    feature == DesktopVideoCapture || feature == DesktopAudioVideoCapture)) {
        setCaptureInUse(true);
    }
}

void KioskWebPage::setCaptureInUse(bool inUse)
{
    m_captureInUse = inUse;
    updateMediaInUse();
}

void KioskWebPage::updateMediaInUse()
{
    const bool inUse = m_captureInUse || recentlyAudible();
    if (inUse != m_mediaInUse) {
        m_mediaInUse = inUse;
        Q_EMIT mediaInUseChanged(inUse);
    }
}

} // namespace HealthHub::Kiosk
