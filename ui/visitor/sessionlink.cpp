// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/visitor/sessionlink.h"

#include "kiosk/visitorsession.h"
#include "ui/visitor/visitorshell.h"

#include <QPointer>

namespace HealthHub::Ui {

void linkVisitorSession(VisitorShell *shell, Kiosk::VisitorSession *session)
{
    // Qt WebEngine costs more memory than the whole home screen: no sandbox until a visitor needs one.
    session->setSandboxOnDemand(true);
    shell->setSandboxProvider([session = QPointer<Kiosk::VisitorSession>(session)]() -> Kiosk::WebSandbox * {
        return session ? session->sandboxForVisitor() : nullptr;
    });
    // Start leaves the home screen: the sandbox is made and verified while the visitor chooses a task.
    QObject::connect(shell, &VisitorShell::startRequested, session, &Kiosk::VisitorSession::prepareSandbox);
    QObject::connect(session, &Kiosk::VisitorSession::aboutToReset, shell, &VisitorShell::releaseWebPages);
    QObject::connect(session, &Kiosk::VisitorSession::sandboxChanged, shell, &VisitorShell::webSandboxReady);
    QObject::connect(shell, &VisitorShell::finishRequested, session, &Kiosk::VisitorSession::reset);
    QObject::connect(session, &Kiosk::VisitorSession::resetFinished, shell, &VisitorShell::showDetailsRemoved);
}

} // namespace HealthHub::Ui
