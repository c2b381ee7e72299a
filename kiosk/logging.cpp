// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/logging.h"

Q_LOGGING_CATEGORY(lcWeb, "healthhub.web", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSession, "healthhub.session", QtInfoMsg)
Q_LOGGING_CATEGORY(lcLockdown, "healthhub.lockdown", QtInfoMsg)
Q_LOGGING_CATEGORY(lcWatchdog, "healthhub.watchdog", QtInfoMsg)
