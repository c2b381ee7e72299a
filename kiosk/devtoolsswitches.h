// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcessEnvironment>
#include <QString>

namespace HealthHub::Kiosk {

/**
 * The web engine's developer tools, switched on from outside the program: QTWEBENGINE_REMOTE_DEBUGGING, or a
 * Chromium switch in QTWEBENGINE_CHROMIUM_FLAGS (--remote-debugging-port, --remote-debugging-pipe,
 * --auto-open-devtools-for-tabs …). Either opens every page of the process, the visitor's and the hidden reset
 * probe's, to anyone who reaches the port, who can then read them and run scripts in them. A kiosk refuses to
 * start with them (App::Application) rather than quietly removing them: an administrator who set them learns
 * at once why they do nothing, and a kiosk never runs in a state its administrator did not mean.
 */
class DevToolsSwitches final
{
    Q_DISABLE_COPY_MOVE(DevToolsSwitches)

public:
    DevToolsSwitches() = delete;

    /** What in @p environment switches developer tools on ("QTWEBENGINE_REMOTE_DEBUGGING", or a flag), or empty. */
    static QString foundIn(const QProcessEnvironment &environment);
    /** The message for an administrator when foundIn() is not empty: what was found and what to do. */
    static QString refusal(const QString &found);
};

} // namespace HealthHub::Kiosk
