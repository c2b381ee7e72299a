// SPDX-License-Identifier: GPL-3.0-or-later
// The Store's volunteers: who may sign in, their PINs (Argon2id) and lock-out, and each one's form draft.
#include "core/store/database.h"
#include "core/store/store.h"
#include "core/store/storeinternal.h"

#include <sodium.h>

namespace HealthHub::Store {

using namespace Internal;

namespace {

QString roleCode(VolunteerRole role)
{
    return role == VolunteerRole::HubLead ? QStringLiteral("hub_lead") : QStringLiteral("volunteer");
}

QString hashPin(const SecureBytes &pin, const KdfCost &cost)
{
    require(pin.size() >= 4 && pin.size() <= 12, "a PIN has 4 to 12 digits");
    for (std::size_t i = 0; i < pin.size(); ++i) {
        require(pin.data()[i] >= '0' && pin.data()[i] <= '9', "a PIN has only digits");
    }
    char hash[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(hash, pin.chars(), pin.size(), cost.opsLimit, size_t(cost.memLimit),
                              crypto_pwhash_ALG_ARGON2ID13) != 0) {
        fail(StoreError::Code::Internal, QStringLiteral("Argon2id ran out of memory"));
    }
    return QString::fromLatin1(hash);
}

QString draftKey(qint64 volunteerId)
{
    return QStringLiteral("draft.%1").arg(volunteerId);
}

} // namespace

StoreResult<qint64> Store::addVolunteer(const Actor &actor, const QString &name, VolunteerRole role,
                                        const SecureBytes &pin)
{
    return guarded([&]() -> StoreResult<qint64> {
        require(!name.trimmed().isEmpty() && name.size() <= kMaxNameLength, "a volunteer's name is 1-40 characters");
        const QString hash = hashPin(pin, m_options.pinCost);
        Database &database = db();
        Transaction transaction(database);
        database.cached("INSERT INTO volunteers (name, role, pin_hash, created_at) VALUES (?1, ?2, ?3, ?4)")
            .bind(1, name.trimmed())
            .bind(2, roleCode(role))
            .bind(3, hash)
            .bind(4, toSeconds(now()))
            .run();
        const qint64 id = database.lastInsertId();
        audit(actor, "create", "volunteer", id);
        transaction.commit();
        return id;
    });
}

StoreResult<QList<Volunteer>> Store::volunteers()
{
    return guarded([&]() -> StoreResult<QList<Volunteer>> {
        Statement query =
            db().prepare("SELECT id, name, role, active, failed_pins, locked_until FROM volunteers ORDER BY name, id");
        QList<Volunteer> list;
        while (query.step()) {
            Volunteer volunteer;
            volunteer.id = query.integer(0);
            volunteer.name = query.text(1);
            volunteer.role =
                query.text(2) == QLatin1String("hub_lead") ? VolunteerRole::HubLead : VolunteerRole::Volunteer;
            volunteer.active = query.integer(3) != 0;
            volunteer.failedPins = int(query.integer(4));
            volunteer.lockedUntil = query.isNull(5) ? QDateTime() : fromSeconds(query.integer(5));
            list.append(volunteer);
        }
        return list;
    });
}

StoreError Store::setVolunteerPin(const Actor &actor, qint64 volunteerId, const SecureBytes &pin)
{
    return guarded([&] {
        const QString hash = hashPin(pin, m_options.pinCost);
        Database &database = db();
        Transaction transaction(database);
        database.cached("UPDATE volunteers SET pin_hash = ?2, failed_pins = 0, locked_until = NULL WHERE id = ?1")
            .bind(1, volunteerId)
            .bind(2, hash)
            .run();
        if (database.changes() == 0) {
            fail(StoreError::Code::NotFound);
        }
        audit(actor, "set-pin", "volunteer", volunteerId);
        transaction.commit();
        return StoreError();
    });
}

StoreResult<PinCheck> Store::checkPin(qint64 volunteerId, const SecureBytes &pin)
{
    return guarded([&]() -> StoreResult<PinCheck> {
        Database &database = db();
        Transaction transaction(database);
        Statement query =
            database.prepare("SELECT pin_hash, failed_pins, locked_until FROM volunteers WHERE id = ?1 AND active");
        query.bind(1, volunteerId);
        if (!query.step()) {
            fail(StoreError::Code::NotFound);
        }
        const QByteArray hash = query.text(0).toLatin1();
        int failures = int(query.integer(1));
        const qint64 lockedUntil = query.isNull(2) ? 0 : query.integer(2);
        const qint64 nowSeconds = toSeconds(now());
        const Actor actor{volunteerId};
        PinCheck result;
        if (lockedUntil > nowSeconds) {
            result.outcome = PinCheck::Outcome::Locked;
            result.lockedUntil = fromSeconds(lockedUntil);
            audit(actor, "sign-in-locked", "volunteer", volunteerId);
            transaction.commit();
            return result;
        }
        const bool right = !pin.isEmpty() && crypto_pwhash_str_verify(hash.constData(), pin.chars(), pin.size()) == 0;
        Statement update = database.prepare("UPDATE volunteers SET failed_pins = ?2, locked_until = ?3 WHERE id = ?1");
        update.bind(1, volunteerId);
        if (right) {
            update.bind(2, 0).bindNull(3).run();
            result.outcome = PinCheck::Outcome::Accepted;
            audit(actor, "sign-in", "volunteer", volunteerId);
        } else if (++failures >= m_options.maxPinFailures) {
            result.outcome = PinCheck::Outcome::Locked;
            result.lockedUntil = fromSeconds(nowSeconds + m_options.pinLockout.count());
            update.bind(2, 0).bind(3, toSeconds(result.lockedUntil)).run();
            audit(actor, "sign-in-failed-locked", "volunteer", volunteerId);
        } else {
            result.outcome = PinCheck::Outcome::Wrong;
            result.attemptsLeft = m_options.maxPinFailures - failures;
            update.bind(2, failures).bindNull(3).run();
            audit(actor, "sign-in-failed", "volunteer", volunteerId);
        }
        transaction.commit();
        return result;
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

} // namespace HealthHub::Store
