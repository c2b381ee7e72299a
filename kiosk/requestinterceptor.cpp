// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/requestinterceptor.h"

#include "kiosk/logging.h"

#include <QWebEngineUrlRequestInfo>

namespace HealthHub::Kiosk {

QUrl redactedUrl(const QUrl &url)
{
    QUrl reduced;
    reduced.setScheme(url.scheme());
    reduced.setHost(url.host());
    reduced.setPort(url.port());
    return reduced;
}

RequestInterceptor::RequestInterceptor(const UrlPolicy &policy, QObject *parent)
    : QWebEngineUrlRequestInterceptor(parent)
    , m_policy(policy)
{}

void RequestInterceptor::interceptRequest(QWebEngineUrlRequestInfo &info)
{
    const QUrl url = info.requestUrl();
    const auto type = info.resourceType();
    const bool navigation = type == QWebEngineUrlRequestInfo::ResourceTypeMainFrame ||
                            type == QWebEngineUrlRequestInfo::ResourceTypeSubFrame ||
                            type == QWebEngineUrlRequestInfo::ResourceTypeNavigationPreloadMainFrame ||
                            type == QWebEngineUrlRequestInfo::ResourceTypeNavigationPreloadSubFrame;
    // The application's own pages: never for a web origin, and never by a web server's redirect (their own
    // handlers never redirect).
    const bool redirectedInside = info.navigationType() == QWebEngineUrlRequestInfo::NavigationTypeRedirect &&
                                  UrlPolicy::isInternalScheme(url.scheme());
    const bool allowed = (navigation ? m_policy.allows(url) : m_policy.allowsSubresource(url)) &&
                         UrlPolicy::allowsInitiator(url, info.initiator()) && !redirectedInside;
    if (!allowed) {
        info.block(true);
        const QUrl reduced = redactedUrl(url);
        qCInfo(lcWeb) << "blocked a request to" << reduced.toDisplayString();
        Q_EMIT blocked(reduced);
        return;
    }
    const QUrl origin = redactedUrl(url);
    if (!m_origins.contains(origin)) {
        m_origins.append(origin);
    }
}

} // namespace HealthHub::Kiosk
