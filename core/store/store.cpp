// SPDX-License-Identifier: GPL-3.0-or-later
// The Store's lifecycle: create, unlock, lock, change passphrase, and the file steps they share with backups.
// What the records keep is in one file each: storevisitors, storesessions, storebookings, storevolunteers,
// storereports, storeretention, storeaudit; copies and checks in storebackup.
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

namespace Internal {

void removeDatabaseFiles(const QString &path)
{
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        QFile::remove(path + suffix);
    }
}

void renameOver(const QString &from, const QString &to)
{
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0) {
        fail(StoreError::Code::Io, QStringLiteral("could not rename %1").arg(QFileInfo(from).fileName()));
    }
    if (!syncFolder(QFileInfo(to).absolutePath())) {
        fail(StoreError::Code::Io, QStringLiteral("could not sync the records folder"));
    }
}

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

} // namespace Internal

namespace {

bool startsWithPlainSqliteHeader(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(16) == QByteArray("SQLite format 3\0", 16);
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

namespace {} // namespace

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
