// SPDX-License-Identifier: GPL-3.0-or-later
// The Store's copies and checks: backup, verifying and restoring a backup, checkpoints, scrubbing freed pages,
// and the integrity check.
#include "core/store/database.h"
#include "core/store/privatefiles.h"
#include "core/store/schema.h"
#include "core/store/store.h"
#include "core/store/storeinternal.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace HealthHub::Store {

using namespace Internal;

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

} // namespace HealthHub::Store
