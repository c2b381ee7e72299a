// SPDX-License-Identifier: GPL-3.0-or-later
// The Store's bookings of the private rooms (the video booth): slots in one room never overlap.
#include "core/store/database.h"
#include "core/store/store.h"
#include "core/store/storeinternal.h"

namespace HealthHub::Store {

using namespace Internal;

StoreResult<qint64> Store::addBooking(const Actor &actor, const Booking &booking)
{
    return guarded([&]() -> StoreResult<qint64> {
        require(booking.startsAt.isValid() && booking.endsAt > booking.startsAt, "a booking ends after it starts");
        require(!booking.room.isEmpty() && booking.room.size() <= kMaxCodeLength, "a room name is 1-64 characters");
        require(booking.purpose.size() <= kMaxContactLength, "a purpose is up to 100 characters");
        Database &database = db();
        Transaction transaction(database);
        Statement clash =
            database.prepare("SELECT 1 FROM bookings WHERE room = ?1 AND starts_at < ?3 AND ends_at > ?2 LIMIT 1");
        clash.bind(1, booking.room).bind(2, toSeconds(booking.startsAt)).bind(3, toSeconds(booking.endsAt));
        if (clash.step()) {
            fail(StoreError::Code::BookingClash);
        }
        database
            .cached("INSERT INTO bookings (room, starts_at, ends_at, visitor_id, volunteer_id, purpose, created_at) "
                    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
            .bind(1, booking.room)
            .bind(2, toSeconds(booking.startsAt))
            .bind(3, toSeconds(booking.endsAt))
            .bindOptional(4, booking.visitorId)
            .bindOptional(5, booking.volunteerId)
            .bind(6, booking.purpose.isEmpty() ? QString() : booking.purpose)
            .bind(7, toSeconds(now()))
            .run();
        const qint64 id = database.lastInsertId();
        audit(actor, "create", "booking", id);
        transaction.commit();
        return id;
    });
}

StoreError Store::cancelBooking(const Actor &actor, qint64 bookingId)
{
    return guarded([&] {
        Database &database = db();
        Transaction transaction(database);
        database.cached("DELETE FROM bookings WHERE id = ?1").bind(1, bookingId).run();
        if (database.changes() == 0) {
            fail(StoreError::Code::NotFound);
        }
        audit(actor, "cancel", "booking", bookingId);
        transaction.commit();
        return StoreError();
    });
}

StoreResult<QList<Booking>> Store::bookings(const QDateTime &from, const QDateTime &to)
{
    return guarded([&]() -> StoreResult<QList<Booking>> {
        Statement query = db().prepare("SELECT id, room, starts_at, ends_at, visitor_id, volunteer_id, purpose "
                                       "FROM bookings WHERE starts_at < ?2 AND ends_at > ?1 ORDER BY starts_at, id");
        query.bind(1, toSeconds(from)).bind(2, toSeconds(to));
        QList<Booking> list;
        while (query.step()) {
            list.append({query.integer(0), query.text(1), fromSeconds(query.integer(2)), fromSeconds(query.integer(3)),
                         query.integer(4), query.integer(5), query.text(6)});
        }
        return list;
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

} // namespace HealthHub::Store
