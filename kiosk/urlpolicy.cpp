// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/urlpolicy.h"

#include "kiosk/urlschemes.h"

#include <QHostAddress>

namespace HealthHub::Kiosk {

UrlPolicy::UrlPolicy(const QStringList &hostPatterns, bool allowLoopback)
    : m_allowLoopback(allowLoopback)
{
    for (const QString &pattern : hostPatterns) {
        const QString clean = pattern.trimmed().toLower();
        if (!clean.isEmpty() && clean != QLatin1String("*.") && clean != QLatin1String("*")) {
            m_patterns.append(clean);
        }
    }
}

bool UrlPolicy::isLoopbackHost(const QString &host)
{
    if (host == QLatin1String("localhost")) {
        return true;
    }
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool UrlPolicy::isInternalScheme(const QString &scheme)
{
    return scheme == QLatin1String(kPracticeScheme) || scheme == QLatin1String(kInternalScheme);
}

bool UrlPolicy::allowsHost(const QString &host) const
{
    if (host.isEmpty()) {
        return false;
    }
    if (isLoopbackHost(host) && !m_allowLoopback) {
        return false; // a loopback name in the list counts only in a test set-up
    }
    for (const QString &pattern : m_patterns) {
        if (pattern.startsWith(QLatin1String("*."))) {
            // "*.nhs.uk": any name that ends in ".nhs.uk" and has something before it.
            const QStringView suffix = QStringView(pattern).mid(1);
            if (host.size() > suffix.size() && host.endsWith(suffix)) {
                return true;
            }
        } else if (host == pattern) {
            return true;
        }
    }
    return false;
}

bool UrlPolicy::allows(const QUrl &url) const
{
    if (!url.isValid() || !url.userInfo().isEmpty()) {
        return false;
    }
    const QString scheme = url.scheme();
    if (isInternalScheme(scheme)) {
        return true;
    }
    const QString host = url.host().toLower();
    if (scheme == QLatin1String("https")) {
        return allowsHost(host);
    }
    if (scheme == QLatin1String("http")) {
        return m_allowLoopback && isLoopbackHost(host) && allowsHost(host);
    }
    return false; // file:, data:, blob:, javascript:, view-source:, chrome:, qrc:, mailto:, tel:, ...
}

bool UrlPolicy::allowsInitiator(const QUrl &url, const QUrl &initiator)
{
    if (!isInternalScheme(url.scheme()) || initiator.isEmpty()) {
        return true;
    }
    // An opaque origin ("null": a sandboxed frame, a data: page) is a web page's too.
    return isInternalScheme(initiator.scheme());
}

bool UrlPolicy::allowsSubresource(const QUrl &url) const
{
    const QString scheme = url.scheme();
    if (scheme == QLatin1String("data")) {
        return true;
    }
    if (scheme == QLatin1String("blob")) {
        // blob:https://www.nhs.uk/uuid: made by a page of that origin.
        return allows(QUrl(url.path()));
    }
    if (scheme == QLatin1String("wss") || scheme == QLatin1String("ws")) {
        QUrl web = url;
        web.setScheme(scheme == QLatin1String("wss") ? QStringLiteral("https") : QStringLiteral("http"));
        return allows(web);
    }
    return allows(url);
}

} // namespace HealthHub::Kiosk
