// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/web/kioskwebview.h"

#include "kiosk/kioskwebpage.h"
#include "kiosk/renderwatch.h"
#include "kiosk/websandbox.h"
#include "ui/web/pagestoppednotice.h"

#include <QChildEvent>
#include <QContextMenuEvent>
#include <QEvent>
#include <QResizeEvent>

namespace HealthHub::Ui {

namespace {
bool isDragOrDrop(QEvent::Type type)
{
    return type == QEvent::DragEnter || type == QEvent::DragMove || type == QEvent::Drop || type == QEvent::DragLeave;
}
} // namespace

KioskWebView::KioskWebView(QWidget *parent)
    : QWebEngineView(parent)
{
    setObjectName(QStringLiteral("kioskWebView"));
    setContextMenuPolicy(Qt::NoContextMenu);
    setAcceptDrops(false);
    m_stopped = new PageStoppedNotice(this);
    connect(m_stopped, &PageStoppedNotice::tryAgainRequested, this, [this] {
        m_stopped->hide();
        if (m_page) {
            m_page->renderWatch()->restart(m_page->url());
        }
    });
    connect(m_stopped, &PageStoppedNotice::homeRequested, this, [this] {
        m_stopped->hide();
        if (m_page) {
            m_page->renderWatch()->restart(m_homeUrl);
        }
        Q_EMIT homeRequested();
    });
}

KioskWebView::~KioskWebView()
{
    // The page belongs to its sandbox's lifetime, but a view that goes first must not leave it shown.
    if (m_page) {
        delete m_page.data();
    }
}

void KioskWebView::setSandbox(Kiosk::WebSandbox *sandbox)
{
    if (m_page) {
        delete m_page.data();
    }
    m_sandbox = sandbox;
    if (!sandbox) {
        return;
    }
    m_page = sandbox->createPage(this);
    m_stopped->hide();
    // A renderer that stops answering says nothing: the watch notices, and the visitor is told in plain words.
    connect(m_page->renderWatch(), &Kiosk::RenderWatch::hung, this, [this] {
        m_stopped->setGeometry(rect());
        m_stopped->show();
        m_stopped->raise();
    });
    connect(m_page->renderWatch(), &Kiosk::RenderWatch::answering, m_stopped, &QWidget::hide);
    connect(m_page, &Kiosk::KioskWebPage::homeRequested, this, [this] {
        if (!m_homeUrl.isEmpty()) {
            open(m_homeUrl);
        }
        Q_EMIT homeRequested();
    });
    setPage(m_page);
}

void KioskWebView::resizeEvent(QResizeEvent *event)
{
    QWebEngineView::resizeEvent(event);
    m_stopped->setGeometry(rect());
}

void KioskWebView::open(const QUrl &url)
{
    if (m_page) {
        m_page->open(url);
    }
}

void KioskWebView::contextMenuEvent(QContextMenuEvent *event)
{
    // No menu: its entries (save, view source, inspect, open in new window) are ways out.
    event->accept();
}

QWebEngineView *KioskWebView::createWindow(QWebEnginePage::WebWindowType type)
{
    Q_UNUSED(type)
    return nullptr;
}

void KioskWebView::childEvent(QChildEvent *event)
{
    // The web engine draws into a child widget that receives input, drops included: filter it too.
    if (event->added() && event->child()->isWidgetType() && event->child() != m_stopped) {
        event->child()->installEventFilter(this);
        static_cast<QWidget *>(event->child())->setAcceptDrops(false);
        static_cast<QWidget *>(event->child())->setContextMenuPolicy(Qt::NoContextMenu);
    }
    QWebEngineView::childEvent(event);
}

bool KioskWebView::eventFilter(QObject *watched, QEvent *event)
{
    if (isDragOrDrop(event->type())) {
        event->ignore();
        return true;
    }
    if (event->type() == QEvent::ContextMenu) {
        event->accept();
        return true;
    }
    return QWebEngineView::eventFilter(watched, event);
}

} // namespace HealthHub::Ui
