// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kiosk/kioskwebpage.h"
#include "kiosk/websandbox.h"

#include <QPointer>
#include <QUrl>
#include <QWebEngineView>

namespace HealthHub::Ui {

class PageStoppedNotice;

/**
 * The only web view the application shows. It displays a KioskWebPage bound to a visitor's WebSandbox,
 * and adds what a view must close itself: no context menu, no drag and drop, no window of its own, no
 * developer tools. Rebind it to each new visitor's sandbox with setSandbox(); without one it shows nothing.
 */
class KioskWebView final : public QWebEngineView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KioskWebView)

public:
    explicit KioskWebView(QWidget *parent = nullptr);
    ~KioskWebView() override;

    /** Makes a new page on @p sandbox and shows it (the old page, if any, is deleted). */
    void setSandbox(Kiosk::WebSandbox *sandbox);
    Kiosk::WebSandbox *sandbox() const { return m_sandbox; }
    /** The page shown, or nullptr before setSandbox() or after the sandbox was destroyed. */
    Kiosk::KioskWebPage *kioskPage() const { return m_page; }

    /** Loads @p url when the policy allows it, else shows the blocked page. */
    void open(const QUrl &url);
    /** Where the blocked page's Home goes; empty means homeRequested() only. */
    void setHomeUrl(const QUrl &url) { m_homeUrl = url; }
    /** "This page has stopped working" with Try again and Home, shown while the page's renderer does not answer. */
    PageStoppedNotice *stoppedNotice() const { return m_stopped; }

Q_SIGNALS:
    void homeRequested();

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;
    QWebEngineView *createWindow(QWebEnginePage::WebWindowType type) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void childEvent(QChildEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QPointer<Kiosk::WebSandbox> m_sandbox;
    QPointer<Kiosk::KioskWebPage> m_page;
    QUrl m_homeUrl;
    PageStoppedNotice *m_stopped = nullptr;
};

} // namespace HealthHub::Ui
