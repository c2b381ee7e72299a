// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/hublink/hublink.h"

#include <QObject>

namespace HealthHub::Kiosk {
class VisitorSession;
}

namespace HealthHub::App {

/**
 * A kiosk's or booth's part in the hub, wired the same way for both: its status (version, and the time and result
 * of each verified wipe), and its requests for a volunteer withdrawn whenever the session is reset.
 */
/** @p bundle says which content bundle the terminal runs (empty: the built-in content). */
void reportToHub(HubLink::Link *hub, Kiosk::VisitorSession *session, const QString &bundle = {});

/** The shell's Get a volunteer and I am OK now go to the hub; the hub's answers come back to its help screen. */
template<typename Shell>
void linkHelp(HubLink::Link *hub, Shell *shell)
{
    if (!hub) {
        return; // no hub: the help screen keeps saying "Please ask at the desk"
    }
    QObject::connect(shell, &Shell::helpRequested, hub, &HubLink::Link::requestHelp);
    QObject::connect(shell, &Shell::helpWithdrawn, hub, &HubLink::Link::withdrawHelp);
    QObject::connect(hub, &HubLink::Link::helpProgressChanged, shell, &Shell::setHelpProgress);
}

} // namespace HealthHub::App
