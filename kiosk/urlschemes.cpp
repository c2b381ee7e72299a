// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/urlschemes.h"

#include <QWebEngineUrlScheme>

namespace HealthHub::Kiosk {

namespace {
constexpr char kPracticeHost[] = "site";
constexpr char kInternalHost[] = "app";
} // namespace

void registerUrlSchemes()
{
    static bool registered = false;
    if (registered) {
        return;
    }
    registered = true;
    // Host syntax gives each scheme a real origin, so the practice site can use storage like a real site
    // (and the reset probe can check it). SecureScheme makes them secure contexts. Not LocalScheme: local
    // pages may not load their own parts while LocalContentCanAccessFileUrls is off.
    for (const char *name : {kPracticeScheme, kInternalScheme}) {
        QWebEngineUrlScheme scheme(name);
        scheme.setSyntax(QWebEngineUrlScheme::Syntax::Host);
        scheme.setFlags(QWebEngineUrlScheme::SecureScheme | QWebEngineUrlScheme::ServiceWorkersAllowed);
        QWebEngineUrlScheme::registerScheme(scheme);
    }
}

QUrl practiceUrl(const QString &path)
{
    QUrl url;
    url.setScheme(QLatin1String(kPracticeScheme));
    url.setHost(QLatin1String(kPracticeHost));
    url.setPath(QLatin1Char('/') + path);
    return url;
}

QUrl internalUrl(const QString &page, const QUrlQuery &query)
{
    QUrl url;
    url.setScheme(QLatin1String(kInternalScheme));
    url.setHost(QLatin1String(kInternalHost));
    url.setPath(QLatin1Char('/') + page);
    if (!query.isEmpty()) {
        url.setQuery(query);
    }
    return url;
}

} // namespace HealthHub::Kiosk
