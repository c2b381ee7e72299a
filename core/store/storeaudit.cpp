// SPDX-License-Identifier: GPL-3.0-or-later
// The Store's audit log: every read and change of a visitor's records, append-only and chained with
// BLAKE2b so a changed or deleted entry shows.
#include "core/store/database.h"
#include "core/store/store.h"
#include "core/store/storeinternal.h"

#include <sodium.h>

namespace HealthHub::Store {

using namespace Internal;

namespace {

constexpr int kAuditHashBytes = 32;

void appendNumber(QByteArray &out, qint64 value)
{
    for (int i = 0; i < 8; ++i) {
        out.append(char((quint64(value) >> (8 * i)) & 0xff));
    }
}

void appendText(QByteArray &out, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    appendNumber(out, utf8.size());
    out.append(utf8);
}

/** The chain link: BLAKE2b-256 of the previous link and every field of the entry, length-prefixed. */
QByteArray auditHash(const QByteArray &previous, const AuditEntry &entry)
{
    QByteArray message = previous;
    appendNumber(message, entry.id);
    appendNumber(message, toSeconds(entry.at));
    appendNumber(message, entry.volunteerId);
    appendText(message, entry.terminal);
    appendText(message, entry.action);
    appendText(message, entry.recordType);
    appendNumber(message, entry.recordId);
    QByteArray hash(kAuditHashBytes, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(hash.data()), kAuditHashBytes,
                       reinterpret_cast<const unsigned char *>(message.constData()), size_t(message.size()), nullptr,
                       0);
    return hash;
}

} // namespace

void Store::audit(const Actor &actor, const char *action, const char *recordType, qint64 recordId)
{
    Database &database = db();
    Statement &head = database.cached("SELECT (SELECT value FROM meta WHERE key = 'audit_head'), "
                                      "(SELECT value FROM meta WHERE key = 'audit_count')");
    head.step();
    const QByteArray previous = head.isNull(0) ? QByteArray(kAuditHashBytes, '\0') : head.blob(0);
    AuditEntry entry;
    entry.id = head.integer(1) + 1;
    head.reset();
    entry.at = now();
    entry.volunteerId = actor.volunteerId;
    entry.terminal = m_options.terminal;
    entry.action = QLatin1String(action);
    entry.recordType = QLatin1String(recordType);
    entry.recordId = recordId;
    const QByteArray hash = auditHash(previous, entry);
    database
        .cached("INSERT INTO audit_log (id, at, volunteer_id, terminal, action, record_type, record_id, hash) "
                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
        .bind(1, entry.id)
        .bind(2, toSeconds(entry.at))
        .bindOptional(3, entry.volunteerId)
        .bind(4, entry.terminal)
        .bind(5, entry.action)
        .bind(6, entry.recordType)
        .bindOptional(7, entry.recordId)
        .bind(8, hash)
        .run();
    // UPDATE OR FAIL, and INSERT only when the row is not there yet: INSERT OR REPLACE needs a statement journal,
    // which SQLCipher encrypts page by page (see addToCount in storecounts.h).
    database.cached("UPDATE OR FAIL meta SET value = ?1 WHERE key = 'audit_head'").bind(1, hash).run();
    if (database.changes() == 0) {
        database.cached("INSERT INTO meta (key, value) VALUES ('audit_head', ?1)").bind(1, hash).run();
    }
    database.cached("UPDATE OR FAIL meta SET value = ?1 WHERE key = 'audit_count'").bind(1, entry.id).run();
    if (database.changes() == 0) {
        database.cached("INSERT INTO meta (key, value) VALUES ('audit_count', ?1)").bind(1, entry.id).run();
    }
}

StoreResult<QList<AuditEntry>> Store::auditEntries(qint64 afterId, int limit)
{
    return guarded([&]() -> StoreResult<QList<AuditEntry>> {
        Statement query = db().prepare("SELECT id, at, volunteer_id, terminal, action, record_type, record_id "
                                       "FROM audit_log WHERE id > ?1 ORDER BY id LIMIT ?2");
        query.bind(1, afterId).bind(2, limit);
        QList<AuditEntry> entries;
        while (query.step()) {
            entries.append({query.integer(0), fromSeconds(query.integer(1)), query.integer(2), query.text(3),
                            query.text(4), query.text(5), query.integer(6)});
        }
        return entries;
    });
}

StoreResult<AuditCheck> Store::verifyAudit()
{
    return guarded([&]() -> StoreResult<AuditCheck> {
        Database &database = db();
        AuditCheck check;
        Statement query = database.prepare("SELECT id, at, volunteer_id, terminal, action, record_type, record_id, "
                                           "hash FROM audit_log ORDER BY id");
        QByteArray previous(kAuditHashBytes, '\0');
        qint64 expectedId = 1;
        while (query.step()) {
            const AuditEntry entry{query.integer(0), fromSeconds(query.integer(1)),
                                   query.integer(2), query.text(3),
                                   query.text(4),    query.text(5),
                                   query.integer(6)};
            if (entry.id != expectedId) {
                check.intact = false;
                check.firstBadId = expectedId;
                check.problem = QStringLiteral("entry %1 is missing").arg(expectedId);
                return check;
            }
            const QByteArray stored = query.blob(7);
            if (auditHash(previous, entry) != stored) {
                check.intact = false;
                check.firstBadId = entry.id;
                check.problem = QStringLiteral("entry %1 was changed").arg(entry.id);
                return check;
            }
            previous = stored;
            ++expectedId;
            ++check.entries;
        }
        Statement head = database.prepare("SELECT (SELECT value FROM meta WHERE key = 'audit_head'), "
                                          "(SELECT value FROM meta WHERE key = 'audit_count')");
        head.step();
        const qint64 count = head.integer(1);
        if (count != check.entries || (count > 0 && head.blob(0) != previous)) {
            check.intact = false;
            check.firstBadId = check.entries + 1;
            check.problem = QStringLiteral("entries after %1 were deleted").arg(check.entries);
        }
        return check;
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
