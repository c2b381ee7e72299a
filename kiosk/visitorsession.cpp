// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/visitorsession.h"

#include "core/config/visitorpreferences.h"
#include "kiosk/kioskwebpage.h"
#include "kiosk/logging.h"

#include <QClipboard>
#include <QDir>
#include <QGuiApplication>
#include <QTimer>
#include <QWebEngineProfile>

#include <signal.h>
#include <unistd.h>

#include <cerrno>

namespace HealthHub::Kiosk {

VisitorSession::VisitorSession(const UrlPolicy &policy, Config::VisitorPreferences *preferences, qint64 idleMs,
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

namespace {
/** The visitor folders' names: the owning process's id, so a later process knows which ones are left over. */
const QString kFolderPrefix = QStringLiteral("healthhub-visitor-");

/** The process that made the folder @p name, or 0 for names without one (made before the id was in them). */
qint64 folderOwner(const QString &name)
{
    const QStringList parts = name.mid(kFolderPrefix.size()).split(QLatin1Char('-'));
    bool ok = false;
    const qint64 pid = parts.size() == 2 ? parts.constFirst().toLongLong(&ok) : 0;
    return ok ? pid : 0;
}

bool processIsAlive(qint64 pid)
{
    // EPERM: it exists, as another user's process.
    return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
}
} // namespace

int VisitorSession::removeLeftoverFolders()
{
    int removed = 0;
    const QFileInfoList folders = QDir::temp().entryInfoList({kFolderPrefix + QLatin1Char('*')},
                                                             QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
    for (const QFileInfo &folder : folders) {
        if (folder.isSymLink() || folder.ownerId() != ::getuid()) {
            continue;
        }
        const qint64 owner = folderOwner(folder.fileName());
        if (owner > 0 && owner != ::getpid() && processIsAlive(owner)) {
            continue; // another running kiosk's visitor (a developer's second instance)
        }
        if (QDir(folder.filePath()).removeRecursively()) {
            ++removed;
        } else {
            qCWarning(lcSession) << "could not remove a visitor folder an earlier process left";
        }
    }
    if (removed > 0) {
        qCInfo(lcSession) << "removed" << removed << "visitor folder(s) an earlier process left";
    }
    return removed;
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
    if (m_onDemand) {
        // Nothing of the web engine at the home screen: the first page (or Start) asks for a sandbox.
        QMetaObject::invokeMethod(this, &VisitorSession::started, Qt::QueuedConnection);
    } else if (!m_sandbox) {
        makeSandbox();
        m_check = Check::First;
        m_verifier.verify(m_sandbox);
    }
    m_idle.start();
}

WebSandbox *VisitorSession::sandboxForVisitor()
{
    if (!m_onDemand) {
        return m_sandbox;
    }
    if (m_resetting) {
        return nullptr; // the last visitor's wipe is still being verified
    }
    if (!m_sandbox) {
        // Verified before anyone's page uses it, as every sandbox is: a page loading at the same time would
        // add its own cookies to the count.
        makeSandbox(false);
        m_check = Check::OnDemand;
        m_verifier.verify(m_sandbox);
    }
    return m_check == Check::OnDemand ? nullptr : m_sandbox;
}

void VisitorSession::prepareSandbox()
{
    sandboxForVisitor();
}

void VisitorSession::heartbeat(std::function<void(bool alive)> answer) const
{
    if (!m_sandbox && !m_resetting) {
        // No web engine is in use (on demand, between visitors): the watchdog's event-loop round trip is the
        // whole check. A stuck engine shows when the next sandbox's verification times out.
        answer(true);
        return;
    }
    QWebEnginePage *page = m_verifier.page();
    if (!page || m_resetting) {
        answer(false);
        return;
    }
    page->runJavaScript(QStringLiteral("1 + 1"), [answer](const QVariant &value) { answer(value.toInt() == 2); });
}

void VisitorSession::makeSandbox(bool announce)
{
    m_webStarted = true;
    m_tempDir = std::make_unique<QTemporaryDir>(
        QDir::temp().filePath(kFolderPrefix + QString::number(::getpid()) + QStringLiteral("-XXXXXX")));
    m_sandbox = new WebSandbox(m_policy, this);
    if (m_permissionPolicy) {
        m_sandbox->setPermissionPolicy(m_permissionPolicy);
    }
    if (m_tempDir->isValid()) {
        m_sandbox->profile()->setDownloadPath(m_tempDir->path());
    }
    connect(m_sandbox, &WebSandbox::pageCreated, this, &VisitorSession::watchPage);
    if (announce) {
        Q_EMIT sandboxChanged(m_sandbox);
    }
}

void VisitorSession::destroySandbox()
{
    delete m_sandbox; // pages first, then the profile
    m_sandbox = nullptr;
    if (m_tempDir) {
        m_tempDir->remove();
        m_tempDir.reset();
    }
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
    const bool hadSandbox = m_sandbox != nullptr;
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
    m_externalActivity = false;
    m_idle.setInhibited(false);
    if (m_onDemand && !hadSandbox) {
        // This visitor had no web page, so no profile of theirs exists to wipe or check (the last visitor's
        // was checked at the last reset). The home screen stays without a web engine.
        m_check = Check::None;
        QMetaObject::invokeMethod(
            this,
            [this] {
                ResetVerifier::Result nothingToCheck;
                nothingToCheck.clean = true;
                finishReset(nothingToCheck);
            },
            Qt::QueuedConnection);
        return;
    }
    // 5. A fresh sandbox, then prove it is clean. It is the next visitor's, or on demand only the proof: it
    // is destroyed once verified, and nobody's pages are made in it.
    if (!m_sandbox) {
        makeSandbox(!m_onDemand);
    }
    m_check = Check::Reset;
    m_verifier.verify(m_sandbox);
}

void VisitorSession::onVerified(const ResetVerifier::Result &result)
{
    const Check check = m_check;
    m_check = Check::None;
    switch (check) {
    case Check::None:
        return;
    case Check::First:
        if (!result.clean) {
            Q_EMIT hardResetRequired(result.leftovers);
        } else {
            Q_EMIT started();
        }
        return;
    case Check::OnDemand:
        if (!result.clean) {
            qCCritical(lcSession) << "a new sandbox was not clean; leftovers in"
                                  << result.leftovers.join(QStringLiteral(", ")) << "- a harder reset is needed";
            Q_EMIT hardResetRequired(result.leftovers);
            return;
        }
        qCInfo(lcSession) << "the visitor's sandbox is made and verified in" << result.elapsedMs << "ms";
        Q_EMIT sandboxChanged(m_sandbox);
        return;
    case Check::Reset:
        break;
    }
    if (!m_resetting) {
        return;
    }
    if (m_onDemand) {
        // The sandbox was made only to prove the wipe: destroy it too, once the probe's callback has returned
        // (the probe page is one of its pages).
        QMetaObject::invokeMethod(
            this,
            [this, result] {
                destroySandbox();
                finishReset(result);
            },
            Qt::QueuedConnection);
        return;
    }
    finishReset(result);
}

void VisitorSession::finishReset(const ResetVerifier::Result &result)
{
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
    qCInfo(lcSession) << "reset finished in" << ms << "ms;"
                      << (result.checked.isEmpty() ? "no web profile to check" : "verified clean");
    Q_EMIT resetFinished(ms);
    if (!idle) {
        return; // someone may be at the terminal: never restart under them
    }
    if (m_restartWanted) {
        qCInfo(lcSession) << "a restart was asked for (a new bundle) and nobody is here: restarting";
        Q_EMIT restartDue();
    } else if (m_restartAfter > 0 && m_resets >= m_restartAfter) {
        qCInfo(lcSession) << m_resets << "sessions since the web engine started and nobody is here: restarting it";
        Q_EMIT restartDue();
    } else if (m_restartAfterWeb && m_webStarted) {
        qCInfo(lcSession) << "the web engine was used and nobody is here: restarting without it";
        Q_EMIT restartDue();
    }
}

} // namespace HealthHub::Kiosk
