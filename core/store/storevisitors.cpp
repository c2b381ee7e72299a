// SPDX-License-Identifier: GPL-3.0-or-later
// The Store's visitors: a first name or initials and, with consent, a contact; found by name, audited.
#include "core/store/database.h"
#include "core/store/store.h"
#include "core/store/storeinternal.h"

#include <algorithm>

namespace HealthHub::Store {

using namespace Internal;

namespace Internal {

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

} // namespace Internal

namespace {

void validate(const Visitor &visitor)
{
    require(!visitor.name.trimmed().isEmpty() && visitor.name.size() <= kMaxNameLength,
            "a visitor's name is a first name or initials, up to 40 characters");
    require(visitor.contact.size() <= kMaxContactLength, "contact details are up to 100 characters");
    require(visitor.consent || visitor.contact.isEmpty(), "contact details are kept only with consent");
}

QString likePrefix(const QString &prefix)
{
    QString pattern = prefix.trimmed();
    pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    pattern.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    pattern.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return pattern + QLatin1Char('%');
}

/** A visitor row (readVisitor()'s columns) followed by the time of their last session, or NULL. */
VisitorMatch readMatch(const Statement &row)
{
    VisitorMatch match;
    match.visitor = readVisitor(row);
    match.lastSeen = row.isNull(6) ? QDateTime() : fromSeconds(row.integer(6));
    return match;
}

/** No name typed yet: the people seen most lately, then people recorded but not seen yet, newest first. */
QList<VisitorMatch> recentMatches(Database &database, int limit)
{
    QList<VisitorMatch> matches;
    // Read backwards along the time index.
    Statement recent = database.prepare(
        "SELECT v.id, v.name, v.contact, v.consent, v.consent_at, v.created_at, r.last FROM "
        "(SELECT visitor_id, max(started_at) AS last FROM (SELECT visitor_id, started_at FROM sessions "
        "WHERE visitor_id IS NOT NULL ORDER BY started_at DESC LIMIT ?1 * 20) GROUP BY visitor_id) r "
        "JOIN visitors v ON v.id = r.visitor_id ORDER BY r.last DESC, v.id DESC LIMIT ?1");
    recent.bind(1, limit);
    while (recent.step()) {
        matches.append(readMatch(recent));
    }
    if (matches.size() >= limit) {
        return matches;
    }
    // Then people recorded but not seen yet (or seen long ago), newest first.
    Statement fresh = database.prepare("SELECT id, name, contact, consent, consent_at, created_at, NULL FROM visitors "
                                       "ORDER BY created_at DESC, id DESC LIMIT ?1");
    fresh.bind(1, limit * 2);
    while (fresh.step() && matches.size() < limit) {
        const VisitorMatch match = readMatch(fresh);
        const bool known = std::any_of(matches.cbegin(), matches.cend(),
                                       [&](const VisitorMatch &m) { return m.visitor.id == match.visitor.id; });
        if (!known) {
            matches.append(match);
        }
    }
    return matches;
}

/** Visitors whose name starts with @p prefix: people seen before first, most recent visit first. */
QList<VisitorMatch> matchesByName(Database &database, const QString &prefix, int limit)
{
    Statement query = database.prepare("SELECT v.id, v.name, v.contact, v.consent, v.consent_at, v.created_at, "
                                       "(SELECT max(s.started_at) FROM sessions s WHERE s.visitor_id = v.id) AS last "
                                       "FROM visitors v WHERE v.name LIKE ?1 ESCAPE '\\' "
                                       "ORDER BY last IS NULL, last DESC, v.created_at DESC, v.id DESC LIMIT ?2");
    query.bind(1, likePrefix(prefix)).bind(2, limit);
    QList<VisitorMatch> matches;
    while (query.step()) {
        matches.append(readMatch(query));
    }
    return matches;
}

} // namespace

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

StoreResult<QList<VisitorMatch>> Store::searchVisitors(const Actor &actor, const QString &prefix, int limit)
{
    return guarded([&]() -> StoreResult<QList<VisitorMatch>> {
        Database &database = db();
        Transaction transaction(database);
        QList<VisitorMatch> matches =
            prefix.trimmed().isEmpty() ? recentMatches(database, limit) : matchesByName(database, prefix, limit);
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

} // namespace HealthHub::Store
