// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalogue/contentproblem.h"
#include "core/catalogue/task.h"

#include <QList>

#include <optional>

namespace HealthHub::Catalogue {

/** The content format this build reads ("format": 1 in every file). See docs/content-format.md. */
inline constexpr int kContentFormat = 1;

/**
 * Reads and checks one task folder: task.json (steps, pictures, links) and one <language>.json per language.
 * Every problem is collected, so an author can fix them all at once. A task without a good task.json and
 * en.json is refused; a broken translation only drops that language.
 */
class TaskLoader final
{
public:
    struct Result
    {
        std::optional<Task> task;
        QList<ContentProblem> problems;
    };

    /** Loads the task in @p folder; messages call that folder @p shownFolder. */
    static Result load(const QString &folder, const QString &shownFolder);
};

} // namespace HealthHub::Catalogue
