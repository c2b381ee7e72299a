// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace HealthHub::Catalogue {

/** One thing wrong with a guide's files, said plainly enough for a hub's content author to fix it. */
struct ContentProblem
{
    QString file;    ///< as the author knows it: "resources/guides/repeat-prescription/en.json"
    QString taskId;  ///< the task it belongs to (its folder name when the file does not say)
    QString field;   ///< the field at fault, e.g. "steps[3].text"; empty when the whole file is the problem
    QString problem; ///< e.g. `step 3 has no "text"`

    /** `resources/guides/repeat-prescription/en.json: task "repeat-prescription": step 3 has no "text".` */
    QString message() const;
};

} // namespace HealthHub::Catalogue
