// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

namespace HealthHub::Kiosk {

/**
 * Which web addresses a visitor may reach: the one rule used by navigations (main frame and frames), new
 * windows and every request the web engine makes.
 *
 * Host patterns: "nhs.uk" matches that host exactly; "*.nhs.uk" matches any subdomain (not nhs.uk itself).
 * Only https is allowed, except plain http to a listed loopback host (127.0.0.1, localhost) when
 * allowLoopback is set (test set-ups).
 * The application's own schemes, practice: and healthhub:, are always allowed.
 */
class UrlPolicy final
{
public:
    UrlPolicy() = default;
    UrlPolicy(const QStringList &hostPatterns, bool allowLoopback);

    /** True when a page or frame may be navigated to @p url. */
    bool allows(const QUrl &url) const;
    /**
     * True when a page already shown may load @p url as a part (image, script, style, font, XHR,
     * WebSocket). Adds data: and blob: parts, and wss:/ws: where https:/http: would be allowed.
     */
    bool allowsSubresource(const QUrl &url) const;
    /**
     * True unless @p url is one of the application's own pages (practice:, healthhub:) asked for by a web page:
     * they load only as the application's own top-level pages (@p initiator empty: the application asked) or from
     * each other, never from a web origin (a frame, a link, a part, a redirect from an https or http page), where
     * a real website could pass a practice page off as itself or read the reset probe.
     */
    static bool allowsInitiator(const QUrl &url, const QUrl &initiator);
    /** True when @p host (lower case, no port) matches a pattern; a loopback host only with allowLoopback. */
    bool allowsHost(const QString &host) const;

    QStringList hostPatterns() const { return m_patterns; }
    bool allowsLoopback() const { return m_allowLoopback; }

    static bool isLoopbackHost(const QString &host);
    /** practice: and healthhub:, the application's own pages. */
    static bool isInternalScheme(const QString &scheme);

private:
    QStringList m_patterns;
    bool m_allowLoopback = false;
};

} // namespace HealthHub::Kiosk
