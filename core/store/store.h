// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/records/records.h"
#include "core/store/keyfile.h"
#include "core/store/securebytes.h"
#include "core/store/storeerror.h"

#include <QDateTime>
#include <QString>

#include <chrono>
#include <functional>
#include <memory>
#include <new>

namespace HealthHub::Store {

class Database;

/** How a Store is set up. Tests change the costs, the clock and the VFS; the product uses the defaults. */
struct StoreOptions
{
    QString dataDir;                               ///< holds hub.db, its WAL and hub.key
    QString terminal = QStringLiteral("terminal"); ///< this terminal's name, for sessions and the audit log
    KdfCost kdfCost = KdfCost::standard();         ///< for a new database key (create, change passphrase)
    KdfCost pinCost = {2, quint64(32) << 20};      ///< for volunteer PIN hashes
    int maxPinFailures = 5;
    std::chrono::seconds pinLockout{15 * 60};
    int cacheKiB = 64 * 1024;
    std::function<QDateTime()> clock; ///< UTC now; default: the system clock
    QByteArray vfs;                   ///< SQLite VFS; tests use one that fails writes
    /** Benchmarks only: no key at all, plain SQLite of the same version. Never for records. */
    bool unencryptedForBenchmarks = false;
    /** Tests only: build an older schema to test migrations from. */
    int schemaVersion = 0;
    /** Tests only: called at each step of replacing the database file, so a test can crash there. */
    std::function<void(const char *step)> stepHook;
};

/**
 * The hub's encrypted records: a SQLCipher database keyed with Argon2id from the hub passphrase.
 *
 * Lifecycle: create() on first run, unlock() afterwards, close() to lock. Every method that reads or changes
 * a visitor's records writes an audit entry in the same transaction. Methods return StoreError (ok() when
 * done) or StoreResult<T>; a failed change leaves the records as they were. Not thread-safe: one Store per
 * thread. See docs/store.md for the files, the key and the crash-safety protocol.
 */
class Store final
{
    Q_DISABLE_COPY_MOVE(Store)

public:
    explicit Store(StoreOptions options);
    ~Store();

    static QString databaseFileName() { return QStringLiteral("hub.db"); }
    static QString keyFileName() { return QStringLiteral("hub.key"); }
    QString databasePath() const;
    QString keyFilePath() const;
    /** True when this folder holds records (or a half-finished switch that unlock() will finish). */
    bool exists() const;

    // Lifecycle (store.cpp)
    StoreError create(const SecureBytes &passphrase);
    StoreError unlock(const SecureBytes &passphrase);
    void close();
    bool isOpen() const;
    int schemaVersion() const;
    /** Exports to a new file keyed with the new passphrase and swaps it in atomically (docs/store.md). */
    StoreError changePassphrase(const SecureBytes &newPassphrase);

    // Volunteers (storevolunteers.cpp)
    StoreResult<qint64> addVolunteer(const Records::Actor &actor, const QString &name, Records::VolunteerRole role,
                                     const SecureBytes &pin);
    StoreResult<QList<Records::Volunteer>> volunteers();
    StoreError setVolunteerPin(const Records::Actor &actor, qint64 volunteerId, const SecureBytes &pin);
    /** Five wrong PINs in a row lock the PIN for StoreOptions::pinLockout. A right PIN resets the count. */
    StoreResult<Records::PinCheck> checkPin(qint64 volunteerId, const SecureBytes &pin);
    /** An inactive volunteer cannot sign in; their past sessions stay theirs. */
    StoreError setVolunteerActive(const Records::Actor &actor, qint64 volunteerId, bool active);
    /** A volunteer's unfinished session form, kept encrypted with the records. Not audited: it is work in hand. */
    StoreError saveDraft(qint64 volunteerId, const QByteArray &form);
    /** The saved draft, or an empty array when there is none. */
    StoreResult<QByteArray> draft(qint64 volunteerId);
    StoreError clearDraft(qint64 volunteerId);

    // Visitors (storevisitors.cpp)
    StoreResult<qint64> addVisitor(const Records::Actor &actor, const Records::Visitor &visitor);
    StoreError updateVisitor(const Records::Actor &actor, const Records::Visitor &visitor);
    StoreResult<Records::Visitor> visitor(const Records::Actor &actor, qint64 visitorId);
    /** Visitors whose name starts with @p prefix (case-insensitive), newest first. Audited as a search. */
    StoreResult<QList<Records::Visitor>> findVisitors(const Records::Actor &actor, const QString &prefix,
                                                      int limit = 20);
    /** Visitors whose name starts with @p prefix: people seen before first, most recent visit first. Audited. */
    StoreResult<QList<Records::VisitorMatch>> searchVisitors(const Records::Actor &actor, const QString &prefix,
                                                             int limit = 20);

    // Assisted sessions (storesessions.cpp)
    StoreResult<qint64> addSession(const Records::Actor &actor, const Records::AssistedSession &session);
    /** Many sessions in one transaction (imports and benchmarks). Ids are not returned. */
    StoreError addSessions(const Records::Actor &actor, const QList<Records::AssistedSession> &sessions);
    /** Replaces a session's answers; its time, terminal and volunteer stay. Audited as an update. */
    StoreError updateSession(const Records::Actor &actor, const Records::AssistedSession &session);
    /** One session; audited as a read of the session. */
    StoreResult<Records::AssistedSession> session(const Records::Actor &actor, qint64 sessionId);
    StoreResult<QList<Records::AssistedSession>> visitorHistory(const Records::Actor &actor, qint64 visitorId);
    /** Follow-ups due on or before @p dueBy and not done, oldest first. Audited as a read of sessions. */
    StoreResult<QList<Records::FollowUpDue>> followUpsDue(const Records::Actor &actor, const QDate &dueBy);
    StoreError markFollowUpDone(const Records::Actor &actor, qint64 sessionId);
    StoreResult<qint64> sessionCount();

    // Booth bookings (storebookings.cpp)
    /** Refuses (BookingClash) a slot that overlaps another in the same room. */
    StoreResult<qint64> addBooking(const Records::Actor &actor, const Records::Booking &booking);
    /** Moves a booking; refuses (BookingClash) a time that overlaps another booking in the same room. */
    StoreError moveBooking(const Records::Actor &actor, qint64 bookingId, const QDateTime &startsAt,
                           const QDateTime &endsAt);
    StoreError cancelBooking(const Records::Actor &actor, qint64 bookingId);
    StoreResult<QList<Records::Booking>> bookings(const QDateTime &from, const QDateTime &to);

    // Reports (storereports.cpp; as CSV: Reports::reportCsv())
    /** Anonymous task usage (visitor kiosks: no person, just a count per day). */
    StoreError countTaskUse(const QString &task);
    StoreResult<QList<Records::CountRow>> taskUsage(const QDate &from, const QDate &to);
    StoreResult<Records::PeriodReport> periodReport(const QDateTime &from, const QDateTime &to);

    // Retention, subject access, erasure (storeretention.cpp)
    /** The retention period the hub lead chose in the console; 0 when none was chosen (use the configuration). */
    StoreResult<int> retentionMonths();
    StoreError setRetentionMonths(const Records::Actor &actor, int months);
    /** Sessions older than @p months lose their visitor, notes and contact; visitors seen only then are deleted. */
    StoreResult<Records::PurgeSummary> purgeExpired(const Records::Actor &actor, int months);
    /** Everything held about the visitor, as Reports::formatVisitorFile() writes it. Audited as an export. */
    StoreResult<Records::VisitorExport> exportVisitor(const Records::Actor &actor, qint64 visitorId);
    /** Deletes the visitor and everything about them, then rewrites the file so no trace is left on disk. */
    StoreError eraseVisitor(const Records::Actor &actor, qint64 visitorId);

    // Audit (storeaudit.cpp)
    StoreResult<QList<Records::AuditEntry>> auditEntries(qint64 afterId = 0, int limit = 1000);
    /** Audit entries made from @p from up to (not including) @p to, newest first, at most @p limit. */
    StoreResult<QList<Records::AuditEntry>> auditEntriesBetween(const QDateTime &from, const QDateTime &to, int limit);
    StoreResult<Records::AuditCheck> verifyAudit();

    // Copies and checks (storebackup.cpp)
    /** PRAGMA integrity_check plus the audit chain. Corrupt with the first problem as detail. */
    StoreError checkIntegrity();
    /** Writes WAL pages into the database and empties the WAL. */
    StoreError checkpoint();
    /** An encrypted copy (hub-<time>.db plus hub-<time>.key) in @p folder, checked. Returns its path. */
    StoreResult<QString> backup(const QString &folder);
    /** Opens a backup with @p passphrase and checks it, without touching the live records. */
    static StoreError verifyBackup(const QString &backupPath, const SecureBytes &passphrase,
                                   const StoreOptions &options = {});
    /** Replaces the live records with a checked backup, atomically. The store is open on the backup after. */
    StoreError restore(const QString &backupPath, const SecureBytes &passphrase);

    /** The Argon2id time on this machine for @p cost, in milliseconds (for tuning and the benchmark). */
    static double measureKdfMs(const KdfCost &cost);

private:
    template<typename Function>
    auto guarded(Function &&function) -> decltype(function());
    static void logFailure(const StoreError &error);
    QDateTime now() const;
    Database &db();
    void step(const char *name) const;
    void recoverSwitch();
    void openDatabase(const QString &path, const SecureBytes *key, bool create);
    void lockExclusive();
    void finishSwitch(KeyFile &keyFile);
    QString nextPath() const;
    void audit(const Records::Actor &actor, const char *action, const char *recordType, qint64 recordId);
    void writeSessionRows(const Records::AssistedSession &session, qint64 sessionId, qint64 startedAt);
    /** Adds @p sign (1 or -1) times the session's answers to the daily and monthly report counts. */
    void countSession(const Records::AssistedSession &session, qint64 startedAt, int sign);
    /** Sets visitors.first_session_at from the sessions still linked to @p visitorId (0 does nothing). */
    void refreshFirstSession(qint64 visitorId);
    Records::AssistedSession readSession(qint64 sessionId);
    void requireVisitor(qint64 visitorId);
    void scrubFile();

    StoreOptions m_options;
    std::unique_ptr<Database> m_db;
    SecureBytes m_key;
    KeyFile m_keyFile;
};

template<typename Function>
auto Store::guarded(Function &&function) -> decltype(function())
{
    try {
        return function();
    } catch (const StoreFailure &failure) {
        logFailure(failure.error());
        return failure.error();
    } catch (const std::bad_alloc &) {
        return StoreError(StoreError::Code::Internal, QStringLiteral("out of memory"));
    }
}

} // namespace HealthHub::Store
