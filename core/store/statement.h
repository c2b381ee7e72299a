// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

struct sqlite3_stmt;

namespace HealthHub::Store {

class Database;
class SecureBytes;

/**
 * One prepared SQLite statement. Parameters are numbered from 1, columns from 0. A null QString binds
 * SQL NULL. step() returns true while there is a row; errors throw StoreFailure.
 */
class Statement final
{
public:
    Statement(const Database &db, const char *sql);
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&) = delete;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, const QString &value);
    Statement &bind(int index, const QByteArray &value); ///< as a blob; null binds NULL
    Statement &bindNull(int index);
    /** Binds secret text without copying it; @p secret must outlive the statement's next step. */
    Statement &bindSecret(int index, const SecureBytes &secret);
    /** Binds NULL when @p value is 0 (ids and optional numbers use 0 for "none"). */
    Statement &bindOptional(int index, qint64 value);

    bool step();
    /** Steps once and expects no row (INSERT, UPDATE, DELETE). */
    void run();
    void reset();

    bool isNull(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;

private:
    const Database *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
};

} // namespace HealthHub::Store
