// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kiosk/urlpolicy.h"

#include <QWebEngineUrlRequestInterceptor>

namespace HealthHub::Kiosk {

/**
 * Applies the UrlPolicy to every request a profile makes: pages and frames must be allowed navigations,
 * parts of pages (scripts, images, XHR, WebSockets) allowed parts. Anything else is blocked before it
 * leaves the machine. Runs on the UI thread (Qt 6).
 */
class RequestInterceptor final : public QWebEngineUrlRequestInterceptor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestInterceptor)

public:
    explicit RequestInterceptor(const UrlPolicy &policy, QObject *parent = nullptr);

    void interceptRequest(QWebEngineUrlRequestInfo &info) override;

    /** Every origin (scheme, host, port) a request was allowed to, for the reset verifier. Memory only. */
    QList<QUrl> allowedOrigins() const { return m_origins; }

Q_SIGNALS:
    /** A request was blocked; @p url is reduced to scheme and host, never a path or query. */
    void blocked(const QUrl &url);

private:
    UrlPolicy m_policy;
    QList<QUrl> m_origins;
};

/** @p url reduced to what may be logged or shown: scheme and host (and port), never user, path or query. */
QUrl redactedUrl(const QUrl &url);

} // namespace HealthHub::Kiosk
