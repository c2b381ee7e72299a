// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/storecounts.h"

#include "core/store/database.h"
#include "core/store/storeinternal.h"

#include <algorithm>

namespace HealthHub::Store::Internal {

namespace {

// The same count by day and by calendar month; ?1 is the day or the month.
constexpr const char *kTaskCounts[][2] = {
    {"UPDATE OR FAIL report_daily_tasks SET uses = uses + ?4 WHERE day = ?1 AND task = ?2 AND outcome = ?3",
     "INSERT INTO report_daily_tasks (day, task, outcome, uses) VALUES (?1, ?2, ?3, ?4)"},
    {"UPDATE OR FAIL report_monthly_tasks SET uses = uses + ?4 WHERE month = ?1 AND task = ?2 AND outcome = ?3",
     "INSERT INTO report_monthly_tasks (month, task, outcome, uses) VALUES (?1, ?2, ?3, ?4)"}};

constexpr const char *kBarrierCounts[][2] = {
    {"UPDATE OR FAIL report_daily_barriers SET uses = uses + ?3 WHERE day = ?1 AND barrier = ?2",
     "INSERT INTO report_daily_barriers (day, barrier, uses) VALUES (?1, ?2, ?3)"},
    {"UPDATE OR FAIL report_monthly_barriers SET uses = uses + ?3 WHERE month = ?1 AND barrier = ?2",
     "INSERT INTO report_monthly_barriers (month, barrier, uses) VALUES (?1, ?2, ?3)"}};

constexpr const char *kSessionCounts[][2] = {
    {"UPDATE OR FAIL report_daily_sessions SET sessions = sessions + ?5, confidence_pairs = confidence_pairs + ?6, "
     "confidence_change = confidence_change + ?7 "
     "WHERE day = ?1 AND referral = ?2 AND volunteer_id = ?3 AND nhs_login = ?4",
     "INSERT INTO report_daily_sessions (day, referral, volunteer_id, nhs_login, sessions, confidence_pairs, "
     "confidence_change) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"},
    {"UPDATE OR FAIL report_monthly_sessions SET sessions = sessions + ?5, confidence_pairs = confidence_pairs + ?6, "
     "confidence_change = confidence_change + ?7 "
     "WHERE month = ?1 AND referral = ?2 AND volunteer_id = ?3 AND nhs_login = ?4",
     "INSERT INTO report_monthly_sessions (month, referral, volunteer_id, nhs_login, sessions, confidence_pairs, "
     "confidence_change) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"}};

} // namespace

QList<TaskHelped> distinctTasks(const QList<TaskHelped> &tasks)
{
    QList<TaskHelped> distinct;
    for (const TaskHelped &task : tasks) {
        const auto same = std::find_if(distinct.begin(), distinct.end(),
                                       [&](const TaskHelped &kept) { return kept.task == task.task; });
        if (same == distinct.end()) {
            distinct.append(task);
        } else {
            same->outcome = task.outcome;
        }
    }
    return distinct;
}

QStringList distinctBarriers(const QStringList &barriers)
{
    QStringList distinct = barriers;
    distinct.removeDuplicates();
    return distinct;
}

void insertTaskAndBarrierRows(Database &database, const AssistedSession &session, qint64 sessionId, qint64 startedAt)
{
    // Plain INSERTs cannot conflict once de-duplicated, and a one-row INSERT needs no statement journal.
    for (const TaskHelped &task : distinctTasks(session.tasks)) {
        database.cached("INSERT INTO session_tasks (session_id, task, outcome, started_at) VALUES (?1, ?2, ?3, ?4)")
            .bind(1, sessionId)
            .bind(2, task.task)
            .bind(3, task.outcome)
            .bind(4, startedAt)
            .run();
    }
    for (const QString &barrier : distinctBarriers(session.barriers)) {
        database.cached("INSERT INTO session_barriers (session_id, barrier, started_at) VALUES (?1, ?2, ?3)")
            .bind(1, sessionId)
            .bind(2, barrier)
            .bind(3, startedAt)
            .run();
    }
}

void CountChanges::add(const AssistedSession &session, qint64 startedAt, int sign)
{
    const qint64 day = startedAt / kSecondsPerDay;
    const qint64 periods[2] = {day, Internal::monthOfDay(day)};
    const bool pair = session.confidenceBefore > 0 && session.confidenceAfter > 0;
    for (int by = 0; by < 2; ++by) {
        for (const TaskHelped &task : distinctTasks(session.tasks)) {
            m_tasks[{by, periods[by], task.task, task.outcome}] += sign;
        }
        for (const QString &barrier : distinctBarriers(session.barriers)) {
            m_barriers[{by, periods[by], barrier}] += sign;
        }
        SessionCounts &counts = m_sessions[{by, periods[by], session.referral, session.volunteerId, session.nhsLogin}];
        counts.sessions += sign;
        counts.pairs += pair ? sign : 0;
        counts.change += pair ? sign * (session.confidenceAfter - session.confidenceBefore) : 0;
    }
}

void CountChanges::write(Database &database) const
{
    // std::get, not structured bindings: C++17 lambdas cannot capture those.
    for (auto it = m_tasks.cbegin(); it != m_tasks.cend(); ++it) {
        const int by = std::get<0>(it->first);
        addToCount(database, kTaskCounts[by][0], kTaskCounts[by][1], [&](Statement &count) {
            count.bind(1, std::get<1>(it->first))
                .bind(2, std::get<2>(it->first))
                .bind(3, std::get<3>(it->first))
                .bind(4, it->second);
        });
    }
    for (auto it = m_barriers.cbegin(); it != m_barriers.cend(); ++it) {
        const int by = std::get<0>(it->first);
        addToCount(database, kBarrierCounts[by][0], kBarrierCounts[by][1], [&](Statement &count) {
            count.bind(1, std::get<1>(it->first)).bind(2, std::get<2>(it->first)).bind(3, it->second);
        });
    }
    for (auto it = m_sessions.cbegin(); it != m_sessions.cend(); ++it) {
        const int by = std::get<0>(it->first);
        addToCount(database, kSessionCounts[by][0], kSessionCounts[by][1], [&](Statement &count) {
            count.bind(1, std::get<1>(it->first))
                .bind(2, std::get<2>(it->first))
                .bind(3, std::get<3>(it->first))
                .bind(4, std::get<4>(it->first))
                .bind(5, it->second.sessions)
                .bind(6, it->second.pairs)
                .bind(7, it->second.change);
        });
    }
}

} // namespace HealthHub::Store::Internal
