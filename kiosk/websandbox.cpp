// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/websandbox.h"

#include "kiosk/internalschemehandler.h"
#include "kiosk/kioskwebpage.h"
#include "kiosk/logging.h"
#include "kiosk/requestinterceptor.h"
#include "kiosk/resourceschemehandler.h"
#include "kiosk/urlschemes.h"

#include <QWebEngineDownloadRequest>
#include <QWebEngineNotification>
#include <QWebEngineProfile>
#include <QWebEngineSettings>

namespace HealthHub::Kiosk {

WebSandbox::WebSandbox(const UrlPolicy &policy, QObject *parent)
    : QObject(parent)
    , m_policy(policy)
{
    // No storage name: off the record, so cookies, storage, cache and visited links live in memory only.
    m_profile = new QWebEngineProfile();
    Q_ASSERT(m_profile->isOffTheRecord());
    m_profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    m_profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    m_profile->setSpellCheckEnabled(false);
    m_profile->setNotificationPresenter([](std::unique_ptr<QWebEngineNotification>) {});
    applySafeSettings(m_profile->settings());

    m_interceptor = new RequestInterceptor(m_policy, this);
    connect(m_interceptor, &RequestInterceptor::blocked, this, &WebSandbox::blocked);
    m_profile->setUrlRequestInterceptor(m_interceptor);
    m_profile->installUrlSchemeHandler(kPracticeScheme,
                                       new ResourceSchemeHandler(QStringLiteral(":/practice"), m_profile));
    m_profile->installUrlSchemeHandler(kInternalScheme, new InternalSchemeHandler(m_profile));
    connect(m_profile, &QWebEngineProfile::downloadRequested, this, &WebSandbox::onDownloadRequested);
}

WebSandbox::~WebSandbox()
{
    // Pages first, then the profile: a profile deleted under a live page keeps its data alive.
    deletePages();
    m_profile->setUrlRequestInterceptor(nullptr);
    delete m_profile;
    m_profile = nullptr;
}

void WebSandbox::applySafeSettings(QWebEngineSettings *settings)
{
    using S = QWebEngineSettings;
    settings->setAttribute(S::JavascriptCanOpenWindows, false);
    settings->setAttribute(S::JavascriptCanAccessClipboard, false);
    settings->setAttribute(S::JavascriptCanPaste, false);
    settings->setAttribute(S::LocalContentCanAccessFileUrls, false);
    settings->setAttribute(S::LocalContentCanAccessRemoteUrls, false);
    settings->setAttribute(S::NavigateOnDropEnabled, false);
    settings->setAttribute(S::PdfViewerEnabled, false);
    settings->setAttribute(S::PluginsEnabled, false);
    settings->setAttribute(S::FullScreenSupportEnabled, false);
    settings->setAttribute(S::ScreenCaptureEnabled, false);
    settings->setAttribute(S::ErrorPageEnabled, false); // no "proceed anyway" links on error pages
    settings->setAttribute(S::AllowRunningInsecureContent, false);
    settings->setAttribute(S::AllowGeolocationOnInsecureOrigins, false);
    settings->setAttribute(S::AllowWindowActivationFromJavaScript, false);
    settings->setAttribute(S::HyperlinkAuditingEnabled, false);
    settings->setAttribute(S::DnsPrefetchEnabled, false);
    settings->setAttribute(S::WebRTCPublicInterfacesOnly, true);
    settings->setAttribute(S::TouchIconsEnabled, false);
    // mailto:, tel:, sms: and app schemes: a visitor's click reaches acceptNavigationRequest (which refuses it
    // and shows the friendly page); with DisallowUnknownUrlSchemes Qt 6.4 drops it before the page is asked.
    // Script-started ones are still dropped by the engine. Nothing ever reaches QDesktopServices, because
    // KioskWebPage::acceptNavigationRequest never accepts a scheme the URL policy does not know.
    settings->setUnknownUrlSchemePolicy(S::AllowUnknownUrlSchemesFromUserInteraction);
}

KioskWebPage *WebSandbox::createPage(QObject *parent)
{
    auto *page = new KioskWebPage(this, parent);
    m_pages.append(page);
    Q_EMIT pageCreated(page);
    return page;
}

QList<KioskWebPage *> WebSandbox::pages() const
{
    QList<KioskWebPage *> alive;
    for (const QPointer<QWebEnginePage> &page : m_pages) {
        if (auto *kioskPage = qobject_cast<KioskWebPage *>(page.data())) {
            alive.append(kioskPage);
        }
    }
    return alive;
}

void WebSandbox::adoptPage(QWebEnginePage *page)
{
    Q_ASSERT(page->profile() == m_profile);
    m_pages.append(page);
}

void WebSandbox::deletePages()
{
    const QList<QPointer<QWebEnginePage>> pages = m_pages;
    m_pages.clear();
    for (const QPointer<QWebEnginePage> &page : pages) {
        delete page.data();
    }
}

void WebSandbox::setPermissionPolicy(PermissionPolicy policy)
{
    m_permissionPolicy = std::move(policy);
}

bool WebSandbox::permits(const QUrl &securityOrigin, QWebEnginePage::Feature feature) const
{
    return m_permissionPolicy && m_permissionPolicy(securityOrigin, feature);
}

bool WebSandbox::decidePermission(const QUrl &securityOrigin, QWebEnginePage::Feature feature)
{
    const bool granted = permits(securityOrigin, feature);
    const QUrl reduced = redactedUrl(securityOrigin);
    qCInfo(lcWeb) << (granted ? "granted" : "denied") << "permission" << int(feature) << "to"
                  << reduced.toDisplayString();
    if (granted) {
        Q_EMIT permissionGranted(reduced, feature);
    } else {
        Q_EMIT permissionDenied(reduced, feature);
    }
    return granted;
}

QList<QUrl> WebSandbox::reachedOrigins() const
{
    return m_interceptor->allowedOrigins();
}

void WebSandbox::reportBlocked(const QUrl &url)
{
    const QUrl reduced = redactedUrl(url);
    qCInfo(lcWeb) << "blocked" << (reduced.host().isEmpty() ? reduced.scheme() : reduced.toDisplayString());
    Q_EMIT blocked(reduced);
}

void WebSandbox::onDownloadRequested(QWebEngineDownloadRequest *download)
{
    // Nothing may be saved on a shared terminal.
    download->cancel();
    qCInfo(lcWeb) << "cancelled a download";
    Q_EMIT downloadBlocked();
}

} // namespace HealthHub::Kiosk
