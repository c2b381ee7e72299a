// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/catalogue/contentproblem.h"

namespace HealthHub::Core {

QString ContentProblem::message() const
{
    if (taskId.isEmpty()) {
        return QStringLiteral("%1: %2.").arg(file, problem);
    }
    return QStringLiteral("%1: task \"%2\": %3.").arg(file, taskId, problem);
}

} // namespace HealthHub::Core
