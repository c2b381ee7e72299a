// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/devtoolsswitches.h"

#include <QStringList>

namespace HealthHub::Kiosk {

namespace {
/**
 * Chromium switches that open developer tools or a debugging channel to the pages, by prefix (each takes a value
 * or has variants: --remote-debugging-port=, --remote-debugging-address=, --remote-debugging-pipe …).
 */
const char *const kSwitches[] = {
    "--remote-debugging", "--auto-open-devtools-for-tabs", "--remote-allow-origins", "--custom-devtools-frontend",
    "--devtools-flags",   "--enable-devtools-experiments",
};
} // namespace

QString DevToolsSwitches::foundIn(const QProcessEnvironment &environment)
{
    if (!environment.value(QStringLiteral("QTWEBENGINE_REMOTE_DEBUGGING")).trimmed().isEmpty()) {
        return QStringLiteral("QTWEBENGINE_REMOTE_DEBUGGING");
    }
    const QString flags = environment.value(QStringLiteral("QTWEBENGINE_CHROMIUM_FLAGS"));
    for (const QString &flag : flags.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        for (const char *name : kSwitches) {
            // Chromium also takes switches written with one dash.
            const QString normalised = flag.startsWith(QLatin1String("--")) ? flag : QLatin1Char('-') + flag;
            if (normalised.startsWith(QLatin1String(name))) {
                return QStringLiteral("QTWEBENGINE_CHROMIUM_FLAGS ") + flag.section(QLatin1Char('='), 0, 0);
            }
        }
    }
    return {};
}

QString DevToolsSwitches::refusal(const QString &found)
{
    return QStringLiteral("kiosk mode will not start with the web engine's developer tools switched on (%1): they "
                          "let anyone who reaches them read the visitor's pages. Remove it from the service's "
                          "environment, or start without --kiosk to debug.")
        .arg(found);
}

} // namespace HealthHub::Kiosk
