// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/visitorsession.h"

#include "app/core/visitorpreferences.h"
#include "kiosk/kioskwebpage.h"
#include "kiosk/logging.h"

#include <QClipboard>
#include <QDir>
#include <QGuiApplication>
#include <QTimer>
#include <QWebEngineProfile>

namespace HealthHub::Kiosk {

VisitorSession::VisitorSession(const UrlPolicy &policy, Core::VisitorPreferences *preferences, qint64 idleMs,
                               qint64 warningMs, QObject *parent)
    : QObject(parent)
    , m_policy(policy)
    , m_preferences(preferences)
    , m_idle(idleMs, warningMs)
{
    connect(&m_idle, &IdleWatch::timedOut, this, [this] {
        m_idleReset = !m_resetting;
        reset();
    });
    connect(&m_verifier, &ResetVerifier::finished, this, &VisitorSession::onVerified);
}

VisitorSession::~VisitorSession()
{
    m_idle.stop();
    delete m_sandbox;
}

QString VisitorSession::tempPath() const
{
    return m_tempDir ? m_tempDir->path() : QString();
}

void VisitorSession::setPermissionPolicy(WebSandbox::PermissionPolicy policy)
{
    m_permissionPolicy = std::move(policy);
    if (m_sandbox) {
        m_sandbox->setPermissionPolicy(m_permissionPolicy);
    }
}

void VisitorSession::setExternalActivity(bool active)
{
    m_externalActivity = active;
    updateInhibit();
}

void VisitorSession::start()
{
    if (!m_sandbox) {
        makeSandbox();
        m_starting = true;
        m_verifier.verify(m_sandbox);
    }
    m_idle.start();
}

void VisitorSession::heartbeat(std::function<void(bool alive)> answer) const
{
    QWebEnginePage *page = m_verifier.page();
    if (!page || m_resetting) {
        answer(false);
        return;
    }
    page->runJavaScript(QStringLiteral("1 + 1"), [answer](const QVariant &value) { answer(value.toInt() == 2); });
}

void VisitorSession::makeSandbox()
{
    m_tempDir = std::make_unique<QTemporaryDir>(QDir::temp().filePath(QStringLiteral("healthhub-visitor-XXXXXX")));
    m_sandbox = new WebSandbox(m_policy, this);
    if (m_permissionPolicy) {
        m_sandbox->setPermissionPolicy(m_permissionPolicy);
    }
    if (m_tempDir->isValid()) {
        m_sandbox->profile()->setDownloadPath(m_tempDir->path());
    }
    connect(m_sandbox, &WebSandbox::pageCreated, this, &VisitorSession::watchPage);
    Q_EMIT sandboxChanged(m_sandbox);
}

void VisitorSession::watchPage(KioskWebPage *page)
{
    connect(page, &KioskWebPage::mediaInUseChanged, this, &VisitorSession::updateInhibit);
    connect(page, &QObject::destroyed, this, &VisitorSession::updateInhibit, Qt::QueuedConnection);
    connect(page, &KioskWebPage::rendererCrashed, this, [this] {
        if (m_resetting) {
            return; // pages dying during a reset are expected
        }
        qCWarning(lcSession) << "a web page crashed: starting a clean session";
        Q_EMIT rendererCrashed();
        QTimer::singleShot(0, this, &VisitorSession::reset);
    });
}

void VisitorSession::updateInhibit()
{
    bool inUse = m_externalActivity;
    if (m_sandbox) {
        for (KioskWebPage *page : m_sandbox->pages()) {
            inUse = inUse || page->isMediaInUse();
        }
    }
    m_idle.setInhibited(inUse);
}

void VisitorSession::clearClipboard()
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (!clipboard) {
        return;
    }
    clipboard->clear(QClipboard::Clipboard);
    if (clipboard->supportsSelection()) {
        clipboard->clear(QClipboard::Selection);
    }
    if (clipboard->supportsFindBuffer()) {
        clipboard->clear(QClipboard::FindBuffer);
    }
}

void VisitorSession::reset()
{
    if (m_resetting) {
        return;
    }
    m_resetting = true;
    m_resetClock.start();
    qCInfo(lcSession) << "reset started";
    Q_EMIT aboutToReset();

    // 1. The web world: pages first, then the profile (WebSandbox's destructor keeps that order).
    if (!m_injectSurvivor) {
        delete m_sandbox;
        m_sandbox = nullptr;
    }
    // 2. The clipboard and the selection.
    clearClipboard();
    // 3. Temporary files.
    if (m_tempDir) {
        m_tempDir->remove();
        m_tempDir.reset();
    }
    // 4. Text size, contrast and language.
    if (m_preferences) {
        m_preferences->reset();
    }
    // 5. The next visitor's sandbox, then prove it is clean.
    m_starting = false;
    if (!m_sandbox) {
        makeSandbox();
    }
    m_externalActivity = false;
    m_idle.setInhibited(false);
    m_verifier.verify(m_sandbox);
}

void VisitorSession::onVerified(const ResetVerifier::Result &result)
{
    if (m_starting) {
        m_starting = false;
        if (!result.clean) {
            Q_EMIT hardResetRequired(result.leftovers);
        } else {
            Q_EMIT started();
        }
        return;
    }
    if (!m_resetting) {
        return;
    }
    m_resetting = false;
    ++m_resets;
    const bool idle = m_idleReset;
    m_idleReset = false;
    const qint64 ms = m_resetClock.elapsed();
    if (m_idle.state() != IdleWatch::State::Stopped) {
        m_idle.start(); // a fresh idle period for the next visitor
    }
    if (!result.clean) {
        qCCritical(lcSession) << "reset not clean; leftovers in" << result.leftovers.join(QStringLiteral(", "))
                              << "- a harder reset is needed";
        Q_EMIT hardResetRequired(result.leftovers);
        return;
    }
    qCInfo(lcSession) << "reset finished and verified in" << ms << "ms";
    Q_EMIT resetFinished(ms);
    if (idle && m_restartAfter > 0 && m_resets >= m_restartAfter) {
        qCInfo(lcSession) << m_resets << "sessions since the web engine started and nobody is here: restarting it";
        Q_EMIT restartDue();
    }
}

} // namespace HealthHub::Kiosk
