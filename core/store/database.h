// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/statement.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <memory>

struct sqlite3;

namespace HealthHub::Store {

class SecureBytes;

/** How a connection is tuned once it is open. */
struct ConnectionTuning
{
    int cacheKiB = 64 * 1024; ///< page cache; large enough for the working set of a hub's records
    QByteArray vfs;           ///< SQLite VFS name; empty for the default (tests inject failing writes)
};

/**
 * One SQLCipher connection: open and key, literal SQL, prepared statements, typed errors.
 * SQL text is always a string literal in the code; values are bound, never spliced. Failures throw
 * StoreFailure (caught at the Store's public API).
 */
class Database final
{
    Q_DISABLE_COPY_MOVE(Database)

public:
    enum class OpenMode { Existing, Create };

    Database();
    ~Database();

    /**
     * Opens @p path and, when @p rawKey is given (32 bytes), keys it with that raw key. Checks that the library
     * is SQLCipher and that the key reads the file, then sets WAL, synchronous=FULL, foreign keys, the page
     * cache and secure delete. A wrong key or a file that is not SQLCipher throws NotAHubDatabase.
     */
    void open(const QString &path, OpenMode mode, const SecureBytes *rawKey, const ConnectionTuning &tuning = {});
    void close();
    bool isOpen() const { return m_db != nullptr; }
    sqlite3 *handle() const { return m_db; }

    /** Runs literal SQL with no parameters (may hold several statements). */
    void exec(const char *sql);
    /** A new statement for literal @p sql. */
    Statement prepare(const char *sql);
    /** A statement kept for reuse for the life of the connection (reset before it is returned). */
    Statement &cached(const char *sql);
    /** One integer from a query with no parameters, e.g. a PRAGMA. */
    qint64 scalar(const char *sql);
    qint64 lastInsertId() const;
    int changes() const;

    /**
     * Attaches @p path as schema "other", keyed with @p rawKey, or unencrypted when @p rawKey is null.
     * The key travels as a bound parameter, never inside SQL text.
     */
    void attach(const QString &path, const SecureBytes *rawKey);
    void detach();

    /** Throws the StoreFailure matching SQLite result @p rc. */
    [[noreturn]] void raise(int rc, const char *context) const;
    static int primaryCode(int rc) { return rc & 0xff; }

    /** The SQLCipher version the library reports, or empty when it is plain SQLite. */
    static QString cipherVersion(sqlite3 *db);
    /** "x'<64 hex>'" in secure memory: the form SQLCipher takes for a raw 256-bit key. */
    static SecureBytes rawKeyText(const SecureBytes &key);

private:
    sqlite3 *m_db = nullptr;
    QHash<QByteArray, std::shared_ptr<Statement>> m_cache;
};

/** A write transaction (BEGIN IMMEDIATE) rolled back unless commit() is called. */
class Transaction final
{
    Q_DISABLE_COPY_MOVE(Transaction)

public:
    explicit Transaction(Database &db);
    ~Transaction();
    void commit();

private:
    Database &m_db;
    bool m_done = false;
};

} // namespace HealthHub::Store
