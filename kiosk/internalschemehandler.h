// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QWebEngineUrlSchemeHandler>

namespace HealthHub::Kiosk {

/**
 * Serves healthhub://app/<page>: the friendly "not available here" page (built here so its words go through
 * tr()), and the reset probe page with its script (from the kiosk's own resources). Anything else is refused.
 */
class InternalSchemeHandler final : public QWebEngineUrlSchemeHandler
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InternalSchemeHandler)

public:
    explicit InternalSchemeHandler(QObject *parent = nullptr);

    void requestStarted(QWebEngineUrlRequestJob *job) override;

    /** The blocked page's HTML. Back and Home are links to healthhub://app/back and /home. */
    static QByteArray blockedPage();
};

} // namespace HealthHub::Kiosk
