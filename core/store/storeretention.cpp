// SPDX-License-Identifier: GPL-3.0-or-later
// The Store's retention and a visitor's rights: the retention period, the purge, subject access and erasure.
#include "core/config/settingstable.h"
#include "core/reports/visitorfile.h"
#include "core/store/database.h"
#include "core/store/store.h"
#include "core/store/storeinternal.h"

namespace HealthHub::Store {

using namespace Internal;

namespace {

/** The retention period is a setting's range ([records] retention_months), whoever chooses it. */
void requireRetentionMonths(int months)
{
    const Config::Setting &range = Config::settingFor("records", "retention_months");
    if (months < range.min || months > range.max) {
        fail(StoreError::Code::InvalidInput,
             QStringLiteral("retention is %1 to %2 months").arg(range.min).arg(range.max));
    }
}

} // namespace

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
        requireRetentionMonths(months);
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

StoreResult<PurgeSummary> Store::purgeExpired(const Actor &actor, int months)
{
    return guarded([&]() -> StoreResult<PurgeSummary> {
        requireRetentionMonths(months);
        Database &database = db();
        const QDateTime cutoff = now().addMonths(-months);
        const qint64 cutoffSeconds = toSeconds(cutoff);
        PurgeSummary summary;
        {
            Transaction transaction(database);
            // Sessions are kept for the counts but lose everything that points at a person.
            Statement sessions = database.prepare(
                "UPDATE sessions SET visitor_id = NULL, notes = NULL, follow_up_on = NULL, follow_up_done_at = NULL "
                "WHERE started_at < ?1 AND (visitor_id IS NOT NULL OR notes IS NOT NULL OR follow_up_on IS NOT NULL)");
            sessions.bind(1, cutoffSeconds).run();
            summary.sessionsAnonymised = database.changes();
            // A visitor whose first sessions were just anonymised was first seen at their first session left.
            Statement firstSessions = database.prepare(
                "UPDATE OR FAIL visitors SET first_session_at = "
                "(SELECT min(started_at) FROM sessions WHERE visitor_id = visitors.id) WHERE first_session_at < ?1");
            firstSessions.bind(1, cutoffSeconds).run();
            Statement bookings = database.prepare("DELETE FROM bookings WHERE ends_at < ?1");
            bookings.bind(1, cutoffSeconds).run();
            summary.bookingsDeleted = database.changes();
            Statement visitors =
                database.prepare("DELETE FROM visitors WHERE created_at < ?1 "
                                 "AND NOT EXISTS (SELECT 1 FROM sessions WHERE visitor_id = visitors.id) "
                                 "AND NOT EXISTS (SELECT 1 FROM bookings WHERE visitor_id = visitors.id)");
            visitors.bind(1, cutoffSeconds).run();
            summary.visitorsDeleted = database.changes();
            Statement usage = database.prepare("DELETE FROM task_usage WHERE day < ?1");
            usage.bind(1, dateText(cutoff.date())).run();
            audit(actor, "purge", "store", 0);
            transaction.commit();
        }
        if (summary.sessionsAnonymised + summary.bookingsDeleted + summary.visitorsDeleted > 0) {
            scrubFile();
        }
        qCInfo(lcStore) << "retention purge:" << summary.sessionsAnonymised << "sessions anonymised,"
                        << summary.visitorsDeleted << "visitors and" << summary.bookingsDeleted << "bookings deleted";
        return summary;
    });
}

StoreResult<VisitorExport> Store::exportVisitor(const Actor &actor, qint64 visitorId)
{
    return guarded([&]() -> StoreResult<VisitorExport> {
        Database &database = db();
        Transaction transaction(database);
        Reports::VisitorFile file;
        file.visitor = loadVisitor(database, visitorId);
        file.madeAt = now();
        // Audit first, so the export lists its own entry too.
        audit(actor, "export", "visitor", visitorId);
        for (qint64 id : sessionIdsOf(database, visitorId)) {
            file.sessions.append(readSession(id));
        }
        Statement bookings = database.prepare(
            "SELECT id, room, starts_at, ends_at, purpose FROM bookings WHERE visitor_id = ?1 ORDER BY starts_at");
        bookings.bind(1, visitorId);
        while (bookings.step()) {
            Booking booking;
            booking.id = bookings.integer(0);
            booking.room = bookings.text(1);
            booking.startsAt = fromSeconds(bookings.integer(2));
            booking.endsAt = fromSeconds(bookings.integer(3));
            booking.purpose = bookings.text(4);
            booking.visitorId = visitorId;
            file.bookings.append(booking);
        }
        Statement access = database.prepare("SELECT at, action, volunteer_id, terminal FROM audit_log "
                                            "WHERE record_type = 'visitor' AND record_id = ?1 ORDER BY id");
        access.bind(1, visitorId);
        while (access.step()) {
            AuditEntry entry;
            entry.at = fromSeconds(access.integer(0));
            entry.action = access.text(1);
            entry.volunteerId = access.integer(2);
            entry.terminal = access.text(3);
            file.accessLog.append(entry);
        }
        transaction.commit();
        return Reports::formatVisitorFile(file);
    });
}

StoreError Store::eraseVisitor(const Actor &actor, qint64 visitorId)
{
    return guarded([&] {
        Database &database = db();
        {
            Transaction transaction(database);
            requireVisitor(visitorId);
            // Sessions stay as anonymous counts; everything that could point at the person goes.
            database
                .cached("UPDATE sessions SET visitor_id = NULL, notes = NULL, follow_up_on = NULL, "
                        "follow_up_done_at = NULL WHERE visitor_id = ?1")
                .bind(1, visitorId)
                .run();
            database.cached("DELETE FROM bookings WHERE visitor_id = ?1").bind(1, visitorId).run();
            database.cached("DELETE FROM visitors WHERE id = ?1").bind(1, visitorId).run();
            // The audit keeps only metadata: that visitor <id> was erased, by whom, when and where.
            audit(actor, "erase", "visitor", visitorId);
            transaction.commit();
        }
        scrubFile();
        qCInfo(lcStore) << "a visitor's records were erased";
        return StoreError();
    });
}

} // namespace HealthHub::Store
