// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <exception>
#include <optional>
#include <utility>

namespace HealthHub::Store {

/**
 * What went wrong with the records store, as a code the caller can act on and a plain-English message an
 * admin or volunteer can read. `detail` is technical context for logs (a file name, SQLite's words); it
 * never holds personal data or secrets.
 */
class StoreError final
{
public:
    enum class Code {
        None,
        WrongPassphrase, ///< the passphrase does not unlock this hub's records
        NotAHubDatabase, ///< the file is not a database this application made
        Corrupt,         ///< the database or its side file is damaged
        MissingKeyFile,  ///< the database is there but its key file (salt and cost) is not
        NoDatabase,      ///< there are no records in this folder yet
        AlreadyExists,   ///< create was asked where records already exist
        DiskFull,        ///< a write failed because the disk is full
        ReadOnly,        ///< the files or folder cannot be written
        Busy,            ///< another program holds the database
        Io,              ///< another input/output error
        NotSqlCipher,    ///< the SQLite library in use has no encryption
        SchemaTooNew,    ///< made by a newer version of this application
        NotOpen,         ///< the store is locked (not unlocked yet)
        InvalidInput,    ///< a value the caller gave is not allowed
        NotFound,        ///< the record asked for does not exist
        BookingClash,    ///< the booth is already booked for part of that time
        BadBackup,       ///< a backup failed its check
        Internal,        ///< a programming error; detail says more
    };

    StoreError() = default;
    explicit StoreError(Code code, QString detail = {})
        : m_code(code)
        , m_detail(std::move(detail))
    {}

    Code code() const { return m_code; }
    bool ok() const { return m_code == Code::None; }
    const QString &detail() const { return m_detail; }
    /** The plain-English message for this error's code. */
    QString message() const { return messageFor(m_code); }
    static QString messageFor(Code code);
    /** A short stable name, e.g. "wrong-passphrase", for scripts and logs. */
    static const char *codeName(Code code);

private:
    Code m_code = Code::None;
    QString m_detail;
};

/** A value, or the error that stopped the store producing it. */
template<typename T>
class StoreResult final
{
public:
    StoreResult(T value)
        : m_value(std::move(value))
    {}
    StoreResult(StoreError error)
        : m_error(std::move(error))
    {}

    bool ok() const { return m_value.has_value(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    const StoreError &error() const { return m_error; }

private:
    std::optional<T> m_value;
    StoreError m_error;
};

/**
 * Thrown inside the store's implementation only; every public Store method catches it and returns the
 * StoreError. Nothing outside app/store sees an exception.
 */
class StoreFailure final : public std::exception
{
public:
    explicit StoreFailure(StoreError error)
        : m_error(std::move(error))
    {}
    const StoreError &error() const { return m_error; }
    const char *what() const noexcept override { return StoreError::codeName(m_error.code()); }

private:
    StoreError m_error;
};

[[noreturn]] inline void fail(StoreError::Code code, const QString &detail = {})
{
    throw StoreFailure(StoreError(code, detail));
}

} // namespace HealthHub::Store
