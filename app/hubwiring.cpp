// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/hubwiring.h"

#include "kiosk/visitorsession.h"

#include <QCoreApplication>

namespace HealthHub::App {

void reportToHub(HubLink::Link *hub, Kiosk::VisitorSession *session, const QString &bundle)
{
    if (!hub) {
        return;
    }
    HubLink::TerminalStatus status;
    status.version = QCoreApplication::applicationVersion();
    status.bundle = bundle;
    hub->setStatus(status);
    const auto wiped = [hub](bool ok) {
        hub->withdrawHelp(); // the visitor has gone: nobody is waiting any more
        HubLink::TerminalStatus next = hub->status();
        next.lastWipe = {QDateTime::currentDateTimeUtc(), ok};
        hub->setStatus(next);
    };
    QObject::connect(session, &Kiosk::VisitorSession::resetFinished, hub, [wiped] { wiped(true); });
    QObject::connect(session, &Kiosk::VisitorSession::hardResetRequired, hub, [wiped] { wiped(false); });
}

} // namespace HealthHub::App
