// SPDX-License-Identifier: GPL-3.0-or-later
// The Store's lifecycle: create, unlock, change passphrase, backup, restore, integrity, and the audit chain.
// Records themselves are in storerecords.cpp.
#include "core/store/store.h"

#include "core/store/database.h"
#include "core/store/privatefiles.h"
#include "core/store/schema.h"
#include "core/store/storeinternal.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <sodium.h>
#include <sqlcipher/sqlite3.h>

#include <cstdio>

Q_LOGGING_CATEGORY(lcStore, "healthhub.store")

namespace HealthHub::Store {

using namespace Internal;

namespace {

constexpr int kAuditHashBytes = 32;

void removeDatabaseFiles(const QString &path)
{
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        QFile::remove(path + suffix);
    }
}

/** Renames atomically (rename(2) replaces the target in one step) and syncs the folder. */
void renameOver(const QString &from, const QString &to)
{
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0) {
        fail(StoreError::Code::Io, QStringLiteral("could not rename %1").arg(QFileInfo(from).fileName()));
    }
    if (!syncFolder(QFileInfo(to).absolutePath())) {
        fail(StoreError::Code::Io, QStringLiteral("could not sync the records folder"));
    }
}

bool startsWithPlainSqliteHeader(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(16) == QByteArray("SQLite format 3\0", 16);
}

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

/** Runs integrity_check; throws Corrupt with the first problem. */
void requireIntegrity(Database &db)
{
    Statement check = db.prepare("PRAGMA integrity_check");
    if (!check.step()) {
        fail(StoreError::Code::Corrupt, QStringLiteral("integrity_check returned nothing"));
    }
    const QString first = check.text(0);
    if (first != QLatin1String("ok")) {
        fail(StoreError::Code::Corrupt, QStringLiteral("integrity_check: ") + first.left(200));
    }
}

} // namespace

Store::Store(StoreOptions options)
    : m_options(std::move(options))
{
    if (!m_options.clock) {
        m_options.clock = [] {
            return QDateTime::currentDateTimeUtc();
        };
    }
}

Store::~Store()
{
    close();
}

void Store::logFailure(const StoreError &error)
{
    // Codes and technical detail only: details never hold personal data or secrets.
    qCWarning(lcStore) << "store operation failed:" << StoreError::codeName(error.code()) << error.detail();
}

QString Store::databasePath() const
{
    return QDir(m_options.dataDir).filePath(databaseFileName());
}

QString Store::keyFilePath() const
{
    return QDir(m_options.dataDir).filePath(keyFileName());
}

QString Store::nextPath() const
{
    return databasePath() + QStringLiteral(".next");
}

bool Store::exists() const
{
    return QFile::exists(databasePath()) || QFile::exists(nextPath());
}

bool Store::isOpen() const
{
    return m_db != nullptr;
}

int Store::schemaVersion() const
{
    return m_db ? Schema::version(*m_db) : 0;
}

QDateTime Store::now() const
{
    return m_options.clock().toUTC();
}

Database &Store::db()
{
    if (!m_db) {
        fail(StoreError::Code::NotOpen);
    }
    return *m_db;
}

void Store::step(const char *name) const
{
    if (m_options.stepHook) {
        m_options.stepHook(name);
    }
}

void Store::close()
{
    m_db.reset();
    m_key.clear();
}

void Store::openDatabase(const QString &path, const SecureBytes *key, bool create)
{
    auto database = std::make_unique<Database>();
    try {
        database->open(path, create ? Database::OpenMode::Create : Database::OpenMode::Existing, key,
                       {m_options.cacheKiB, m_options.vfs});
    } catch (const StoreFailure &failure) {
        // The key has passed its check value, so a file it cannot read is damaged rather than foreign.
        if (key && failure.error().code() == StoreError::Code::NotAHubDatabase) {
            fail(StoreError::Code::Corrupt, failure.error().detail());
        }
        throw;
    }
    if (!create && database->scalar("PRAGMA application_id") != Schema::kApplicationId) {
        fail(StoreError::Code::NotAHubDatabase, QStringLiteral("application_id does not match"));
    }
    const int target = m_options.schemaVersion > 0 ? m_options.schemaVersion : Schema::kLatestVersion;
    const int version = Schema::version(*database);
    if (version > Schema::kLatestVersion) {
        fail(StoreError::Code::SchemaTooNew, QStringLiteral("schema version %1").arg(version));
    }
    if (version < target) {
        Transaction transaction(*database);
        Schema::migrate(*database, target);
        transaction.commit();
        qCInfo(lcStore) << "records schema upgraded from version" << version << "to" << target;
    }
    m_db = std::move(database);
}

StoreError Store::create(const SecureBytes &passphrase)
{
    return guarded([&] {
        close();
        if (!makePrivateFolder(m_options.dataDir)) {
            fail(StoreError::Code::ReadOnly, QStringLiteral("cannot create the records folder"));
        }
        if (m_options.unencryptedForBenchmarks) {
            openDatabase(databasePath(), nullptr, true);
            return StoreError();
        }
        if (QFile::exists(keyFilePath())) {
            recoverSwitch();
        }
        if (QFile::exists(databasePath())) {
            fail(StoreError::Code::AlreadyExists);
        }
        if (passphrase.isEmpty()) {
            fail(StoreError::Code::InvalidInput, QStringLiteral("empty passphrase"));
        }
        KeyFile keyFile;
        keyFile.current = KeySlot::fresh(m_options.kdfCost);
        SecureBytes key = keyFile.current.derive(passphrase);
        keyFile.current.seal(key);

        // Build the database beside its final name, publish the key file, then the database by rename.
        removeDatabaseFiles(nextPath());
        openDatabase(nextPath(), &key, true);
        {
            Transaction transaction(*m_db);
            audit(Actor{}, "create", "store", 0);
            transaction.commit();
        }
        m_db.reset();
        if (!syncFile(nextPath())) {
            fail(StoreError::Code::Io, QStringLiteral("could not sync the new records file"));
        }
        keyFile.save(keyFilePath());
        renameOver(nextPath(), databasePath());
        openDatabase(databasePath(), &key, false);
        m_key = std::move(key);
        m_keyFile = keyFile;
        qCInfo(lcStore) << "new records created";
        return StoreError();
    });
}

void Store::recoverSwitch()
{
    KeyFile keyFile = KeyFile::load(keyFilePath());
    switch (keyFile.pending) {
    case KeyFile::Pending::None:
        if (QFile::exists(nextPath())) {
            removeDatabaseFiles(nextPath()); // left over from an interrupted create or backup check
        }
        return;
    case KeyFile::Pending::Preparing:
        // The replacement may be incomplete: drop it. The database still opens with the current slot.
        qCWarning(lcStore) << "an interrupted replacement of the records file was abandoned";
        removeDatabaseFiles(nextPath());
        keyFile.pending = KeyFile::Pending::None;
        keyFile.save(keyFilePath());
        return;
    case KeyFile::Pending::Ready:
        // The replacement is complete and synced: finish the switch.
        qCWarning(lcStore) << "an interrupted replacement of the records file is being finished";
        finishSwitch(keyFile);
        return;
    }
}

void Store::finishSwitch(KeyFile &keyFile)
{
    keyFile.pending = KeyFile::Pending::Ready;
    keyFile.save(keyFilePath());
    step("ready");
    if (QFile::exists(nextPath())) {
        // The old file's WAL and shared memory belong to the file being replaced.
        QFile::remove(databasePath() + QStringLiteral("-wal"));
        QFile::remove(databasePath() + QStringLiteral("-shm"));
        renameOver(nextPath(), databasePath());
    }
    step("renamed");
    keyFile.current = keyFile.next;
    keyFile.pending = KeyFile::Pending::None;
    keyFile.save(keyFilePath());
    step("done");
}

StoreError Store::unlock(const SecureBytes &passphrase)
{
    return guarded([&] {
        close();
        if (m_options.unencryptedForBenchmarks) {
            if (!QFile::exists(databasePath())) {
                fail(StoreError::Code::NoDatabase);
            }
            openDatabase(databasePath(), nullptr, false);
            return StoreError();
        }
        const bool haveKeyFile = QFile::exists(keyFilePath());
        if (haveKeyFile) {
            recoverSwitch();
            // Folders and key files made by older versions under a umask of 022 become private here.
            makePrivateFolder(m_options.dataDir);
            makePrivateFile(keyFilePath());
        }
        if (!QFile::exists(databasePath())) {
            fail(StoreError::Code::NoDatabase);
        }
        if (!haveKeyFile) {
            fail(StoreError::Code::MissingKeyFile);
        }
        const KeyFile keyFile = KeyFile::load(keyFilePath());
        const qint64 size = QFileInfo(databasePath()).size();
        if (size == 0 || size % 4096 != 0) {
            // A SQLCipher file is whole 4096-byte pages; anything else was cut short or is not ours.
            fail(startsWithPlainSqliteHeader(databasePath()) ? StoreError::Code::NotAHubDatabase
                                                             : StoreError::Code::Corrupt,
                 QStringLiteral("file size is not a whole number of pages"));
        }
        if (startsWithPlainSqliteHeader(databasePath())) {
            fail(StoreError::Code::NotAHubDatabase, QStringLiteral("an unencrypted SQLite file"));
        }
        SecureBytes key = keyFile.current.derive(passphrase);
        if (!keyFile.current.matches(key)) {
            fail(StoreError::Code::WrongPassphrase);
        }
        openDatabase(databasePath(), &key, false);
        m_key = std::move(key);
        m_keyFile = keyFile;
        return StoreError();
    });
}

void Store::lockExclusive()
{
    // Only this connection may use the file from here until it closes; another program gives Busy.
    db().exec("PRAGMA locking_mode = EXCLUSIVE");
    db().exec("BEGIN EXCLUSIVE");
    db().exec("COMMIT");
}

StoreError Store::changePassphrase(const SecureBytes &newPassphrase)
{
    return guarded([&] {
        if (m_options.unencryptedForBenchmarks) {
            fail(StoreError::Code::InvalidInput, QStringLiteral("an unencrypted store has no passphrase"));
        }
        if (newPassphrase.isEmpty()) {
            fail(StoreError::Code::InvalidInput, QStringLiteral("empty passphrase"));
        }
        Database &database = db();
        KeyFile keyFile = m_keyFile;
        keyFile.next = KeySlot::fresh(m_options.kdfCost);
        SecureBytes newKey = keyFile.next.derive(newPassphrase);
        keyFile.next.seal(newKey);

        lockExclusive();
        {
            Transaction transaction(database);
            audit(Actor{}, "change-passphrase", "store", 0);
            transaction.commit();
        }
        removeDatabaseFiles(nextPath());
        keyFile.pending = KeyFile::Pending::Preparing;
        keyFile.save(keyFilePath());
        step("preparing");
        try {
            database.attach(nextPath(), &newKey);
            Schema::exportToAttached(database);
            database.detach();
            step("exported");
            // Check the new file before anything depends on it.
            Database check;
            check.open(nextPath(), Database::OpenMode::Existing, &newKey);
            if (check.scalar("PRAGMA application_id") != Schema::kApplicationId ||
                Schema::version(check) != Schema::version(database)) {
                fail(StoreError::Code::Internal, QStringLiteral("the exported file does not match"));
            }
            check.close();
            if (!syncFile(nextPath())) {
                fail(StoreError::Code::Io, QStringLiteral("could not sync the new records file"));
            }
        } catch (const StoreFailure &) {
            removeDatabaseFiles(nextPath());
            keyFile.pending = KeyFile::Pending::None;
            keyFile.save(keyFilePath());
            throw;
        }
        step("synced");
        m_db.reset(); // the last connection closes: its WAL is checkpointed into the file and removed
        if (QFileInfo(databasePath() + QStringLiteral("-wal")).size() > 0) {
            fail(StoreError::Code::Busy, QStringLiteral("the WAL was not emptied at close"));
        }
        step("closed");
        finishSwitch(keyFile);
        openDatabase(databasePath(), &newKey, false);
        m_key = std::move(newKey);
        m_keyFile = keyFile;
        qCInfo(lcStore) << "passphrase changed";
        return StoreError();
    });
}

StoreResult<QString> Store::backup(const QString &folder)
{
    return guarded([&]() -> StoreResult<QString> {
        Database &database = db();
        if (!makePrivateFolder(folder)) {
            fail(StoreError::Code::ReadOnly, QStringLiteral("cannot create the backup folder"));
        }
        const QDir dir(folder);
        QString base = QStringLiteral("hub-") + now().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
        for (int n = 2; QFile::exists(dir.filePath(base + QStringLiteral(".db"))); ++n) {
            base = QStringLiteral("hub-") + now().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")) + QLatin1Char('-') +
                   QString::number(n);
        }
        const QString path = dir.filePath(base + QStringLiteral(".db"));
        const QString part = path + QStringLiteral(".part");
        removeDatabaseFiles(part);
        const SecureBytes *key = m_options.unencryptedForBenchmarks ? nullptr : &m_key;
        try {
            database.attach(part, key);
            Schema::exportToAttached(database);
            database.detach();
            if (!syncFile(part)) {
                fail(StoreError::Code::Io, QStringLiteral("could not sync the backup"));
            }
            if (key) {
                KeyFile backupKey;
                backupKey.current = m_keyFile.current;
                backupKey.save(dir.filePath(base + QStringLiteral(".key")));
            }
            renameOver(part, path);
        } catch (const StoreFailure &) {
            removeDatabaseFiles(part);
            throw;
        }
        // Check the copy: it opens with the key, passes integrity_check and holds the same records.
        Database check;
        check.open(path, Database::OpenMode::Existing, key);
        requireIntegrity(check);
        const char *counts[] = {"SELECT count(*) FROM visitors", "SELECT count(*) FROM sessions",
                                "SELECT count(*) FROM audit_log"};
        for (const char *sql : counts) {
            if (check.scalar(sql) != database.scalar(sql)) {
                fail(StoreError::Code::BadBackup, QStringLiteral("the backup holds different records"));
            }
        }
        check.close();
        Transaction transaction(database);
        audit(Actor{}, "backup", "store", 0);
        transaction.commit();
        qCInfo(lcStore) << "backup written";
        return path;
    });
}

namespace {

QString backupKeyPath(const QString &backupPath)
{
    QString path = backupPath;
    if (path.endsWith(QLatin1String(".db"))) {
        path.chop(3);
    }
    return path + QStringLiteral(".key");
}

} // namespace

StoreError Store::verifyBackup(const QString &backupPath, const SecureBytes &passphrase, const StoreOptions &options)
{
    Store store(options);
    return store.guarded([&] {
        if (!QFile::exists(backupPath)) {
            fail(StoreError::Code::NoDatabase, QStringLiteral("the backup file does not exist"));
        }
        const KeyFile keyFile = KeyFile::load(backupKeyPath(backupPath));
        const SecureBytes key = keyFile.current.derive(passphrase);
        if (!keyFile.current.matches(key)) {
            fail(StoreError::Code::WrongPassphrase);
        }
        // Check a copy, so a backup on read-only media or in an archive folder is never written to.
        const QString copy = backupPath + QStringLiteral(".check");
        removeDatabaseFiles(copy);
        if (!QFile::copy(backupPath, copy)) {
            fail(StoreError::Code::Io, QStringLiteral("could not copy the backup to check it"));
        }
        try {
            Database check;
            try {
                check.open(copy, Database::OpenMode::Existing, &key);
            } catch (const StoreFailure &failure) {
                fail(StoreError::Code::BadBackup, failure.error().detail());
            }
            if (check.scalar("PRAGMA application_id") != Schema::kApplicationId) {
                fail(StoreError::Code::BadBackup, QStringLiteral("not a hub database"));
            }
            try {
                requireIntegrity(check);
            } catch (const StoreFailure &failure) {
                fail(StoreError::Code::BadBackup, failure.error().detail());
            }
        } catch (const StoreFailure &) {
            removeDatabaseFiles(copy);
            throw;
        }
        removeDatabaseFiles(copy);
        return StoreError();
    });
}

StoreError Store::restore(const QString &backupPath, const SecureBytes &passphrase)
{
    StoreOptions checkOptions = m_options;
    checkOptions.stepHook = nullptr;
    const StoreError checked = verifyBackup(backupPath, passphrase, checkOptions);
    if (!checked.ok()) {
        return checked;
    }
    return guarded([&] {
        const KeyFile backupKey = KeyFile::load(backupKeyPath(backupPath));
        SecureBytes key = backupKey.current.derive(passphrase);
        if (m_db) {
            lockExclusive(); // no other program may be writing while the file is replaced
        }
        close();
        if (!makePrivateFolder(m_options.dataDir)) {
            fail(StoreError::Code::ReadOnly, QStringLiteral("cannot create the records folder"));
        }
        KeyFile keyFile;
        if (QFile::exists(keyFilePath())) {
            try {
                recoverSwitch();
                keyFile = KeyFile::load(keyFilePath());
            } catch (const StoreFailure &) {
                keyFile.current = backupKey.current; // the live key file is damaged: the backup's replaces it
            }
        } else {
            keyFile.current = backupKey.current;
        }
        keyFile.next = backupKey.current;
        keyFile.pending = KeyFile::Pending::Preparing;
        keyFile.save(keyFilePath());
        step("preparing");
        removeDatabaseFiles(nextPath());
        if (!QFile::copy(backupPath, nextPath()) || !syncFile(nextPath())) {
            removeDatabaseFiles(nextPath());
            keyFile.pending = KeyFile::Pending::None;
            keyFile.save(keyFilePath());
            fail(StoreError::Code::Io, QStringLiteral("could not copy the backup into the records folder"));
        }
        step("synced");
        finishSwitch(keyFile);
        openDatabase(databasePath(), &key, false);
        m_key = std::move(key);
        m_keyFile = keyFile;
        Transaction transaction(db());
        audit(Actor{}, "restore", "store", 0);
        transaction.commit();
        qCInfo(lcStore) << "records restored from a backup";
        return StoreError();
    });
}

StoreError Store::checkpoint()
{
    return guarded([&] {
        db().exec("PRAGMA wal_checkpoint(TRUNCATE)");
        return StoreError();
    });
}

void Store::scrubFile()
{
    // secure_delete has zeroed the freed cells; checkpoint, rebuild and checkpoint again so neither the
    // database nor its WAL holds an old copy of the page.
    db().exec("PRAGMA wal_checkpoint(TRUNCATE)");
    db().exec("VACUUM");
    db().exec("PRAGMA wal_checkpoint(TRUNCATE)");
}

StoreError Store::checkIntegrity()
{
    return guarded([&] {
        requireIntegrity(db());
        const StoreResult<AuditCheck> chain = verifyAudit();
        if (!chain.ok()) {
            return chain.error();
        }
        if (!chain.value().intact) {
            fail(StoreError::Code::Corrupt, QStringLiteral("audit log: ") + chain.value().problem);
        }
        return StoreError();
    });
}

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
    // which SQLCipher encrypts page by page (see addToCount in storerecords.cpp).
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

double Store::measureKdfMs(const KdfCost &cost)
{
    try {
        const KeySlot slot = KeySlot::fresh(cost);
        const SecureBytes passphrase("benchmark passphrase", 20);
        QElapsedTimer timer;
        timer.start();
        const SecureBytes key = slot.derive(passphrase);
        return double(timer.nsecsElapsed()) / 1e6;
    } catch (const StoreFailure &) {
        return -1;
    }
}

} // namespace HealthHub::Store
