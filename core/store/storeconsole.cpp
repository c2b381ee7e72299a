// SPDX-License-Identifier: GPL-3.0-or-later
// Queries and changes the volunteer console needs beyond the core record operations: visitor search with
// returning visitors first, due follow-ups, editing a session, moving a booking, deactivating a volunteer,
// the form draft and the retention period chosen in the console.
#include "core/store/database.h"
#include "core/store/store.h"
#include "core/store/storeinternal.h"

#include <QHash>

namespace HealthHub::Store {

using namespace Internal;

namespace {

QString draftKey(qint64 volunteerId)
{
    return QStringLiteral("draft.%1").arg(volunteerId);
}

QString likePrefix(const QString &prefix)
{
    QString pattern = prefix.trimmed();
    pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    pattern.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    pattern.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return pattern + QLatin1Char('%');
}

} // namespace

StoreResult<QList<VisitorMatch>> Store::searchVisitors(const Actor &actor, const QString &prefix, int limit)
{
    return guarded([&]() -> StoreResult<QList<VisitorMatch>> {
        Database &database = db();
        Transaction transaction(database);
        QList<VisitorMatch> matches;
        auto readMatch = [](const Statement &row) {
            VisitorMatch match;
            match.visitor.id = row.integer(0);
            match.visitor.name = row.text(1);
            match.visitor.contact = row.text(2);
            match.visitor.consent = row.integer(3) != 0;
            match.visitor.consentAt = row.isNull(4) ? QDateTime() : fromSeconds(row.integer(4));
            match.visitor.createdAt = fromSeconds(row.integer(5));
            match.lastSeen = row.isNull(6) ? QDateTime() : fromSeconds(row.integer(6));
            return match;
        };
        if (prefix.trimmed().isEmpty()) {
            // No name typed yet: the people seen most lately, read backwards along the time index.
            Statement recent = database.prepare(
                "SELECT v.id, v.name, v.contact, v.consent, v.consent_at, v.created_at, r.last FROM "
                "(SELECT visitor_id, max(started_at) AS last FROM (SELECT visitor_id, started_at FROM sessions "
                "WHERE visitor_id IS NOT NULL ORDER BY started_at DESC LIMIT ?1 * 20) GROUP BY visitor_id) r "
                "JOIN visitors v ON v.id = r.visitor_id ORDER BY r.last DESC, v.id DESC LIMIT ?1");
            recent.bind(1, limit);
            while (recent.step()) {
                matches.append(readMatch(recent));
            }
            if (matches.size() < limit) {
                // Then people recorded but not seen yet (or seen long ago), newest first.
                Statement fresh =
                    database.prepare("SELECT id, name, contact, consent, consent_at, created_at, NULL FROM visitors "
                                     "ORDER BY created_at DESC, id DESC LIMIT ?1");
                fresh.bind(1, limit * 2);
                while (fresh.step() && matches.size() < limit) {
                    const VisitorMatch match = readMatch(fresh);
                    const bool known = std::any_of(matches.cbegin(), matches.cend(), [&](const VisitorMatch &m) {
                        return m.visitor.id == match.visitor.id;
                    });
                    if (!known) {
                        matches.append(match);
                    }
                }
            }
        } else {
            Statement query =
                database.prepare("SELECT v.id, v.name, v.contact, v.consent, v.consent_at, v.created_at, "
                                 "(SELECT max(s.started_at) FROM sessions s WHERE s.visitor_id = v.id) AS last "
                                 "FROM visitors v WHERE v.name LIKE ?1 ESCAPE '\\' "
                                 "ORDER BY last IS NULL, last DESC, v.created_at DESC, v.id DESC LIMIT ?2");
            query.bind(1, likePrefix(prefix)).bind(2, limit);
            while (query.step()) {
                matches.append(readMatch(query));
            }
        }
        Statement &count = database.cached("SELECT count(*) FROM sessions WHERE visitor_id = ?1");
        for (VisitorMatch &match : matches) {
            count.bind(1, match.visitor.id);
            if (count.step()) {
                match.sessions = count.integer(0);
            }
            count.reset();
        }
        audit(actor, "search", "visitor", 0);
        transaction.commit();
        return matches;
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

StoreError Store::moveBooking(const Actor &actor, qint64 bookingId, const QDateTime &startsAt, const QDateTime &endsAt)
{
    return guarded([&] {
        require(startsAt.isValid() && endsAt > startsAt, "a booking ends after it starts");
        Database &database = db();
        Transaction transaction(database);
        Statement room = database.prepare("SELECT room FROM bookings WHERE id = ?1");
        room.bind(1, bookingId);
        if (!room.step()) {
            fail(StoreError::Code::NotFound);
        }
        Statement clash = database.prepare(
            "SELECT 1 FROM bookings WHERE room = ?1 AND id <> ?4 AND starts_at < ?3 AND ends_at > ?2 LIMIT 1");
        clash.bind(1, room.text(0)).bind(2, toSeconds(startsAt)).bind(3, toSeconds(endsAt)).bind(4, bookingId);
        if (clash.step()) {
            fail(StoreError::Code::BookingClash);
        }
        database.cached("UPDATE bookings SET starts_at = ?2, ends_at = ?3 WHERE id = ?1")
            .bind(1, bookingId)
            .bind(2, toSeconds(startsAt))
            .bind(3, toSeconds(endsAt))
            .run();
        audit(actor, "move", "booking", bookingId);
        transaction.commit();
        return StoreError();
    });
}

StoreError Store::setVolunteerActive(const Actor &actor, qint64 volunteerId, bool active)
{
    return guarded([&] {
        Database &database = db();
        Transaction transaction(database);
        database.cached("UPDATE volunteers SET active = ?2 WHERE id = ?1")
            .bind(1, volunteerId)
            .bind(2, active ? 1 : 0)
            .run();
        if (database.changes() == 0) {
            fail(StoreError::Code::NotFound);
        }
        audit(actor, active ? "activate" : "deactivate", "volunteer", volunteerId);
        transaction.commit();
        return StoreError();
    });
}

StoreError Store::saveDraft(qint64 volunteerId, const QByteArray &form)
{
    return guarded([&] {
        require(form.size() <= 64 * 1024, "a draft is up to 64 KiB");
        Database &database = db();
        Transaction transaction(database);
        database.cached("INSERT OR REPLACE INTO meta (key, value) VALUES (?1, ?2)")
            .bind(1, draftKey(volunteerId))
            .bind(2, form)
            .run();
        transaction.commit();
        return StoreError();
    });
}

StoreResult<QByteArray> Store::draft(qint64 volunteerId)
{
    return guarded([&]() -> StoreResult<QByteArray> {
        Statement query = db().prepare("SELECT value FROM meta WHERE key = ?1");
        query.bind(1, draftKey(volunteerId));
        return query.step() ? query.blob(0) : QByteArray();
    });
}

StoreError Store::clearDraft(qint64 volunteerId)
{
    return guarded([&] {
        Database &database = db();
        Transaction transaction(database);
        database.cached("DELETE FROM meta WHERE key = ?1").bind(1, draftKey(volunteerId)).run();
        transaction.commit();
        return StoreError();
    });
}

StoreResult<int> Store::retentionMonths()
{
    return guarded([&]() -> StoreResult<int> {
        Statement query = db().prepare("SELECT value FROM meta WHERE key = 'retention_months'");
        return query.step() ? int(query.integer(0)) : 0;
    });
}

StoreError Store::setRetentionMonths(const Actor &actor, int months)
{
    return guarded([&] {
        require(months >= 1 && months <= 120, "retention is 1 to 120 months");
        Database &database = db();
        Transaction transaction(database);
        database.cached("INSERT OR REPLACE INTO meta (key, value) VALUES ('retention_months', ?1)")
            .bind(1, months)
            .run();
        audit(actor, "set-retention", "store", 0);
        transaction.commit();
        return StoreError();
    });
}

StoreResult<QList<AuditEntry>> Store::auditEntriesBetween(const QDateTime &from, const QDateTime &to, int limit)
{
    return guarded([&]() -> StoreResult<QList<AuditEntry>> {
        require(from.isValid() && to.isValid() && limit > 0, "an audit period needs a start, an end and a limit");
        // Entries are appended in time order, so newest first is descending id; the log is read, not audited.
        Statement query = db().prepare("SELECT id, at, volunteer_id, terminal, action, record_type, record_id "
                                       "FROM audit_log WHERE at >= ?1 AND at < ?2 ORDER BY id DESC LIMIT ?3");
        query.bind(1, toSeconds(from)).bind(2, toSeconds(to)).bind(3, limit);
        QList<AuditEntry> entries;
        while (query.step()) {
            entries.append({query.integer(0), fromSeconds(query.integer(1)), query.integer(2), query.text(3),
                            query.text(4), query.text(5), query.integer(6)});
        }
        return entries;
    });
}

} // namespace HealthHub::Store
