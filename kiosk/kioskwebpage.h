// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QUrl>
#include <QWebEnginePage>

namespace HealthHub::Kiosk {

class RenderWatch;
class WebSandbox;

/**
 * A web page with every way out closed: navigations and new windows follow the URL policy (a refused one
 * shows the friendly blocked page), new windows open in this page, file pickers, printing, full screen,
 * protocol handlers, file-system access and developer tools are refused, permissions follow the sandbox's
 * permission policy, and only safe editing and history actions run. Made by WebSandbox::createPage().
 */
class KioskWebPage final : public QWebEnginePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KioskWebPage)

public:
    explicit KioskWebPage(WebSandbox *sandbox, QObject *parent = nullptr);
    ~KioskWebPage() override;

    WebSandbox *sandbox() const { return m_sandbox; }
    /** Says when the page's renderer stops answering, and can start it again. */
    RenderWatch *renderWatch() const { return m_renderWatch; }

    /** Loads @p url when the policy allows it; otherwise shows the blocked page. */
    void open(const QUrl &url);
    /** Shows "This page is not available here. Ask a volunteer." with Back and Home. */
    void showBlocked();

    /** True while a camera, microphone or screen capture is granted, or sound is playing. */
    bool isMediaInUse() const;

    /** The web actions a visitor may trigger (history, editing); everything else is ignored. */
    static bool isSafeAction(WebAction action);
    void triggerAction(WebAction action, bool checked = false) override;

Q_SIGNALS:
    /** The blocked page's Home was pressed. */
    void homeRequested();
    void mediaInUseChanged(bool inUse);
    /** The renderer died; the visitor must be given a clean start (see VisitorSession). */
    void rendererCrashed();
    void filePickerRefused();
    void printRefused();
    void fullScreenRefused();

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage *createWindow(WebWindowType type) override;
    QStringList chooseFiles(FileSelectionMode mode, const QStringList &oldFiles,
                            const QStringList &acceptedMimeTypes) override;
    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message, int lineNumber,
                                  const QString &sourceID) override;

private:
    /** The page shows a website (http, https), not one of the application's own pages. */
    bool showsAWebPage() const;
    /** A navigation to one of the application's own pages that a website asked for (see UrlPolicy::allowsInitiator). */
    bool fromAWebPage(const QUrl &url, NavigationType type, bool isMainFrame) const;
    void onPermissionRequested(const QUrl &securityOrigin, Feature feature);
    void onNewWindowRequested(class QWebEngineNewWindowRequest &request);
    void setCaptureInUse(bool inUse);
    void updateMediaInUse();

    QPointer<WebSandbox> m_sandbox;
    RenderWatch *m_renderWatch = nullptr;
    bool m_captureInUse = false;
    bool m_mediaInUse = false;
};

} // namespace HealthHub::Kiosk
