// SPDX-License-Identifier: GPL-3.0-or-later
// The Store's records: volunteers and PINs, visitors, assisted sessions, bookings, usage counts, reports,
// retention, subject access export and erasure. Every visitor read or change is audited in its transaction.
#include "core/store/database.h"
#include "core/store/store.h"
#include "core/store/storeinternal.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

#include <sodium.h>

#include <algorithm>
#include <map>
#include <tuple>

namespace HealthHub::Store {

using namespace Internal;

namespace Internal {

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

} // namespace Internal

namespace {

constexpr int kMaxNameLength = 40;
constexpr int kMaxContactLength = 100;

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

/**
 * Changes to the report counts gathered over one or more sessions, then written once for each count row they touch:
 * a batch of sessions from the same days costs a few statements per day, not several per session.
 */
class CountChanges final
{
public:
    void add(const AssistedSession &session, qint64 startedAt, int sign)
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
            SessionCounts &counts =
                m_sessions[{by, periods[by], session.referral, session.volunteerId, session.nhsLogin}];
            counts.sessions += sign;
            counts.pairs += pair ? sign : 0;
            counts.change += pair ? sign * (session.confidenceAfter - session.confidenceBefore) : 0;
        }
    }

    void write(Database &database) const
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

/** A session's task and barrier rows, de-duplicated as CountChanges counts them. */
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

void validate(const Visitor &visitor)
{
    require(!visitor.name.trimmed().isEmpty() && visitor.name.size() <= kMaxNameLength,
            "a visitor's name is a first name or initials, up to 40 characters");
    require(visitor.contact.size() <= kMaxContactLength, "contact details are up to 100 characters");
    require(visitor.consent || visitor.contact.isEmpty(), "contact details are kept only with consent");
}

void validate(const AssistedSession &session)
{
    require(session.startedAt.isValid(), "a session needs its time");
    validateAnswers(session);
}

Visitor readVisitor(const Statement &row)
{
    // Columns: id, name, contact, consent, consent_at, created_at
    Visitor visitor;
    visitor.id = row.integer(0);
    visitor.name = row.text(1);
    visitor.contact = row.text(2);
    visitor.consent = row.integer(3) != 0;
    visitor.consentAt = row.isNull(4) ? QDateTime() : fromSeconds(row.integer(4));
    visitor.createdAt = fromSeconds(row.integer(5));
    return visitor;
}

/** One visitor by id; throws NotFound. */
Visitor loadVisitor(Database &database, qint64 visitorId)
{
    Statement query =
        database.prepare("SELECT id, name, contact, consent, consent_at, created_at FROM visitors WHERE id = ?1");
    query.bind(1, visitorId);
    if (!query.step()) {
        fail(StoreError::Code::NotFound);
    }
    return readVisitor(query);
}

/** The ids of a visitor's sessions, oldest first. */
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

QList<CountRow> sortedRows(const QMap<QPair<QString, QString>, qint64> &counts)
{
    QList<CountRow> rows;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        rows.append({it.key().first, it.key().second, it.value()});
    }
    std::stable_sort(rows.begin(), rows.end(), [](const CountRow &a, const CountRow &b) { return a.count > b.count; });
    return rows;
}

} // namespace

const QStringList &knownOutcomes()
{
    static const QStringList outcomes{QStringLiteral("done"), QStringLiteral("partly"), QStringLiteral("not_done"),
                                      QStringLiteral("referred")};
    return outcomes;
}

const QStringList &knownBarriers()
{
    // NHS England's domains of digital exclusion first, then the finer barriers hubs report on.
    static const QStringList barriers{
        QStringLiteral("access"),     QStringLiteral("skills"),          QStringLiteral("confidence"),
        QStringLiteral("motivation"), QStringLiteral("trust"),           QStringLiteral("connectivity"),
        QStringLiteral("language"),   QStringLiteral("health_literacy"), QStringLiteral("disability"),
        QStringLiteral("cost"),
    };
    return barriers;
}

const QStringList &knownReferralSources()
{
    static const QStringList sources{QStringLiteral("self"),     QStringLiteral("gp"),
                                     QStringLiteral("pharmacy"), QStringLiteral("social_prescriber"),
                                     QStringLiteral("library"),  QStringLiteral("family"),
                                     QStringLiteral("charity"),  QStringLiteral("other")};
    return sources;
}

const QStringList &knownNhsLoginStatuses()
{
    static const QStringList statuses{QStringLiteral("not_discussed"), QStringLiteral("not_needed"),
                                      QStringLiteral("started"), QStringLiteral("verified"),
                                      QStringLiteral("could_not_verify")};
    return statuses;
}

QString volunteerRoleName(VolunteerRole role)
{
    return role == VolunteerRole::HubLead ? QStringLiteral("hub lead") : QStringLiteral("volunteer");
}

// ---- Volunteers and PINs ----

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

// ---- Visitors ----

void Store::requireVisitor(qint64 visitorId)
{
    Statement &query = db().cached("SELECT 1 FROM visitors WHERE id = ?1");
    query.bind(1, visitorId);
    const bool found = query.step();
    query.reset();
    if (!found) {
        fail(StoreError::Code::NotFound);
    }
}

StoreResult<qint64> Store::addVisitor(const Actor &actor, const Visitor &visitor)
{
    return guarded([&]() -> StoreResult<qint64> {
        validate(visitor);
        Database &database = db();
        Transaction transaction(database);
        const QDateTime created = now();
        database
            .cached("INSERT INTO visitors (name, contact, consent, consent_at, created_at) VALUES (?1, ?2, ?3, ?4, ?5)")
            .bind(1, visitor.name.trimmed())
            .bind(2, visitor.contact.isEmpty() ? QString() : visitor.contact)
            .bind(3, visitor.consent ? 1 : 0)
            .bindOptional(4, visitor.consent ? toSeconds(visitor.consentAt.isValid() ? visitor.consentAt : created) : 0)
            .bind(5, toSeconds(created))
            .run();
        const qint64 id = database.lastInsertId();
        audit(actor, "create", "visitor", id);
        transaction.commit();
        return id;
    });
}

StoreError Store::updateVisitor(const Actor &actor, const Visitor &visitor)
{
    return guarded([&] {
        validate(visitor);
        Database &database = db();
        Transaction transaction(database);
        requireVisitor(visitor.id);
        database
            .cached("UPDATE visitors SET name = ?2, contact = ?3, consent = ?4, "
                    "consent_at = CASE WHEN ?4 THEN coalesce(consent_at, ?5) END WHERE id = ?1")
            .bind(1, visitor.id)
            .bind(2, visitor.name.trimmed())
            .bind(3, visitor.contact.isEmpty() ? QString() : visitor.contact)
            .bind(4, visitor.consent ? 1 : 0)
            .bind(5, toSeconds(visitor.consentAt.isValid() ? visitor.consentAt : now()))
            .run();
        audit(actor, "update", "visitor", visitor.id);
        transaction.commit();
        return StoreError();
    });
}

StoreResult<Visitor> Store::visitor(const Actor &actor, qint64 visitorId)
{
    return guarded([&]() -> StoreResult<Visitor> {
        Database &database = db();
        Transaction transaction(database);
        const Visitor result = loadVisitor(database, visitorId);
        audit(actor, "read", "visitor", visitorId);
        transaction.commit();
        return result;
    });
}

StoreResult<QList<Visitor>> Store::findVisitors(const Actor &actor, const QString &prefix, int limit)
{
    return guarded([&]() -> StoreResult<QList<Visitor>> {
        Database &database = db();
        Transaction transaction(database);
        // LIKE is case-insensitive for ASCII; escape its wildcards so the prefix is taken literally.
        QString pattern = prefix.trimmed();
        pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
        pattern.replace(QLatin1Char('%'), QStringLiteral("\\%"));
        pattern.replace(QLatin1Char('_'), QStringLiteral("\\_"));
        Statement query = database.prepare("SELECT id, name, contact, consent, consent_at, created_at FROM visitors "
                                           "WHERE name LIKE ?1 ESCAPE '\\' ORDER BY created_at DESC, id DESC LIMIT ?2");
        query.bind(1, pattern + QLatin1Char('%')).bind(2, limit);
        QList<Visitor> list;
        while (query.step()) {
            list.append(readVisitor(query));
        }
        audit(actor, "search", "visitor", 0);
        transaction.commit();
        return list;
    });
}

// ---- Assisted sessions ----

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

namespace {

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

// ---- Bookings ----

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

// ---- Anonymous task usage ----

StoreError Store::countTaskUse(const QString &task)
{
    return guarded([&] {
        require(!task.isEmpty() && task.size() <= kMaxCodeLength, "a task code is 1 to 64 characters");
        Database &database = db();
        const QString day = dateText(now().date());
        Transaction transaction(database);
        addToCount(database, "UPDATE OR FAIL task_usage SET uses = uses + 1 WHERE day = ?1 AND task = ?2",
                   "INSERT INTO task_usage (day, task, uses) VALUES (?1, ?2, 1)",
                   [&](Statement &count) { count.bind(1, day).bind(2, task); });
        transaction.commit();
        return StoreError();
    });
}

StoreResult<QList<CountRow>> Store::taskUsage(const QDate &from, const QDate &to)
{
    return guarded([&]() -> StoreResult<QList<CountRow>> {
        Statement query = db().prepare("SELECT task, sum(uses) FROM task_usage WHERE day >= ?1 AND day <= ?2 "
                                       "GROUP BY task ORDER BY 2 DESC, task");
        query.bind(1, dateText(from)).bind(2, dateText(to));
        QList<CountRow> rows;
        while (query.step()) {
            rows.append({query.text(0), QString(), query.integer(1)});
        }
        return rows;
    });
}

// ---- Reports ----

StoreResult<PeriodReport> Store::periodReport(const QDateTime &from, const QDateTime &to)
{
    return guarded([&]() -> StoreResult<PeriodReport> {
        Database &database = db();
        PeriodReport report;
        report.from = from;
        report.to = to;
        // Reports count whole UTC days: from the day `from` falls in up to, not including, the day of `to`
        // (a `to` after midnight counts its day too).
        const qint64 firstDay = toSeconds(from) / kSecondsPerDay;
        const qint64 endDay = (toSeconds(to) + kSecondsPerDay - 1) / kSecondsPerDay;
        const qint64 start = firstDay * kSecondsPerDay;
        const qint64 end = endDay * kSecondsPerDay;
        const QString today = dateText(now().date());

        QHash<qint64, QString> volunteerNames;
        Statement names = database.prepare("SELECT id, name FROM volunteers");
        while (names.step()) {
            volunteerNames.insert(names.integer(0), names.text(1));
        }

        // The counts kept with each session hold every grouped section: whole calendar months from the monthly
        // counts (schema 6), the days before the first and after the last whole month from the daily ones (schema 5).
        // A year's report reads about 12 rows a key plus up to two months of days, whatever the number of sessions.
        const QDate firstDate = QDate(1970, 1, 1).addDays(firstDay);
        const QDate endDate = QDate(1970, 1, 1).addDays(endDay);
        QDate monthsFrom(firstDate.year(), firstDate.month(), 1);
        if (monthsFrom < firstDate) {
            monthsFrom = monthsFrom.addMonths(1);
        }
        const QDate monthsTo(endDate.year(), endDate.month(), 1);
        qint64 headEnd = endDay; // days [firstDay, headEnd) and [tailStart, endDay), months [monthFrom, monthTo)
        qint64 tailStart = endDay;
        qint64 monthFrom = 0;
        qint64 monthTo = 0;
        if (monthsFrom < monthsTo) {
            headEnd = dayNumber(monthsFrom);
            tailStart = dayNumber(monthsTo);
            monthFrom = monthOfDay(headEnd);
            monthTo = monthOfDay(tailStart);
        }
        auto bindRanges = [&](Statement &query) {
            query.bind(1, firstDay)
                .bind(2, headEnd)
                .bind(3, tailStart)
                .bind(4, endDay)
                .bind(5, monthFrom)
                .bind(6, monthTo);
        };

        Statement sessions = database.prepare(
            "SELECT referral, volunteer_id, nhs_login, sum(sessions), sum(confidence_pairs), sum(confidence_change) "
            "FROM (SELECT referral, volunteer_id, nhs_login, sessions, confidence_pairs, confidence_change "
            "FROM report_daily_sessions WHERE day >= ?1 AND day < ?2 "
            "UNION ALL SELECT referral, volunteer_id, nhs_login, sessions, confidence_pairs, confidence_change "
            "FROM report_daily_sessions WHERE day >= ?3 AND day < ?4 "
            "UNION ALL SELECT referral, volunteer_id, nhs_login, sessions, confidence_pairs, confidence_change "
            "FROM report_monthly_sessions WHERE month >= ?5 AND month < ?6) "
            "GROUP BY referral, volunteer_id, nhs_login");
        bindRanges(sessions);
        QMap<QPair<QString, QString>, qint64> referral;
        QMap<QPair<QString, QString>, qint64> volunteer;
        QMap<QPair<QString, QString>, qint64> nhsLogin;
        qint64 confidenceSum = 0;
        while (sessions.step()) {
            const qint64 count = sessions.integer(3);
            if (count == 0) {
                continue; // every session counted here was edited away
            }
            report.sessions += count;
            referral[{sessions.text(0), QString()}] += count;
            volunteer[{volunteerNames.value(sessions.integer(1)), QString()}] += count;
            nhsLogin[{sessions.text(2), QString()}] += count;
            report.confidencePairs += sessions.integer(4);
            confidenceSum += sessions.integer(5);
        }
        report.byReferral = sortedRows(referral);
        report.byVolunteer = sortedRows(volunteer);
        report.byNhsLogin = sortedRows(nhsLogin);
        report.averageConfidenceChange =
            report.confidencePairs > 0 ? double(confidenceSum) / double(report.confidencePairs) : 0.0;

        Statement tasks = database.prepare(
            "SELECT task, outcome, sum(uses) FROM (SELECT task, outcome, uses FROM report_daily_tasks "
            "WHERE day >= ?1 AND day < ?2 "
            "UNION ALL SELECT task, outcome, uses FROM report_daily_tasks WHERE day >= ?3 AND day < ?4 "
            "UNION ALL SELECT task, outcome, uses FROM report_monthly_tasks WHERE month >= ?5 AND month < ?6) "
            "GROUP BY task, outcome HAVING sum(uses) <> 0");
        bindRanges(tasks);
        QMap<QPair<QString, QString>, qint64> taskOutcome;
        while (tasks.step()) {
            taskOutcome[{tasks.text(0), tasks.text(1)}] = tasks.integer(2);
        }
        report.byTaskOutcome = sortedRows(taskOutcome);

        Statement barriers = database.prepare(
            "SELECT barrier, sum(uses) FROM (SELECT barrier, uses FROM report_daily_barriers "
            "WHERE day >= ?1 AND day < ?2 "
            "UNION ALL SELECT barrier, uses FROM report_daily_barriers WHERE day >= ?3 AND day < ?4 "
            "UNION ALL SELECT barrier, uses FROM report_monthly_barriers WHERE month >= ?5 AND month < ?6) "
            "GROUP BY barrier HAVING sum(uses) <> 0");
        bindRanges(barriers);
        QMap<QPair<QString, QString>, qint64> barrier;
        while (barriers.step()) {
            barrier[{barriers.text(0), QString()}] = barriers.integer(1);
        }
        report.byBarrier = sortedRows(barrier);

        // Follow-ups change after the session (done or not), so they are counted live, from a covering index.
        Statement followUps =
            database.prepare("SELECT coalesce(sum(follow_up_done_at IS NULL AND follow_up_on >= ?3), 0), "
                             "coalesce(sum(follow_up_done_at IS NULL AND follow_up_on < ?3), 0), "
                             "coalesce(sum(follow_up_done_at IS NOT NULL), 0) FROM sessions "
                             "WHERE follow_up_on IS NOT NULL AND started_at >= ?1 AND started_at < ?2");
        followUps.bind(1, start).bind(2, end).bind(3, today);
        if (followUps.step()) {
            report.followUpsDue = followUps.integer(0);
            report.followUpsOverdue = followUps.integer(1);
            report.followUpsDone = followUps.integer(2);
        }

        // Visitors seen in the period. New ones had their first session in it: an indexed count of
        // visitors.first_session_at (schema 6). Returning ones came before it: one index seek each.
        Statement people = database.prepare(
            "SELECT (SELECT count(*) FROM visitors WHERE first_session_at >= ?1 AND first_session_at < ?2), "
            "(SELECT count(*) FROM visitors v WHERE first_session_at < ?1 AND EXISTS (SELECT 1 FROM sessions s "
            "WHERE s.visitor_id = v.id AND s.started_at >= ?1 AND s.started_at < ?2))");
        people.bind(1, start).bind(2, end);
        if (people.step()) {
            report.newVisitors = people.integer(0);
            report.returningVisitors = people.integer(1);
            report.visitors = report.newVisitors + report.returningVisitors;
        }
        return report;
    });
}

QByteArray Store::reportCsv(const PeriodReport &report)
{
    auto field = [](const QString &value) {
        QString text = value;
        // A leading = + - @ would be a formula in a spreadsheet; prefix it so it stays text.
        if (!text.isEmpty() && QStringLiteral("=+-@").contains(text.front())) {
            text.prepend(QLatin1Char('\''));
        }
        if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n'))) {
            text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
            text = QLatin1Char('"') + text + QLatin1Char('"');
        }
        return text.toUtf8();
    };
    QByteArray csv = "section,key,subkey,count\n";
    auto line = [&](const char *section, const QString &key, const QString &subKey, const QString &count) {
        csv += QByteArray(section) + ',' + field(key) + ',' + field(subKey) + ',' + count.toUtf8() + '\n';
    };
    line("period", report.from.toString(Qt::ISODate), report.to.toString(Qt::ISODate), QString());
    line("totals", QStringLiteral("sessions"), QString(), QString::number(report.sessions));
    line("totals", QStringLiteral("visitors"), QString(), QString::number(report.visitors));
    line("totals", QStringLiteral("new_visitors"), QString(), QString::number(report.newVisitors));
    line("totals", QStringLiteral("returning_visitors"), QString(), QString::number(report.returningVisitors));
    line("confidence", QStringLiteral("pairs"), QString(), QString::number(report.confidencePairs));
    line("confidence", QStringLiteral("average_change"), QString(),
         QString::number(report.averageConfidenceChange, 'f', 2));
    line("follow_ups", QStringLiteral("due"), QString(), QString::number(report.followUpsDue));
    line("follow_ups", QStringLiteral("overdue"), QString(), QString::number(report.followUpsOverdue));
    line("follow_ups", QStringLiteral("done"), QString(), QString::number(report.followUpsDone));
    const std::pair<const char *, const QList<CountRow> *> sections[] = {
        {"task_outcome", &report.byTaskOutcome}, {"barrier", &report.byBarrier},    {"referral", &report.byReferral},
        {"volunteer", &report.byVolunteer},      {"nhs_login", &report.byNhsLogin},
    };
    for (const auto &[name, rows] : sections) {
        for (const CountRow &row : *rows) {
            line(name, row.key, row.subKey, QString::number(row.count));
        }
    }
    return csv;
}

// ---- Retention, subject access, erasure ----

StoreResult<PurgeSummary> Store::purgeExpired(const Actor &actor, int months)
{
    return guarded([&]() -> StoreResult<PurgeSummary> {
        require(months >= 1 && months <= 120, "retention is 1 to 120 months");
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
        const Visitor person = loadVisitor(database, visitorId);
        // Audit first, so the export lists its own entry too.
        audit(actor, "export", "visitor", visitorId);

        QStringList text;
        text << QStringLiteral("Everything this hub holds about visitor %1").arg(person.id)
             << QStringLiteral("Made on %1").arg(now().toString(Qt::ISODate)) << QString()
             << QStringLiteral("Name: %1").arg(person.name)
             << QStringLiteral("Contact: %1").arg(person.contact.isEmpty() ? QStringLiteral("none") : person.contact)
             << QStringLiteral("Agreed to follow-up: %1")
                    .arg(person.consent ? QStringLiteral("yes, on ") + person.consentAt.toString(Qt::ISODate)
                                        : QStringLiteral("no"))
             << QStringLiteral("First recorded: %1").arg(person.createdAt.toString(Qt::ISODate));
        QJsonObject root{
            {QStringLiteral("id"), person.id},
            {QStringLiteral("name"), person.name},
            {QStringLiteral("contact"), person.contact},
            {QStringLiteral("consent"), person.consent},
            {QStringLiteral("consent_at"), person.consentAt.toString(Qt::ISODate)},
            {QStringLiteral("created_at"), person.createdAt.toString(Qt::ISODate)},
        };

        const QList<qint64> sessionIds = sessionIdsOf(database, visitorId);
        QJsonArray sessions;
        for (qint64 id : sessionIds) {
            const AssistedSession session = readSession(id);
            QJsonArray tasks;
            QStringList taskText;
            for (const TaskHelped &task : session.tasks) {
                tasks.append(
                    QJsonObject{{QStringLiteral("task"), task.task}, {QStringLiteral("outcome"), task.outcome}});
                taskText.append(task.task + QStringLiteral(" (") + task.outcome + QLatin1Char(')'));
            }
            sessions.append(QJsonObject{
                {QStringLiteral("id"), session.id},
                {QStringLiteral("started_at"), session.startedAt.toString(Qt::ISODate)},
                {QStringLiteral("terminal"), session.terminal},
                {QStringLiteral("volunteer_id"), session.volunteerId},
                {QStringLiteral("tasks"), tasks},
                {QStringLiteral("barriers"), QJsonArray::fromStringList(session.barriers)},
                {QStringLiteral("referral"), session.referral},
                {QStringLiteral("confidence_before"), session.confidenceBefore},
                {QStringLiteral("confidence_after"), session.confidenceAfter},
                {QStringLiteral("notes"), session.notes},
                {QStringLiteral("follow_up_on"), dateText(session.followUpOn)},
                {QStringLiteral("follow_up_done_at"), session.followUpDoneAt.toString(Qt::ISODate)},
                {QStringLiteral("nhs_login"), session.nhsLogin},
            });
            text << QString() << QStringLiteral("Session on %1").arg(session.startedAt.toString(Qt::ISODate))
                 << QStringLiteral("  Helped with: %1").arg(taskText.join(QStringLiteral(", ")))
                 << QStringLiteral("  Barriers: %1").arg(session.barriers.join(QStringLiteral(", ")))
                 << QStringLiteral("  Referred by: %1").arg(session.referral)
                 << QStringLiteral("  Notes: %1").arg(session.notes);
            if (session.followUpOn.isValid()) {
                text << QStringLiteral("  Follow-up on: %1").arg(dateText(session.followUpOn));
            }
        }
        root.insert(QStringLiteral("sessions"), sessions);

        Statement bookingRows = database.prepare(
            "SELECT id, room, starts_at, ends_at, purpose FROM bookings WHERE visitor_id = ?1 ORDER BY starts_at");
        bookingRows.bind(1, visitorId);
        QJsonArray bookingList;
        while (bookingRows.step()) {
            bookingList.append(QJsonObject{
                {QStringLiteral("id"), bookingRows.integer(0)},
                {QStringLiteral("room"), bookingRows.text(1)},
                {QStringLiteral("starts_at"), fromSeconds(bookingRows.integer(2)).toString(Qt::ISODate)},
                {QStringLiteral("ends_at"), fromSeconds(bookingRows.integer(3)).toString(Qt::ISODate)},
                {QStringLiteral("purpose"), bookingRows.text(4)},
            });
            text << QString()
                 << QStringLiteral("Booking of the %1 on %2")
                        .arg(bookingRows.text(1), fromSeconds(bookingRows.integer(2)).toString(Qt::ISODate));
        }
        root.insert(QStringLiteral("bookings"), bookingList);

        Statement auditRows = database.prepare("SELECT at, action, volunteer_id, terminal FROM audit_log "
                                               "WHERE record_type = 'visitor' AND record_id = ?1 ORDER BY id");
        auditRows.bind(1, visitorId);
        QJsonArray accessList;
        text << QString() << QStringLiteral("Who has looked at or changed these records:");
        while (auditRows.step()) {
            const QString at = fromSeconds(auditRows.integer(0)).toString(Qt::ISODate);
            accessList.append(QJsonObject{
                {QStringLiteral("at"), at},
                {QStringLiteral("action"), auditRows.text(1)},
                {QStringLiteral("volunteer_id"), auditRows.integer(2)},
                {QStringLiteral("terminal"), auditRows.text(3)},
            });
            text << QStringLiteral("  %1  %2 by volunteer %3 at %4")
                        .arg(at, auditRows.text(1), QString::number(auditRows.integer(2)), auditRows.text(3));
        }
        root.insert(QStringLiteral("access_log"), accessList);
        transaction.commit();

        VisitorExport result;
        result.json = QJsonDocument(root).toJson(QJsonDocument::Indented);
        result.text = text.join(QLatin1Char('\n')) + QLatin1Char('\n');
        return result;
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
