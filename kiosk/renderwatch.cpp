// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/renderwatch.h"

#include "kiosk/logging.h"

#include <QPointer>
#include <QWebEnginePage>
#include <QWebEngineScript>

#include <csignal>

namespace HealthHub::Kiosk {

RenderWatch::RenderWatch(QWebEnginePage *page)
    : QObject(page)
    , m_page(page)
{
    m_timer.setInterval(kPingMs);
    connect(&m_timer, &QTimer::timeout, this, &RenderWatch::ping);
    m_timer.start();
    connect(page, &QWebEnginePage::renderProcessTerminated, this, [this] {
        // A new renderer starts with the next load: nothing is owed by the old one.
        m_outstanding = false;
        m_hung = false;
        if (m_reloadAfterEnd.isValid()) {
            const QUrl url = m_reloadAfterEnd;
            m_reloadAfterEnd.clear();
            QTimer::singleShot(0, m_page, [page = m_page, url] { page->load(url); });
        }
    });
}

void RenderWatch::ping()
{
    if (m_outstanding) {
        if (!m_hung && m_waiting.elapsed() >= kHungAfterMs) {
            m_hung = true;
            qCWarning(lcWeb) << "the web page's renderer has not answered for" << m_waiting.elapsed() << "ms";
            Q_EMIT hung();
        }
        return;
    }
    m_outstanding = true;
    m_waiting.start();
    const quint64 ping = ++m_sent;
    QPointer<RenderWatch> self(this);
    m_page->runJavaScript(QStringLiteral("1"), QWebEngineScript::ApplicationWorld, [self, ping](const QVariant &) {
        if (self) {
            self->onAnswer(ping);
        }
    });
}

void RenderWatch::onAnswer(quint64 ping)
{
    if (ping != m_sent) {
        return; // an answer from before a restart
    }
    m_outstanding = false;
    if (m_hung) {
        m_hung = false;
        qCInfo(lcWeb) << "the web page's renderer answers again";
        Q_EMIT answering();
    }
}

void RenderWatch::restart(const QUrl &url)
{
    const qint64 pid = m_page->renderProcessPid();
    m_outstanding = false;
    m_hung = false;
    ++m_sent; // a late answer from the old renderer does not count
    if (pid <= 0) {
        if (url.isValid()) {
            m_page->load(url);
        }
        return;
    }
    // The renderer is this program's own helper; SIGKILL ends it even while it is stopped. The page sees it end
    // (renderProcessTerminated) and gets a new one with the next load.
    m_endedOnPurpose = true;
    m_reloadAfterEnd = url;
    qCInfo(lcWeb) << "ending the web page's renderer, which stopped answering";
    ::kill(static_cast<pid_t>(pid), SIGKILL);
}

bool RenderWatch::endedOnPurpose()
{
    const bool onPurpose = m_endedOnPurpose;
    m_endedOnPurpose = false;
    return onPurpose;
}

} // namespace HealthHub::Kiosk
