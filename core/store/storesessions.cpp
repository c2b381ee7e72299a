// SPDX-License-Identifier: GPL-3.0-or-later
// The Store's assisted sessions: who was helped with what and how it went, kept with their report counts
// (storecounts.h) in the same transaction.
#include "core/store/database.h"
#include "core/store/store.h"
#include "core/store/storecounts.h"
#include "core/store/storeinternal.h"

namespace HealthHub::Store {

using namespace Internal;

namespace Internal {

QList<qint64> sessionIdsOf(Database &database, qint64 visitorId)
{
    Statement ids = database.prepare("SELECT id FROM sessions WHERE visitor_id = ?1 ORDER BY started_at, id");
    ids.bind(1, visitorId);
    QList<qint64> sessionIds;
    while (ids.step()) {
        sessionIds.append(ids.integer(0));
    }
    return sessionIds;
}

} // namespace Internal

namespace {

void validate(const AssistedSession &session)
{
    require(session.startedAt.isValid(), "a session needs its time");
    validateAnswers(session);
}

qint64 insertSession(Database &database, const AssistedSession &session, const QString &terminal)
{
    database
        .cached("INSERT INTO sessions (started_at, terminal, volunteer_id, visitor_id, referral, confidence_before, "
                "confidence_after, notes, follow_up_on, follow_up_done_at, nhs_login) "
                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)")
        .bind(1, toSeconds(session.startedAt))
        .bind(2, terminal)
        .bindOptional(3, session.volunteerId)
        .bindOptional(4, session.visitorId)
        .bind(5, session.referral)
        .bindOptional(6, session.confidenceBefore)
        .bindOptional(7, session.confidenceAfter)
        .bind(8, session.notes.isEmpty() ? QString() : session.notes)
        .bind(9, dateText(session.followUpOn))
        .bindOptional(10, toSeconds(session.followUpDoneAt))
        .bind(11, session.nhsLogin)
        .run();
    const qint64 id = database.lastInsertId();
    if (session.visitorId != 0) {
        // The visitor's first session (schema 6), for "new in the period"; a session may be recorded late.
        database
            .cached("UPDATE OR FAIL visitors SET first_session_at = ?2 WHERE id = ?1 "
                    "AND (first_session_at IS NULL OR first_session_at > ?2)")
            .bind(1, session.visitorId)
            .bind(2, toSeconds(session.startedAt))
            .run();
    }
    return id;
}

} // namespace

void Store::writeSessionRows(const AssistedSession &session, qint64 sessionId, qint64 startedAt)
{
    insertTaskAndBarrierRows(db(), session, sessionId, startedAt);
    countSession(session, startedAt, 1);
}

void Store::countSession(const AssistedSession &session, qint64 startedAt, int sign)
{
    CountChanges changes;
    changes.add(session, startedAt, sign);
    changes.write(db());
}

void Store::refreshFirstSession(qint64 visitorId)
{
    if (visitorId == 0) {
        return;
    }
    db().cached("UPDATE OR FAIL visitors SET first_session_at = "
                "(SELECT min(started_at) FROM sessions WHERE visitor_id = ?1) WHERE id = ?1")
        .bind(1, visitorId)
        .run();
}

StoreResult<qint64> Store::addSession(const Actor &actor, const AssistedSession &session)
{
    return guarded([&]() -> StoreResult<qint64> {
        validate(session);
        Database &database = db();
        Transaction transaction(database);
        const qint64 id = insertSession(database, session, m_options.terminal);
        writeSessionRows(session, id, toSeconds(session.startedAt));
        audit(actor, "create", "session", id);
        transaction.commit();
        return id;
    });
}

StoreError Store::addSessions(const Actor &actor, const QList<AssistedSession> &sessions)
{
    return guarded([&] {
        for (const AssistedSession &session : sessions) {
            validate(session);
        }
        Database &database = db();
        Transaction transaction(database);
        CountChanges changes; // counted once for the whole batch
        for (const AssistedSession &session : sessions) {
            const qint64 id = insertSession(database, session, m_options.terminal);
            insertTaskAndBarrierRows(database, session, id, toSeconds(session.startedAt));
            changes.add(session, toSeconds(session.startedAt), 1);
            audit(actor, "create", "session", id);
        }
        changes.write(database);
        transaction.commit();
        return StoreError();
    });
}

AssistedSession Store::readSession(qint64 sessionId)
{
    Database &database = db();
    Statement &row = database.cached(
        "SELECT id, started_at, terminal, volunteer_id, visitor_id, referral, confidence_before, confidence_after, "
        "notes, follow_up_on, follow_up_done_at, nhs_login FROM sessions WHERE id = ?1");
    row.bind(1, sessionId);
    if (!row.step()) {
        row.reset();
        fail(StoreError::Code::NotFound);
    }
    AssistedSession session;
    session.id = row.integer(0);
    session.startedAt = fromSeconds(row.integer(1));
    session.terminal = row.text(2);
    session.volunteerId = row.integer(3);
    session.visitorId = row.integer(4);
    session.referral = row.text(5);
    session.confidenceBefore = int(row.integer(6));
    session.confidenceAfter = int(row.integer(7));
    session.notes = row.text(8);
    session.followUpOn = QDate::fromString(row.text(9), Qt::ISODate);
    session.followUpDoneAt = row.isNull(10) ? QDateTime() : fromSeconds(row.integer(10));
    session.nhsLogin = row.text(11);
    row.reset();
    Statement &tasks = database.cached("SELECT task, outcome FROM session_tasks WHERE session_id = ?1 ORDER BY task");
    tasks.bind(1, sessionId);
    while (tasks.step()) {
        session.tasks.append({tasks.text(0), tasks.text(1)});
    }
    tasks.reset();
    Statement &barriers =
        database.cached("SELECT barrier FROM session_barriers WHERE session_id = ?1 ORDER BY barrier");
    barriers.bind(1, sessionId);
    while (barriers.step()) {
        session.barriers.append(barriers.text(0));
    }
    barriers.reset();
    return session;
}

StoreResult<AssistedSession> Store::session(const Actor &actor, qint64 sessionId)
{
    return guarded([&]() -> StoreResult<AssistedSession> {
        Database &database = db();
        Transaction transaction(database);
        AssistedSession result = readSession(sessionId);
        audit(actor, "read", "session", sessionId);
        transaction.commit();
        return result;
    });
}

StoreResult<QList<AssistedSession>> Store::visitorHistory(const Actor &actor, qint64 visitorId)
{
    return guarded([&]() -> StoreResult<QList<AssistedSession>> {
        Database &database = db();
        Transaction transaction(database);
        requireVisitor(visitorId);
        const QList<qint64> sessionIds = sessionIdsOf(database, visitorId);
        QList<AssistedSession> history;
        for (qint64 id : sessionIds) {
            history.append(readSession(id));
        }
        audit(actor, "read-history", "visitor", visitorId);
        transaction.commit();
        return history;
    });
}

StoreError Store::markFollowUpDone(const Actor &actor, qint64 sessionId)
{
    return guarded([&] {
        Database &database = db();
        Transaction transaction(database);
        database.cached("UPDATE sessions SET follow_up_done_at = ?2 WHERE id = ?1 AND follow_up_on IS NOT NULL")
            .bind(1, sessionId)
            .bind(2, toSeconds(now()))
            .run();
        if (database.changes() == 0) {
            fail(StoreError::Code::NotFound);
        }
        audit(actor, "follow-up-done", "session", sessionId);
        transaction.commit();
        return StoreError();
    });
}

StoreResult<qint64> Store::sessionCount()
{
    return guarded([&]() -> StoreResult<qint64> { return db().scalar("SELECT count(*) FROM sessions"); });
}

StoreError Store::updateSession(const Actor &actor, const AssistedSession &session)
{
    return guarded([&] {
        validateAnswers(session);
        Database &database = db();
        Transaction transaction(database);
        const AssistedSession before = readSession(session.id);
        if (session.visitorId != 0) {
            requireVisitor(session.visitorId);
        }
        // A new follow-up date is a new follow-up: it is not done yet.
        const bool sameFollowUp = before.followUpOn == session.followUpOn;
        database
            .cached("UPDATE sessions SET visitor_id = ?2, referral = ?3, confidence_before = ?4, confidence_after = ?5,"
                    " notes = ?6, follow_up_on = ?7, follow_up_done_at = ?8, nhs_login = ?9 WHERE id = ?1")
            .bind(1, session.id)
            .bindOptional(2, session.visitorId)
            .bind(3, session.referral)
            .bindOptional(4, session.confidenceBefore)
            .bindOptional(5, session.confidenceAfter)
            .bind(6, session.notes.isEmpty() ? QString() : session.notes)
            .bind(7, dateText(session.followUpOn))
            .bindOptional(8, sameFollowUp ? toSeconds(before.followUpDoneAt) : 0)
            .bind(9, session.nhsLogin)
            .run();
        // Take the old answers out of the report counts; writeSessionRows() adds the new ones.
        countSession(before, toSeconds(before.startedAt), -1);
        database.cached("DELETE FROM session_tasks WHERE session_id = ?1").bind(1, session.id).run();
        database.cached("DELETE FROM session_barriers WHERE session_id = ?1").bind(1, session.id).run();
        AssistedSession counted = session;
        counted.volunteerId = before.volunteerId; // the session stays the volunteer's who recorded it
        writeSessionRows(counted, session.id, toSeconds(before.startedAt));
        // The session may have moved from one visitor to another: both first sessions may change.
        refreshFirstSession(before.visitorId);
        if (session.visitorId != before.visitorId) {
            refreshFirstSession(session.visitorId);
        }
        audit(actor, "update", "session", session.id);
        transaction.commit();
        return StoreError();
    });
}

StoreResult<QList<FollowUpDue>> Store::followUpsDue(const Actor &actor, const QDate &dueBy)
{
    return guarded([&]() -> StoreResult<QList<FollowUpDue>> {
        Database &database = db();
        Transaction transaction(database);
        Statement query = database.prepare(
            "SELECT s.id, coalesce(s.visitor_id, 0), coalesce(v.name, ''), coalesce(v.contact, ''), s.follow_up_on, "
            "s.started_at, (SELECT group_concat(t.task) FROM session_tasks t WHERE t.session_id = s.id) "
            "FROM sessions s LEFT JOIN visitors v ON v.id = s.visitor_id "
            "WHERE s.follow_up_on IS NOT NULL AND s.follow_up_on <= ?1 AND s.follow_up_done_at IS NULL "
            "ORDER BY s.follow_up_on, s.id");
        query.bind(1, dateText(dueBy));
        QList<FollowUpDue> list;
        while (query.step()) {
            FollowUpDue due;
            due.sessionId = query.integer(0);
            due.visitorId = query.integer(1);
            due.visitorName = query.text(2);
            due.contact = query.text(3);
            due.dueOn = QDate::fromString(query.text(4), Qt::ISODate);
            due.sessionAt = fromSeconds(query.integer(5));
            const QString tasks = query.text(6);
            due.tasks = tasks.isEmpty() ? QStringList() : tasks.split(QLatin1Char(','));
            list.append(due);
        }
        audit(actor, "list-follow-ups", "session", 0);
        transaction.commit();
        return list;
    });
}

} // namespace HealthHub::Store
