// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/catalogue/contentproblem.h"

namespace HealthHub::Catalogue {

QString ContentProblem::message() const
{
    if (taskId.isEmpty()) {
        return QStringLiteral("%1: %2.").arg(file, problem);
    }
    return QStringLiteral("%1: task \"%2\": %3.").arg(file, taskId, problem);
}

} // namespace HealthHub::Catalogue
