// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

namespace HealthHub::Testing {

/**
 * Every process below @p root (children, grandchildren…), read from /proc on Linux: Qt WebEngine's helper
 * processes (zygotes, renderers) for the tests and benchmarks that count or weigh them. Empty elsewhere.
 */
QList<qint64> descendantProcesses(qint64 root);

} // namespace HealthHub::Testing
