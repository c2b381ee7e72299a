// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kiosk/urlpolicy.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QWebEnginePage>

#include <functional>

class QWebEngineProfile;
class QWebEngineDownloadRequest;

namespace HealthHub::Kiosk {

class KioskWebPage;
class RequestInterceptor;

/**
 * One visitor's web world: a fresh off-the-record profile (memory only) with the URL policy on every
 * request, safe settings, downloads cancelled, and the practice: and healthhub: schemes. Pages are made
 * with createPage(). Destroying the sandbox deletes its pages first, then the profile, so nothing of the
 * visitor survives it.
 *
 * Permissions (camera, microphone, location, notifications, screen capture…) are denied unless the
 * permission policy grants them; visitors get the default policy, which grants nothing. The video booth
 * sets a policy that grants camera and microphone to allowed video-call origins only.
 */
class WebSandbox final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebSandbox)

public:
    /** Decides one permission request; true grants it. Called on the UI thread. */
    using PermissionPolicy = std::function<bool(const QUrl &securityOrigin, QWebEnginePage::Feature feature)>;

    explicit WebSandbox(const UrlPolicy &policy, QObject *parent = nullptr);
    ~WebSandbox() override;

    QWebEngineProfile *profile() const { return m_profile; }
    const UrlPolicy &policy() const { return m_policy; }

    /** A page on this sandbox's profile, with every lockdown of KioskWebPage. The sandbox deletes it last. */
    KioskWebPage *createPage(QObject *parent = nullptr);
    QList<KioskWebPage *> pages() const;
    /** Deletes every page made here (the first half of destruction; also usable on its own). */
    void deletePages();
    /** Makes the sandbox delete @p page before its profile, like its own pages (for pages of other kinds). */
    void adoptPage(QWebEnginePage *page);

    void setPermissionPolicy(PermissionPolicy policy);
    /** What the permission policy says; false without one. */
    bool permits(const QUrl &securityOrigin, QWebEnginePage::Feature feature) const;
    /** Asks the policy, logs the decision (origin only) and emits permissionGranted or permissionDenied. */
    bool decidePermission(const QUrl &securityOrigin, QWebEnginePage::Feature feature);

    /** Origins (scheme, host, port) this sandbox's pages reached. Memory only; for the reset verifier. */
    QList<QUrl> reachedOrigins() const;

    /** Applies the kiosk's safe settings to a profile's or page's settings object. */
    static void applySafeSettings(class QWebEngineSettings *settings);

    /** Says a blocked thing happened (pages call this so the sandbox is the one place to watch). */
    void reportBlocked(const QUrl &url);

Q_SIGNALS:
    /** createPage() made @p page (the visitor session watches it for media and crashes). */
    void pageCreated(HealthHub::Kiosk::KioskWebPage *page);
    /** A navigation, window or request was refused; @p url is scheme and host only. */
    void blocked(const QUrl &url);
    /** A download was cancelled. */
    void downloadBlocked();
    /** A page asked for a permission and was refused. @p origin is scheme and host only. */
    void permissionDenied(const QUrl &origin, QWebEnginePage::Feature feature);
    void permissionGranted(const QUrl &origin, QWebEnginePage::Feature feature);

private:
    void onDownloadRequested(QWebEngineDownloadRequest *download);

    UrlPolicy m_policy;
    PermissionPolicy m_permissionPolicy;
    QWebEngineProfile *m_profile = nullptr;
    RequestInterceptor *m_interceptor = nullptr;
    QList<QPointer<QWebEnginePage>> m_pages;
};

} // namespace HealthHub::Kiosk
