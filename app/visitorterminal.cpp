// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/visitorterminal.h"

#include "app/fleet.h"
#include "app/hubwiring.h"
#include "app/sessionsupervisor.h"
#include "core/config/terminalconfig.h"
#include "kiosk/terminalsessions.h"
#include "kiosk/visitorsession.h"
#include "ui/common/screenstack.h"
#include "ui/visitor/idleoverlay.h"
#include "ui/visitor/sessionlink.h"
#include "ui/visitor/visitorshell.h"

#include <QTimer>

namespace HealthHub::App {

VisitorTerminal::VisitorTerminal(const TerminalContext &context, QObject *parent)
    : Terminal(parent)
    , m_warningSeconds(context.config.warningSeconds)
    // A broken guide is logged and left out.
    , m_catalogue(Catalogue::Catalogue::load(Catalogue::Catalogue::sourcesFor(context.config.contentDir)))
    , m_session(Kiosk::makeVisitorSession(context.config, context.preferences))
{
    m_shell = new Ui::VisitorShell(context.config, context.preferences, &m_catalogue);
    // Anonymous counts of guides opened and finished, only while a records store is open on this terminal.
    // Visitor terminals open none, so nothing is counted there (docs/content-format.md).
    connect(m_shell, &Ui::VisitorShell::taskOpened, this, [this](const QString &id) { m_usage.opened(id); });
    connect(m_shell, &Ui::VisitorShell::taskFinished, this, [this](const QString &id) { m_usage.finished(id); });
    m_idleOverlay = new Ui::IdleOverlay(m_session->idleWatch(), m_shell);
    // Web pages in the session's sandbox, made on demand; Finish wipes it and verifies the wipe.
    Ui::linkVisitorSession(m_shell, m_session.get());
    // Get a volunteer reaches the console through the hub, and the console sees each verified wipe.
    m_fleet = new Fleet(context.config, this);
    linkHelp(context.hub, m_shell);
    reportToHub(context.hub, m_session.get(), m_fleet->isEnabled() ? m_fleet->describe() : QString());
    m_supervisor = new SessionSupervisor(m_session.get(), this);
    m_supervisor->setRestartPolicy(context.config.restartAfterSessions, context.config.kiosk);
    connect(m_supervisor, &SessionSupervisor::restartRequested, this, &Terminal::restartRequested);
    connect(m_supervisor, &SessionSupervisor::stopped, this, &Terminal::stopped);
}

// The shell (owned by the window) goes before the session it shows.
VisitorTerminal::~VisitorTerminal() = default;

QWidget *VisitorTerminal::takeShell()
{
    return m_shell;
}

bool VisitorTerminal::showScreen(const QString &objectName)
{
    if (objectName == QLatin1String("idleWarning")) {
        QTimer::singleShot(0, m_idleOverlay, [this] { m_idleOverlay->showCountdown(m_warningSeconds); });
        return true;
    }
    return m_shell->showScreen(objectName);
}

void VisitorTerminal::start(Kiosk::Watchdog *watchdog)
{
    m_supervisor->superviseWith(watchdog);
    // A newer bundle is looked for only at the home screen with nobody using the web, and swapped in by a restart
    // when nobody is here: at once if the kiosk is idle at home, else after the next idle reset.
    const auto idleAtHome = [this] {
        return m_shell->stack()->currentWidget()->objectName() == QLatin1String("visitorHome") && !m_session->sandbox();
    };
    connect(m_fleet, &Fleet::staged, this, [this, idleAtHome] {
        if (idleAtHome()) {
            Q_EMIT restartRequested();
        } else {
            m_session->requestRestartWhenIdle();
        }
    });
    m_fleet->start(idleAtHome);
    // After the first frame. The web engine is not started here: it would cost more memory than the whole home
    // screen, so it starts when a visitor presses Start (docs/lockdown.md, "Memory at the home screen").
    QTimer::singleShot(0, m_session.get(), &Kiosk::VisitorSession::start);
}

void VisitorTerminal::stop()
{
    m_supervisor->wipeAndStop();
}

} // namespace HealthHub::App
