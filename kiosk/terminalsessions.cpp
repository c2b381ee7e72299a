// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/terminalsessions.h"

#include "core/config/terminalconfig.h"
#include "kiosk/urlpolicy.h"
#include "kiosk/visitorsession.h"

namespace HealthHub::Kiosk {

std::unique_ptr<VisitorSession> makeVisitorSession(const Config::TerminalConfig &config,
                                                   Config::VisitorPreferences *preferences)
{
    return std::make_unique<VisitorSession>(UrlPolicy(config.allowedHosts, config.allowLoopback), preferences,
                                            qint64(config.idleSeconds) * 1000, qint64(config.warningSeconds) * 1000);
}

std::unique_ptr<VisitorSession> makeBoothSession(const Config::TerminalConfig &config)
{
    // Camera and microphone are granted only during a call, and only to the video services.
    return std::make_unique<VisitorSession>(UrlPolicy(config.videoHosts, config.allowLoopback), nullptr,
                                            qint64(config.idleSeconds) * 1000, qint64(config.warningSeconds) * 1000);
}

} // namespace HealthHub::Kiosk
