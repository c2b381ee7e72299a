// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The report counts kept with each session (schema 5 and 6), shared by the Store's session files. Not part of the
// store's API.

#include "core/records/records.h"
#include "core/store/database.h"

#include <map>
#include <tuple>

namespace HealthHub::Store::Internal {

using namespace Records;

/**
 * Adds to one report count: runs @p update (UPDATE OR FAIL … WHERE <key>) and, when that found no row, @p insert
 * with the same parameters, both bound by @p bind. SQLite 3.15 has no upsert. INSERT OR IGNORE followed by UPDATE
 * made SQLite keep a statement journal for every count (an UPDATE may abort half way), and SQLCipher encrypts each
 * page it writes to that journal: most of the encrypted store's extra cost on insert. OR FAIL needs no statement
 * journal and changes one row or none; a one-row INSERT needs none either. Any failure still rolls back the
 * caller's whole transaction.
 */
template<typename Bind>
void addToCount(Database &database, const char *update, const char *insert, Bind &&bind)
{
    Statement &count = database.cached(update);
    bind(count);
    count.run();
    if (database.changes() == 0) {
        Statement &row = database.cached(insert);
        bind(row);
        row.run();
    }
}

/** A session's tasks as stored: a task named twice keeps its last outcome. */
QList<TaskHelped> distinctTasks(const QList<TaskHelped> &tasks);
QStringList distinctBarriers(const QStringList &barriers);

/** A session's task and barrier rows, de-duplicated as CountChanges counts them. */
void insertTaskAndBarrierRows(Database &database, const AssistedSession &session, qint64 sessionId, qint64 startedAt);

/**
 * Changes to the report counts gathered over one or more sessions, then written once for each count row they touch:
 * a batch of sessions from the same days costs a few statements per day, not several per session.
 */
class CountChanges final
{
public:
    /** Adds @p sign (1 or -1) times the session's answers. */
    void add(const AssistedSession &session, qint64 startedAt, int sign);
    /** Writes every count row touched, once each. */
    void write(Database &database) const;

private:
    struct SessionCounts
    {
        qint64 sessions = 0;
        qint64 pairs = 0;
        qint64 change = 0;
    };
    // Keys start with 0 for a day, 1 for a month, then the day or month number.
    std::map<std::tuple<int, qint64, QString, QString>, qint64> m_tasks;
    std::map<std::tuple<int, qint64, QString>, qint64> m_barriers;
    std::map<std::tuple<int, qint64, QString, qint64, QString>, SessionCounts> m_sessions;
};

} // namespace HealthHub::Store::Internal
