// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// Logging categories of the kiosk machinery. Never log a visited URL: a host at most, never a path or query.
Q_DECLARE_LOGGING_CATEGORY(lcWeb)
Q_DECLARE_LOGGING_CATEGORY(lcSession)
Q_DECLARE_LOGGING_CATEGORY(lcLockdown)
Q_DECLARE_LOGGING_CATEGORY(lcWatchdog)
