// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace HealthHub::Kiosk {
class VisitorSession;
}

namespace HealthHub::Ui {

class VisitorShell;

/**
 * Joins the visitor kiosk's screens to its visitor session: web pages live in the session's sandbox, made
 * on demand (the home screen holds no web engine; Start warms it while the visitor chooses a task), Finish
 * is the session's reset, and "Your details have been removed" follows its verified end. Call before
 * VisitorSession::start(). App::VisitorTerminal and the tests use this one wiring.
 */
void linkVisitorSession(VisitorShell *shell, Kiosk::VisitorSession *session);

} // namespace HealthHub::Ui
