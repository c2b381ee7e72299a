// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/database.h"

#include "core/store/privatefiles.h"
#include "core/store/securebytes.h"
#include "core/store/storeerror.h"

#include <QFile>

#define SQLITE_HAS_CODEC 1 // declares sqlite3_key_v2, which SQLCipher provides
#include <sodium.h>
#include <sqlcipher/sqlite3.h>

namespace HealthHub::Store {

namespace {

StoreError::Code codeFor(int rc)
{
    switch (Database::primaryCode(rc)) {
    case SQLITE_NOTADB:
        return StoreError::Code::NotAHubDatabase;
    case SQLITE_CORRUPT:
        return StoreError::Code::Corrupt;
    case SQLITE_FULL:
        return StoreError::Code::DiskFull;
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return StoreError::Code::ReadOnly;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return StoreError::Code::Busy;
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_NOLFS:
        return StoreError::Code::Io;
    case SQLITE_CONSTRAINT:
    case SQLITE_MISMATCH:
    case SQLITE_TOOBIG:
        return StoreError::Code::InvalidInput;
    default:
        return StoreError::Code::Internal;
    }
}

} // namespace

Database::Database() = default;

Database::~Database()
{
    close();
}

SecureBytes Database::rawKeyText(const SecureBytes &key)
{
    // x'<hex>' : 2 + 2 * size + 1 characters, plus the terminating NUL sodium_bin2hex writes.
    SecureBytes text(key.size() * 2 + 4);
    char *out = reinterpret_cast<char *>(text.data());
    out[0] = 'x';
    out[1] = '\'';
    sodium_bin2hex(out + 2, key.size() * 2 + 1, key.data(), key.size());
    out[2 + key.size() * 2] = '\'';
    return SecureBytes(text.chars(), key.size() * 2 + 3);
}

QString Database::cipherVersion(sqlite3 *db)
{
    sqlite3_stmt *stmt = nullptr;
    QString version;
    if (sqlite3_prepare_v2(db, "PRAGMA cipher_version", -1, &stmt, nullptr) == SQLITE_OK &&
        sqlite3_step(stmt) == SQLITE_ROW) {
        version = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
    }
    sqlite3_finalize(stmt);
    return version;
}

void Database::open(const QString &path, OpenMode mode, const SecureBytes *rawKey, const ConnectionTuning &tuning)
{
    close();
    const QByteArray file = QFile::encodeName(path);
    // CREATE is always set because ATTACH inherits these flags and must be able to make export files; an
    // existing file is checked for here instead.
    if (mode == OpenMode::Existing && !QFile::exists(path)) {
        fail(StoreError::Code::NoDatabase, QStringLiteral("the database file does not exist"));
    }
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
    int rc = sqlite3_open_v2(file.constData(), &m_db, flags, tuning.vfs.isEmpty() ? nullptr : tuning.vfs.constData());
    if (rc != SQLITE_OK) {
        if (!m_db) {
            fail(StoreError::Code::Internal, QStringLiteral("out of memory opening the database"));
        }
        const StoreError::Code code = codeFor(rc);
        const QString detail = QString::fromUtf8(sqlite3_errmsg(m_db));
        close();
        fail(code, detail);
    }
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, 5000);
    // Owner only, whatever the umask; SQLite gives the WAL and shared-memory files this same mode.
    makePrivateFile(path);

    try {
        if (cipherVersion(m_db).isEmpty()) {
            fail(StoreError::Code::NotSqlCipher, QStringLiteral("PRAGMA cipher_version returned nothing"));
        }
        if (rawKey) {
            const SecureBytes keyText = rawKeyText(*rawKey);
            rc = sqlite3_key_v2(m_db, "main", keyText.data(), int(keyText.size()));
            if (rc != SQLITE_OK) {
                raise(rc, "key");
            }
            // Must come after the key and before the first read. 3.x defaults to 1024-byte pages, which are slow.
            exec("PRAGMA cipher_page_size = 4096");
        }
        // The first read: a wrong key or a file that is not SQLCipher fails here with SQLITE_NOTADB.
        scalar("SELECT count(*) FROM sqlite_master");
        const QByteArray cache = "PRAGMA cache_size = -" + QByteArray::number(tuning.cacheKiB);
        exec(cache.constData());            // a number this code made, not input
        exec("PRAGMA temp_store = MEMORY"); // temporary tables never reach the disk in the clear
        exec("PRAGMA secure_delete = ON");  // deleted records are overwritten, not left in free pages
        exec("PRAGMA foreign_keys = ON");
        Statement journal = prepare("PRAGMA journal_mode = WAL");
        if (!journal.step() || journal.text(0) != QLatin1String("wal")) {
            fail(StoreError::Code::Io, QStringLiteral("the database could not switch to WAL"));
        }
        exec("PRAGMA synchronous = FULL");
    } catch (const StoreFailure &) {
        close();
        throw;
    }
}

void Database::close()
{
    m_cache.clear();
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

void Database::raise(int rc, const char *context) const
{
    QString detail = QLatin1String(context) + QStringLiteral(": ");
    detail += m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromUtf8(sqlite3_errstr(rc));
    fail(codeFor(rc), detail);
}

void Database::exec(const char *sql)
{
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        raise(rc, "exec");
    }
}

Statement Database::prepare(const char *sql)
{
    return Statement(*this, sql);
}

Statement &Database::cached(const char *sql)
{
    const QByteArray key = QByteArray::fromRawData(sql, qstrlen(sql));
    auto it = m_cache.find(key);
    if (it == m_cache.end()) {
        it = m_cache.insert(QByteArray(sql), std::make_shared<Statement>(*this, sql));
    }
    it.value()->reset();
    return *it.value();
}

qint64 Database::scalar(const char *sql)
{
    Statement statement = prepare(sql);
    return statement.step() ? statement.integer(0) : 0;
}

qint64 Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

void Database::attach(const QString &path, const SecureBytes *rawKey)
{
    Statement statement = prepare("ATTACH DATABASE ?1 AS other KEY ?2");
    statement.bind(1, path);
    // An empty key attaches without encryption (benchmarks and plaintext checks only).
    const SecureBytes keyText = rawKey ? rawKeyText(*rawKey) : SecureBytes();
    statement.bindSecret(2, keyText);
    statement.run();
    makePrivateFile(path);
    if (rawKey) {
        exec("PRAGMA other.cipher_page_size = 4096");
    }
}

void Database::detach()
{
    exec("DETACH DATABASE other");
}

Transaction::Transaction(Database &db)
    : m_db(db)
{
    m_db.exec("BEGIN IMMEDIATE");
}

Transaction::~Transaction()
{
    if (!m_done) {
        sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
    }
}

void Transaction::commit()
{
    m_db.exec("COMMIT");
    m_done = true;
}

} // namespace HealthHub::Store
