// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

namespace HealthHub::Config {
struct TerminalConfig;
class VisitorPreferences;
} // namespace HealthHub::Config

namespace HealthHub::Kiosk {

class VisitorSession;

/**
 * The visitor session each role runs, made from the terminal's configuration in one place: the terminal classes
 * in app/, the tests and the benchmarks all use these, so none of them builds a session its own way.
 */

/** The visitor kiosk's session: allowed health sites, the visitor's preferences, the configured idle times. */
std::unique_ptr<VisitorSession> makeVisitorSession(const Config::TerminalConfig &config,
                                                   Config::VisitorPreferences *preferences);

/** The booth's session: only the allowed video services, the configured idle times. */
std::unique_ptr<VisitorSession> makeBoothSession(const Config::TerminalConfig &config);

} // namespace HealthHub::Kiosk
