// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/catalogue/task.h"

namespace HealthHub::Catalogue {

const TaskText &Task::text(const QString &language) const
{
    const auto found = texts.constFind(language);
    if (found != texts.constEnd()) {
        return *found;
    }
    // The loader refuses a task without English, so this lookup always succeeds for a loaded task.
    static const TaskText empty;
    const auto english = texts.constFind(QStringLiteral("en"));
    return english != texts.constEnd() ? *english : empty;
}

bool Task::hasUnreviewedText(const QString &language) const
{
    const auto found = texts.constFind(language);
    return found != texts.constEnd() && !found->reviewed;
}

} // namespace HealthHub::Catalogue
