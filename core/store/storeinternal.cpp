// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/storeinternal.h"

#include "core/store/storeerror.h"

namespace HealthHub::Store::Internal {

void require(bool condition, const char *what)
{
    if (!condition) {
        fail(StoreError::Code::InvalidInput, QLatin1String(what));
    }
}

void validateAnswers(const AssistedSession &session)
{
    require(session.confidenceBefore >= 0 && session.confidenceBefore <= 5, "confidence is 1 to 5");
    require(session.confidenceAfter >= 0 && session.confidenceAfter <= 5, "confidence is 1 to 5");
    require(session.notes.size() <= kMaxNotesLength, "notes are up to 2000 characters");
    require(knownReferralSources().contains(session.referral), "unknown referral source");
    require(knownNhsLoginStatuses().contains(session.nhsLogin), "unknown NHS login status");
    for (const TaskHelped &task : session.tasks) {
        require(!task.task.isEmpty() && task.task.size() <= kMaxCodeLength, "a task code is 1 to 64 characters");
        require(knownOutcomes().contains(task.outcome), "unknown task outcome");
    }
    for (const QString &barrier : session.barriers) {
        require(knownBarriers().contains(barrier), "unknown barrier");
    }
}

} // namespace HealthHub::Store::Internal
